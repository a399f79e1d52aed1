import type { Plugin } from 'graphql-yoga'
import type { OidcSettings } from '../auth/oidc-settings.js'
import { REVALIDATE, staticFile, staticFileResponse } from '../static/static-file.js'

/** Where the web app reads, at run time, what it needs to know of this deployment. */
export const WEB_CONFIG_PATH = '/web-config.json'

/**
 * What `GET /web-config.json` answers: how people sign in. `oidc` is null when the deployment
 * has no OpenID Connect provider (the pasted token only). Nothing secret: a public client has
 * no secret, and anyone may read where to sign in.
 */
export interface WebConfig {
  readonly oidc: OidcSettings | null
}

/**
 * Serves `GET /web-config.json` to the web app: the sign-in settings read from the environment
 * at start, so one build of the app serves any deployment, with or without a provider. Served
 * whether or not this gateway serves the app itself (an app served from elsewhere asks here,
 * through CORS like `/graphql`).
 */
export function useWebConfig(oidc: OidcSettings | null): Plugin {
  const config: WebConfig = { oidc }
  const file = staticFile(
    'application/json; charset=utf-8',
    new TextEncoder().encode(JSON.stringify(config)),
  )
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== WEB_CONFIG_PATH) return
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      endResponse(await staticFileResponse(request, file, REVALIDATE))
    },
  }
}
