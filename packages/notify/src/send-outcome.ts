import type { SendOutcome } from '@chidao/app'

/** A delivered attempt. */
export const DELIVERED: SendOutcome = Object.freeze({ delivered: true })

/** A failed attempt worth repeating later: the receiver or the network may recover. */
export function retryable(reason: string): SendOutcome {
  return Object.freeze({ delivered: false, permanent: false, reason })
}

/** A failed attempt that would fail the same way again: the channel itself must change. */
export function permanent(reason: string): SendOutcome {
  return Object.freeze({ delivered: false, permanent: true, reason })
}

/**
 * A reason fit to store and show: on one line, at most 300 characters, with every secret given
 * (a signing secret, a password, a whole URL) cut out even if a library or a receiver echoed it.
 */
export function safeReason(
  reason: string,
  secrets: readonly (string | null | undefined)[],
): string {
  let text = reason
  for (const secret of secrets) {
    if (secret && secret.length >= 4) text = text.split(secret).join('[hidden]')
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  text = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim()
  return [...text].length <= 300 ? text : `${[...text].slice(0, 299).join('')}…`
}
