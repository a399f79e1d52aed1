/**
 * The `Message-ID` of a reminder e-mail, made from the message's id alone (and the sender's
 * domain), so that every attempt to send the same message carries the same Message-ID and a
 * mail client or archive shows a repeat as one message. Characters a Message-ID may not hold
 * unquoted (RFC 5322 `dot-atom-text`) are written `=XX`, byte by byte in UTF-8, so two ids
 * never share a Message-ID.
 *
 * @example
 * ```ts
 * reminderMessageId('digest|4f1c|2026-12-07', 'chidao@tinh-abc.gov.vn')
 * // '<digest=7C4f1c=7C2026-12-07@tinh-abc.gov.vn>'
 * ```
 */
export function reminderMessageId(messageId: string, fromAddress: string): string {
  const local = [...new TextEncoder().encode(messageId)]
    .map((byte) => {
      const c = String.fromCharCode(byte)
      return /[A-Za-z0-9_-]/.test(c) ? c : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')
  return `<${local}@${domainOf(fromAddress)}>`
}

/** The domain of an address, or `chidao.invalid` (RFC 2606) when it has none fit for an id. */
function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  const domain = at < 0 ? '' : address.slice(at + 1).toLowerCase()
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain) ? domain : 'chidao.invalid'
}
