import { RouterProvider } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Provider } from 'urql'
import { createClient } from './graphql/client.js'
import { I18nProvider } from './i18n/i18n.js'
import { createAppRouter } from './router.js'
import {
  providerSignOutUrl,
  renewalDelay,
  renewOidcSession,
} from './session/oidc-provider-session.js'
import { forgetPendingSignIn } from './session/oidc-sign-in.js'
import { type Session, storedSession, storeSession } from './session/session.js'
import { useWebConfig } from './session/web-config.js'

const router = createAppRouter({ session: null, signIn: () => {}, signOut: () => {} })

/** Whose answers a client may cache: the same person keeps the cache when the bearer is renewed. */
function personOf(session: Session | null): string | null {
  return session ? JSON.stringify([session.subject, session.organization, session.clearance]) : null
}

/** The whole app: language, session, GraphQL client and pages. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => storedSession())
  const config = useWebConfig()
  const token = useRef<string | null>(session?.token ?? null)
  token.current = session?.token ?? null
  const person = personOf(session)
  // A new client (and cache) for each person: one person's answers never show to another.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the person is what decides
  const client = useMemo(() => createClient({ token: () => token.current }), [person])
  const signIn = useCallback((next: Session) => {
    storeSession(next)
    setSession(next)
  }, [])
  // The routes keep the callbacks they were given: these read the latest session and settings.
  const latest = useRef({ session, config })
  latest.current = { session, config }
  const signOut = useCallback(() => {
    const { session: ending, config: settings } = latest.current
    storeSession(null)
    forgetPendingSignIn()
    setSession(null)
    const oidc = settings?.oidc
    if (!ending || !oidc) return
    // Ends the session at the provider too, so the next person at this desk signs in anew.
    void providerSignOutUrl(oidc, ending, new URL('/sign-in', globalThis.location.href).href).then(
      (url) => url && globalThis.location.assign(url),
    )
  }, [])
  // Renews the bearer with the refresh token before it expires, for as long as the provider agrees.
  useEffect(() => {
    const oidc = config?.oidc
    const delay = session && oidc ? renewalDelay(session) : null
    if (!session || !oidc || delay === null) return
    let current = true
    const timer = setTimeout(() => {
      void renewOidcSession(oidc, session).then((renewed) => {
        if (current && renewed) signIn(renewed)
      })
    }, delay)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [session, config, signIn])
  // The routes that need a session decide again when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the session is what triggers it
  useEffect(() => {
    void router.invalidate()
  }, [person])
  return (
    <I18nProvider>
      <Provider value={client}>
        <RouterProvider router={router} context={{ session, signIn, signOut }} />
      </Provider>
    </I18nProvider>
  )
}
