import type { Plugin } from 'graphql-yoga'
import type { OidcSettings } from '../auth/oidc-settings.js'
import { IMMUTABLE, REVALIDATE, staticFileResponse } from '../static/static-file.js'
import { loadWebApp, type WebAppFiles } from '../web-app/web-app-files.js'

/** Paths the gateway answers itself: never the web app's, whatever the app routes. */
const GATEWAY_PATHS = /^\/(graphql|graphiql|reports|ready|health|metrics|web-config\.json)(\/|$)/

/**
 * What the web app's page may load and where it may connect: only this server (its script,
 * style sheet and `/graphql`), and the OpenID Connect provider's origin when people sign in
 * there (discovery and the code exchange are the page's own requests); no inline script, no
 * frames, no plug-ins.
 */
export function pageHeaders(oidc: OidcSettings | null): Readonly<Record<string, string>> {
  const connect = oidc ? `'self' ${new URL(oidc.issuer).origin}` : "'self'"
  return {
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
      `connect-src ${connect}; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  }
}

/**
 * Serves the built web app at `/` beside the API: its hashed files (`/assets/…`) cached for
 * ever, `index.html` (revalidated) for every other address the app routes itself (`/urge`,
 * `/tasks/…`), so a page reloaded or opened from a link lands in the app. `/graphql`, the
 * downloads, `/ready`, `/health` and `/metrics` stay the gateway's. The files are read once,
 * at the first request, from `directory`.
 */
export function useWebApp(directory: string, oidc: OidcSettings | null = null): Plugin {
  const headers = pageHeaders(oidc)
  let loaded: Promise<WebAppFiles> | undefined
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      if (GATEWAY_PATHS.test(url.pathname)) return
      loaded ??= loadWebApp(directory)
      const app = await loaded
      const file = app.files.get(url.pathname)
      if (file && url.pathname !== '/index.html') {
        const immutable = url.pathname.startsWith('/assets/')
        endResponse(await staticFileResponse(request, file, immutable ? IMMUTABLE : REVALIDATE))
        return
      }
      // A missing asset is a 404, not the page: a stale script must fail, not load HTML.
      if (url.pathname.startsWith('/assets/')) return
      if (!request.headers.get('accept')?.includes('text/html') && url.pathname !== '/') return
      endResponse(await staticFileResponse(request, app.page, REVALIDATE, headers))
    },
  }
}
