import type { MessageKey } from '../i18n/messages.js'

/** What the app shows of the person signed in, read from the token's claims. */
export interface Session {
  readonly token: string
  readonly subject: string
  readonly organization: string | null
  readonly roles: readonly string[]
  readonly clearance: string
  /** When the token stops being accepted (seconds since 1970). */
  readonly expiresAt: number
}

/** Why a token was not taken. */
export type TokenProblem = Extract<MessageKey, 'tokenRequired' | 'tokenMalformed' | 'tokenExpired'>

const STORAGE_KEY = 'chidao.token'

function decodePart(part: string): unknown {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes))
}

/**
 * Reads a bearer token's claims for display. The gateway verifies the signature on every
 * request; the app only reads who the token says it is and when it expires, so that it can
 * say so before sending it.
 */
export function readToken(
  text: string,
  now: Date = new Date(),
): { ok: true; session: Session } | { ok: false; problem: TokenProblem } {
  const token = text.trim()
  if (token === '') return { ok: false, problem: 'tokenRequired' }
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, problem: 'tokenMalformed' }
  let claims: Record<string, unknown>
  try {
    const decoded = decodePart(parts[1]!)
    if (typeof decoded !== 'object' || decoded === null) throw new Error('not an object')
    claims = decoded as Record<string, unknown>
  } catch {
    return { ok: false, problem: 'tokenMalformed' }
  }
  const expiresAt = typeof claims.exp === 'number' ? claims.exp : 0
  if (expiresAt * 1000 <= now.getTime()) return { ok: false, problem: 'tokenExpired' }
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is string => typeof role === 'string')
    : typeof claims.roles === 'string'
      ? claims.roles.split(' ')
      : []
  return {
    ok: true,
    session: {
      token,
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      organization: typeof claims.org === 'string' ? claims.org : null,
      roles,
      clearance: typeof claims.clearance === 'string' ? claims.clearance : 'PUBLIC',
      expiresAt,
    },
  }
}

/** The session kept for this browser tab (cleared when the tab closes), if still valid. */
export function storedSession(now: Date = new Date()): Session | null {
  const token = globalThis.sessionStorage?.getItem(STORAGE_KEY)
  if (!token) return null
  const read = readToken(token, now)
  return read.ok ? read.session : null
}

/** Keeps (or, with null, forgets) the session's token for this tab. */
export function storeSession(session: Session | null): void {
  if (session) globalThis.sessionStorage?.setItem(STORAGE_KEY, session.token)
  else globalThis.sessionStorage?.removeItem(STORAGE_KEY)
}
