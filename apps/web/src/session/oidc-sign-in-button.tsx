import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useI18n } from '../i18n/i18n.js'
import { beginOidcSignIn } from './oidc-sign-in.js'
import type { OidcConfig } from './web-config.js'

/** "Sign in with your organisation's account": leaves for the provider's sign-in page. */
export function OidcSignInButton({ config }: { readonly config: OidcConfig }) {
  const { t } = useI18n()
  const [state, setState] = useState<'idle' | 'leaving' | 'unreachable'>('idle')
  const start = async () => {
    setState('leaving')
    const url = await beginOidcSignIn(config)
    if (url) globalThis.location.assign(url)
    else setState('unreachable')
  }
  return (
    <div className="oidc-sign-in">
      <p>{t('oidcSignInExplain')}</p>
      <Button onPress={() => void start()} isDisabled={state === 'leaving'}>
        {t('oidcSignIn')}
      </Button>
      {state === 'leaving' ? <p role="status">{t('oidcRedirecting')}</p> : null}
      {state === 'unreachable' ? (
        <p role="alert" className="error">
          {t('oidcProviderUnreachable')}
        </p>
      ) : null}
    </div>
  )
}
