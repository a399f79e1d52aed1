import { generateKeyPairSync } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type KoaContextWithOIDC } from 'oidc-provider'

/** The web app's client at the provider: public (no secret), PKCE, the code flow and refresh. */
export const CLIENT_ID = 'chidao-web'

/** The API the access tokens are for (RFC 8707 resource indicator) and their audience. */
export const RESOURCE = 'urn:chidao:gateway'

/** A person the provider knows, by the login typed on its sign-in page, with chidao's claims. */
export interface LocalAccount {
  readonly name: string
  readonly tenant: string
  readonly org?: string
  readonly roles: readonly string[]
  readonly clearance?: string
}

/** An OpenID Connect provider on 127.0.0.1, as an organisation's Keycloak would be. */
export interface LocalOidcProvider {
  /** `http://127.0.0.1:<port>`: the issuer, where discovery starts. */
  readonly issuer: string
  /** Where it publishes its signing keys. */
  readonly jwksUrl: string
  /**
   * Registers the app's client at `appBase` (its callback, and its sign-in page as where a
   * sign-out returns to); the provider answers from then on.
   */
  register(appBase: string): void
  stop(): Promise<void>
}

/**
 * Starts `oidc-provider` on a port of 127.0.0.1: its development sign-in pages (any password)
 * as the login interaction, an RS256 key made for the run, and access tokens that are JWTs for
 * {@link RESOURCE} carrying the account's `tenant`, `org`, `roles` and `clearance`, as the
 * gateway expects. It listens first so the app can be told its issuer; the client is
 * registered once the app's address is known.
 */
export async function startLocalOidcProvider(
  accounts: Readonly<Record<string, LocalAccount>>,
  { accessTokenTTL = 3600 }: { readonly accessTokenTTL?: number } = {},
): Promise<LocalOidcProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null
  const server = createServer((req, res) => {
    if (handler) handler(req, res)
    else res.writeHead(503).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'local-test-key',
    alg: 'RS256',
    use: 'sig',
  }
  const chidaoClaims = (accountId: string | undefined) => {
    const account = accountId ? accounts[accountId] : undefined
    if (!account) return undefined
    const { tenant, org, roles, clearance } = account
    return {
      tenant,
      roles: [...roles],
      ...(org ? { org } : {}),
      ...(clearance ? { clearance } : {}),
    }
  }
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    register(appBase) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT_ID,
            token_endpoint_auth_method: 'none',
            redirect_uris: [`${appBase}/sign-in/callback`],
            post_logout_redirect_uris: [`${appBase}/sign-in`],
            // Refresh tokens for `offline_access`, rotated at each use (a public client).
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
          },
        ],
        jwks: { keys: [key as never] },
        cookies: { keys: ['local-oidc-provider-cookie-key-for-tests'] },
        claims: { openid: ['sub'], profile: ['name'] },
        // The ID token carries the profile's claims (the name), as Keycloak's does by default.
        conformIdTokenClaims: false,
        findAccount: (_ctx: KoaContextWithOIDC, sub: string) => ({
          accountId: sub,
          claims: () => ({ sub, name: accounts[sub]?.name ?? sub }),
        }),
        features: {
          devInteractions: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => RESOURCE,
            useGrantedResource: () => true,
            getResourceServerInfo: () => ({
              scope: 'openid profile',
              audience: RESOURCE,
              accessTokenFormat: 'jwt',
              accessTokenTTL,
              jwt: { sign: { alg: 'RS256' } },
            }),
          },
        },
        extraTokenClaims: (_ctx, token) =>
          chidaoClaims('accountId' in token ? token.accountId : undefined),
      })
      handler = provider.callback()
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
