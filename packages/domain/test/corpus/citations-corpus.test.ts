import { describe, expect, it } from 'vitest'
import { type Citation, extractCitations } from '../../src/citation/extract-citations.js'
import { formatDocumentSymbol } from '../../src/symbol/document-symbol.js'
import { CITATIONS_CORPUS, type CorpusEntry } from './citations.corpus.js'

function mismatches(entry: CorpusEntry, found: readonly Citation[]): string[] {
  const text = entry.text.normalize('NFC')
  const problems: string[] = []
  if (found.length !== entry.citations.length) {
    problems.push(`expected ${entry.citations.length} citations, found ${found.length}`)
  }
  let from = 0
  entry.citations.forEach((expected, i) => {
    const actual = found[i]
    if (!actual) return
    const start = text.indexOf(expected.span.normalize('NFC'), from)
    from = start + 1
    const got = {
      span: text.slice(actual.start, actual.end),
      start: actual.start,
      symbol: formatDocumentSymbol(actual.symbol),
      kind: actual.kind,
      issuedOn: actual.issuedOn,
      issuer: actual.issuer,
      term: actual.term,
      warnings: actual.warnings.length,
    }
    const want = {
      span: expected.span.normalize('NFC'),
      start,
      symbol: expected.symbol,
      kind: expected.kind,
      issuedOn: expected.issuedOn ?? null,
      issuer: expected.issuer ?? null,
      term: expected.term ?? null,
      warnings: expected.warnings ?? 0,
    }
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      if (got[key] !== want[key]) {
        problems.push(
          `#${i} ${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`,
        )
      }
    }
  })
  return problems
}

describe('citation corpus', () => {
  it('has at least 40 snippets', () => {
    expect(CITATIONS_CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CITATIONS_CORPUS.map((e) => e.id)).size).toBe(CITATIONS_CORPUS.length)
  })

  it('extracts every expected citation (reports the pass rate)', () => {
    const failures: string[] = []
    for (const entry of CITATIONS_CORPUS) {
      const problems = mismatches(entry, extractCitations(entry.text))
      if (problems.length > 0) failures.push(`${entry.id}: ${problems.join('; ')}`)
    }
    const passed = CITATIONS_CORPUS.length - failures.length
    const rate = ((100 * passed) / CITATIONS_CORPUS.length).toFixed(1)
    console.info(`citation corpus: ${passed}/${CITATIONS_CORPUS.length} snippets pass (${rate}%)`)
    expect(failures).toEqual([])
  })

  it('gives the same citations for NFD input', () => {
    for (const entry of CITATIONS_CORPUS) {
      expect(extractCitations(entry.text.normalize('NFD'))).toEqual(extractCitations(entry.text))
    }
  })
})
