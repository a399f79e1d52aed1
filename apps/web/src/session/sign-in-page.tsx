import { type FormEvent, useState } from 'react'
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components'
import { useI18n } from '../i18n/i18n.js'
import { OidcSignInButton } from './oidc-sign-in-button.js'
import { readToken, type Session } from './session.js'
import { useWebConfig } from './web-config.js'

/**
 * Sign-in: through the organisation's identity provider when the deployment has one
 * (`/web-config.json`), and with a pasted token — in development one minted by `chidao token`
 * (folded away below the provider's button when there is one).
 */
export function SignInPage({ onSignIn }: { readonly onSignIn: (session: Session) => void }) {
  const { t } = useI18n()
  const webConfig = useWebConfig()
  const oidc = webConfig?.oidc ?? null
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const read = readToken(text)
    if (read.ok) onSignIn(read.session)
    else setProblem(t(read.problem))
  }
  const tokenForm = (
    <>
      <p>{t('signInExplain')}</p>
      <pre>
        <code>npx chidao token --role EDITOR --org BTV-TU</code>
      </pre>
      <form onSubmit={submit}>
        <TextField
          value={text}
          onChange={(value) => {
            setText(value)
            setProblem(null)
          }}
          isInvalid={problem !== null}
          isRequired
        >
          <Label>{t('tokenLabel')}</Label>
          <TextArea rows={4} spellCheck={false} autoComplete="off" />
          <FieldError>{problem}</FieldError>
        </TextField>
        <Button type="submit">{t('signIn')}</Button>
      </form>
    </>
  )
  return (
    <section aria-labelledby="sign-in-title" className="sign-in">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      {webConfig === undefined ? (
        // A moment, so the form does not jump once the provider's button is known.
        <p role="status">{t('loading')}</p>
      ) : oidc ? (
        <>
          <OidcSignInButton config={oidc} />
          <details className="development-token">
            <summary>{t('oidcDevelopmentToken')}</summary>
            {tokenForm}
          </details>
        </>
      ) : (
        tokenForm
      )}
    </section>
  )
}
