/** Evidence links as typed, one a line: the links, and the lines that are not http(s) links. */
export interface EvidenceLinks {
  readonly links: readonly string[]
  readonly invalid: readonly string[]
}

/**
 * Reads evidence links typed one a line (blank lines ignored): each must be an absolute
 * `http:` or `https:` address, as a reader of the report will open it.
 *
 * @example
 * ```ts
 * readEvidenceLinks('https://so.gov.vn/bc-1\nbc-2') // { links: ['https://so.gov.vn/bc-1'], invalid: ['bc-2'] }
 * ```
 */
export function readEvidenceLinks(text: string): EvidenceLinks {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const links: string[] = []
  const invalid: string[] = []
  for (const line of lines) (isHttpLink(line) ? links : invalid).push(line)
  return { links, invalid }
}

function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}
