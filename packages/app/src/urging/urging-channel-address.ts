import { type DomainError, domainError, err, ok, type Result } from '@chidao/domain'
import type { UrgingChannelKind } from '../ports/reminder-log.js'

// An absolute http(s) URL: a host name (letters, digits, hyphens; an IDN in its xn-- form), an
// IPv4 or a bracketed IPv6 address, an optional port, then a path, query or fragment. No user
// name or password: nothing before the host may hold an @. (The app has no URL parser of its
// own: it runs without Node's or a browser's globals.)
const WEBHOOK =
  /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?([/?#]\S*)?$/iu

// A mailbox as offices write them: no spaces, one @, a dotted domain. Deliverability is the
// sender's to find out.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/u

/**
 * Checks where a channel sends: an absolute `http`/`https` URL without user or password for a
 * webhook, an e-mail address for e-mail; answers it trimmed (an e-mail's domain in lower
 * case). Fails with `INVALID_CHANNEL_ADDRESS` at `address`.
 *
 * @example
 * ```ts
 * validateChannelAddress('EMAIL', ' vp@SKHCN.gov.vn ') // { ok: true, value: 'vp@skhcn.gov.vn' }
 * ```
 */
export function validateChannelAddress(
  kind: UrgingChannelKind,
  address: string,
): Result<string, DomainError> {
  const text = address.normalize('NFC').trim()
  if (text.length > 2048) return err(invalid(kind))
  if (kind === 'EMAIL') {
    if (!EMAIL.test(text)) return err(invalid(kind))
    const at = text.lastIndexOf('@')
    return ok(`${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`)
  }
  const url = WEBHOOK.exec(text)
  if (!url) return err(invalid(kind))
  const [, scheme, host, port, rest] = url
  if (port && Number(port.slice(1)) > 65535) return err(invalid(kind))
  return ok(`${scheme!.toLowerCase()}://${host!.toLowerCase()}${port ?? ''}${rest ?? ''}`)
}

function invalid(kind: UrgingChannelKind): DomainError {
  return kind === 'EMAIL'
    ? domainError(
        'INVALID_CHANNEL_ADDRESS',
        {
          en: 'An e-mail channel needs an e-mail address (name@domain)',
          vi: 'Kênh thư điện tử cần một địa chỉ thư điện tử (tên@tên-miền)',
        },
        ['address'],
      )
    : domainError(
        'INVALID_CHANNEL_ADDRESS',
        {
          en: 'A webhook needs an absolute http or https URL, without a user name or password',
          vi: 'Webhook cần một địa chỉ URL đầy đủ dạng http hoặc https, không kèm tên người dùng hay mật khẩu',
        },
        ['address'],
      )
}
