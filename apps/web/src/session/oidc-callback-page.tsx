import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import type { CombinedError } from 'urql'
import { ErrorMessage } from '../errors/error-message.js'
import { createClient } from '../graphql/client.js'
import { useI18n } from '../i18n/i18n.js'
import { completeOidcSignIn, type OidcProblem } from './oidc-sign-in.js'
import type { Session } from './session.js'
import { SignInCheckQuery } from './sign-in-check-query.js'
import { type OidcConfig, useWebConfig } from './web-config.js'

/** How a return from the provider ended, the gateway's refusal included. */
type Completion =
  | { readonly ok: true; readonly session: Session }
  | {
      readonly ok: false
      readonly problem: OidcProblem
      readonly detail: string | null
      readonly refusal?: CombinedError
    }

/**
 * The tab's one completion per address: React runs an effect twice in development, and the
 * code and the verifier may be used once only.
 */
const completions = new Map<string, Promise<Completion>>()

async function complete(config: OidcConfig | null, callback: URL): Promise<Completion> {
  if (!config) return { ok: false, problem: 'oidcNoRequest', detail: null }
  const outcome = await completeOidcSignIn(config, callback)
  if (!outcome.ok) return outcome
  // Asks the gateway at once, so a token it refuses (another tenant, a wrong audience) is
  // explained here rather than on the first page.
  const token = outcome.session.token
  const check = await createClient({ token: () => token })
    .query(SignInCheckQuery, {}, { requestPolicy: 'network-only' })
    .toPromise()
  if (check.error) {
    return { ok: false, problem: 'oidcTokenInvalid', detail: null, refusal: check.error }
  }
  return outcome
}

/**
 * Where the provider sends the person back (`/sign-in/callback?code=…&state=…`): finishes the
 * sign-in, or says in the reader's language why it did not (refused by the provider, a state
 * that does not match, a token the gateway does not accept).
 */
export function OidcCallbackPage({ onSignIn }: { readonly onSignIn: (session: Session) => void }) {
  const { t } = useI18n()
  const config = useWebConfig()
  const [failure, setFailure] = useState<Extract<Completion, { ok: false }> | null>(null)
  const signIn = useRef(onSignIn)
  signIn.current = onSignIn
  useEffect(() => {
    if (config === undefined) return
    const href = globalThis.location.href
    let completion = completions.get(href)
    if (!completion) {
      completion = complete(config.oidc, new URL(href))
      completions.set(href, completion)
    }
    let current = true
    void completion.then((result) => {
      if (!current) return
      if (result.ok) signIn.current(result.session)
      else setFailure(result)
    })
    return () => {
      current = false
    }
  }, [config])
  return (
    <section aria-labelledby="oidc-callback-title" className="sign-in">
      <h1 id="oidc-callback-title">{t('oidcCallbackTitle')}</h1>
      {failure ? (
        <>
          <div role="alert" className="error">
            <p className="error-title">{t('oidcFailed')}</p>
            <p>{t(failure.problem)}</p>
            {failure.detail ? (
              <p>
                {t('oidcDetail')}: <code>{failure.detail}</code>
              </p>
            ) : null}
          </div>
          {failure.refusal ? <ErrorMessage error={failure.refusal} /> : null}
          <p>
            <Link to="/sign-in">{t('oidcBackToSignIn')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('oidcCompleting')}</p>
      )}
    </section>
  )
}
