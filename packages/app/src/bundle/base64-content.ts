import { type DomainError, domainError, type ErrorPath, err, ok, type Result } from '@chidao/domain'

/** A file's bytes as a JSON transport carries them: standard base64 (RFC 4648 §4). */
export interface Base64Content {
  readonly base64: string
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u

/**
 * The bytes a base64 text stands for, or `INVALID_BASE64` at `path`: line breaks and spaces
 * (as mail wraps base64) are ignored and the closing `=` may be left out, but any other
 * character, or a length no base64 has, refuses the whole text rather than dropping part of it.
 *
 * @example
 * ```ts
 * decodeBase64('VGjhu4tuaA==', ['content']) // ok(the bytes of "Thịnh")
 * decodeBase64('not base64!', ['content']) // err INVALID_BASE64 at content
 * ```
 */
export function decodeBase64(text: string, path: ErrorPath): Result<Uint8Array, DomainError> {
  const compact = text.replace(/\s+/gu, '')
  const padded = compact.includes('=')
    ? compact
    : compact.padEnd(Math.ceil(compact.length / 4) * 4, '=')
  if (compact.length % 4 === 1 || !BASE64.test(padded)) {
    return err(
      domainError(
        'INVALID_BASE64',
        {
          en: "The file content is not base64 text: encode the file's bytes as standard base64",
          vi: 'Nội dung tệp không phải văn bản base64: hãy mã hóa các byte của tệp theo base64 chuẩn',
        },
        path,
      ),
    )
  }
  return ok(bytesOf(padded))
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]))

/** The bytes of padded base64 already checked against the alphabet: four characters, three bytes. */
function bytesOf(padded: string): Uint8Array {
  const data = padded.replace(/=+$/u, '')
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4))
  let bits = 0
  let held = 0
  let at = 0
  for (const c of data) {
    bits = ((bits << 6) | VALUE.get(c)!) & 0xffff
    held += 6
    if (held >= 8) {
      held -= 8
      bytes[at++] = (bits >> held) & 0xff
    }
  }
  return bytes
}
