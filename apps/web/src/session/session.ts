import type { MessageKey } from '../i18n/messages.js'

/**
 * What a sign-in through the organisation's provider leaves besides the bearer: the ID token
 * (to end the provider's session on signing out) and the refresh token, when the provider gives
 * one (to get a new bearer before this one expires).
 */
export interface ProviderTokens {
  readonly idToken: string
  readonly refreshToken: string | null
}

/** What the app shows of the person signed in, read from the token's claims. */
export interface Session {
  readonly token: string
  readonly subject: string
  /** The person's name, as the token or the provider's ID token gives it (`name`), if at all. */
  readonly name: string | null
  readonly organization: string | null
  readonly roles: readonly string[]
  readonly clearance: string
  /** When the token stops being accepted (seconds since 1970). */
  readonly expiresAt: number
  /** Null for a pasted token. */
  readonly provider: ProviderTokens | null
}

/** Why a token was not taken. */
export type TokenProblem = Extract<MessageKey, 'tokenRequired' | 'tokenMalformed' | 'tokenExpired'>

const STORAGE_KEY = 'chidao.token'
/** The name and the provider's tokens, beside the bearer (JSON). */
const PROVIDER_KEY = 'chidao.token.provider'

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
      name: nameIn(claims),
      organization: typeof claims.org === 'string' ? claims.org : null,
      roles,
      clearance: typeof claims.clearance === 'string' ? claims.clearance : 'PUBLIC',
      expiresAt,
      provider: null,
    },
  }
}

/** The person's name in a token's claims: `name`, else `preferred_username`, else none. */
export function nameIn(claims: Readonly<Record<string, unknown>>): string | null {
  for (const claim of [claims.name, claims.preferred_username]) {
    if (typeof claim === 'string' && claim.trim() !== '') return claim.trim().normalize('NFC')
  }
  return null
}

/** How the header names the person: by name when known, else by the token's subject. */
export function displayName(session: Pick<Session, 'name' | 'subject'>): string {
  return session.name ?? session.subject
}

interface StoredBeside {
  readonly name: string | null
  readonly provider: ProviderTokens | null
}

function readBeside(storage: Storage | undefined): StoredBeside | null {
  const text = storage?.getItem(PROVIDER_KEY)
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<StoredBeside>
    const provider = value.provider
    return {
      name: typeof value.name === 'string' ? value.name : null,
      provider:
        provider && typeof provider.idToken === 'string'
          ? {
              idToken: provider.idToken,
              refreshToken:
                typeof provider.refreshToken === 'string' ? provider.refreshToken : null,
            }
          : null,
    }
  } catch {
    return null
  }
}

/**
 * The session kept for this browser tab (cleared when the tab closes), if still valid: the
 * bearer, with the name and the provider's tokens kept beside it.
 */
export function storedSession(
  now: Date = new Date(),
  storage: Storage | undefined = globalThis.sessionStorage,
): Session | null {
  const token = storage?.getItem(STORAGE_KEY)
  if (!token) return null
  const read = readToken(token, now)
  if (!read.ok) return null
  const beside = readBeside(storage)
  if (!beside) return read.session
  return { ...read.session, name: beside.name ?? read.session.name, provider: beside.provider }
}

/** Keeps (or, with null, forgets) the session's token, name and provider's tokens for this tab. */
export function storeSession(
  session: Session | null,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  if (!session) {
    storage?.removeItem(STORAGE_KEY)
    storage?.removeItem(PROVIDER_KEY)
    return
  }
  storage?.setItem(STORAGE_KEY, session.token)
  const beside: StoredBeside = { name: session.name, provider: session.provider }
  storage?.setItem(PROVIDER_KEY, JSON.stringify(beside))
}
