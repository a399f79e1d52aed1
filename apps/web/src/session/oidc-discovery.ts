import * as oauth from 'oauth4webapi'
import type { OidcConfig } from './web-config.js'

/** Plain HTTP is accepted from a provider on this machine only (development, tests). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/** The options of every request to the provider: plain HTTP allowed on a loopback issuer only. */
export function requestOptions(config: OidcConfig) {
  return isLoopback(new URL(config.issuer)) ? { [oauth.allowInsecureRequests]: true } : {}
}

/** The app's client at the provider: public, so no secret. */
export function clientOf(config: OidcConfig): oauth.Client {
  return { client_id: config.clientId }
}

/** Reads the provider's metadata (`/.well-known/openid-configuration`); throws when unreachable. */
export async function discover(config: OidcConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer)
  const response = await oauth.discoveryRequest(issuer, {
    algorithm: 'oidc',
    ...requestOptions(config),
  })
  return oauth.processDiscoveryResponse(issuer, response)
}
