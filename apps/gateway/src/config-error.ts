/** Thrown for a setting that cannot be used; the message names the variable and the value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/**
 * Whether a setting is an absolute `http:` or `https:` URL (an endpoint, a provider's issuer or
 * keys): the one test every such setting is read with.
 *
 * @example
 * ```ts
 * isHttpUrl('https://sso.tinh.gov.vn/realms/chidao') // true
 * isHttpUrl('sso.tinh.gov.vn') // false
 * ```
 */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
