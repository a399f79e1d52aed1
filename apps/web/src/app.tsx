import { RouterProvider } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Provider } from 'urql'
import { createClient } from './graphql/client.js'
import { I18nProvider } from './i18n/i18n.js'
import { createAppRouter } from './router.js'
import { forgetPendingSignIn } from './session/oidc-sign-in.js'
import { type Session, storedSession, storeSession } from './session/session.js'

const router = createAppRouter({ session: null, signIn: () => {}, signOut: () => {} })

/** The whole app: language, session, GraphQL client and pages. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => storedSession())
  const token = session?.token ?? null
  // A new client (and cache) for each token: one person's answers never show to another.
  const client = useMemo(() => createClient({ token: () => token }), [token])
  const signIn = useCallback((next: Session) => {
    storeSession(next)
    setSession(next)
  }, [])
  const signOut = useCallback(() => {
    storeSession(null)
    forgetPendingSignIn()
    setSession(null)
  }, [])
  // The routes that need a session decide again when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the session is what triggers it
  useEffect(() => {
    void router.invalidate()
  }, [session])
  return (
    <I18nProvider>
      <Provider value={client}>
        <RouterProvider router={router} context={{ session, signIn, signOut }} />
      </Provider>
    </I18nProvider>
  )
}
