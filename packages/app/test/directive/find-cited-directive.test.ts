import {
  type Directive,
  type DocumentSymbol,
  extractCitations,
  parseDocumentSymbol,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { findCitedDirective } from '../../src/directive/find-cited-directive.js'
import { readContext, recorder } from '../support/use-case-context.js'

const stored = {
  id: 'd-42',
  symbolText: '42-CT/TW',
  issuerId: 'bct',
  issuedOn: '2010-04-16',
} as unknown as Directive

/** Two communes' plans 15-KH/ĐU of 2025, and one of 2024 by a third. */
const plan = (id: string, issuerId: string, issuedOn: string) =>
  ({ id, symbolText: '15-KH/ĐU', issuerId, issuedOn }) as unknown as Directive
const binhAn = plan('kh-binh-an', 'xa-binh-an', '2025-09-10')
const anThanh = plan('kh-an-thanh', 'xa-an-thanh', '2025-09-18')
const older = plan('kh-2024', 'xa-cu', '2024-05-02')
const NAMES: Record<string, string> = {
  'xa-binh-an': 'Đảng ủy xã Bình An',
  'xa-an-thanh': 'Đảng uỷ xã An Thạnh',
}

function directivesPort(found: readonly Directive[]) {
  return {
    findBySymbol: recorder(
      async (_symbol: DocumentSymbol, _options?: { readonly year?: number | null }) => found,
    ),
  }
}

function portsOf(found: readonly Directive[]) {
  const organizations = {
    findByIds: recorder(async (ids: readonly string[]) =>
      ids.map((id) => (NAMES[id] ? ({ id, name: NAMES[id] } as any) : null)),
    ),
  }
  return { directives: directivesPort(found), organizations }
}

function symbolOf(text: string): DocumentSymbol {
  const parsed = parseDocumentSymbol(text)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

describe('findCitedDirective', () => {
  it("looks the document up in the year of the citation's date", async () => {
    const [citation] = extractCitations(
      'Thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X',
    )
    const ports = portsOf([stored])
    const result = await findCitedDirective(readContext(ports), { citation: citation! })
    expect(result).toEqual({
      ok: true,
      value: { match: 'FOUND', directive: stored, candidates: [stored] },
    })
    expect(ports.directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2010 })
    expect(ports.organizations.findByIds.calls).toEqual([])
  })

  it('takes the year written in the symbol when the citation gives no date', async () => {
    const ports = portsOf([stored])
    const citation = { symbol: symbolOf('40/2024/QĐ-UBND'), issuedOn: null }
    await findCitedDirective(readContext(ports), { citation })
    expect(ports.directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2024 })
  })

  it('asks for no year with neither, and answers null when the caller sees no such document', async () => {
    const ports = portsOf([])
    const citation = { symbol: symbolOf('93-KL/TW'), issuedOn: null }
    const result = await findCitedDirective(readContext(ports), { citation })
    expect(result).toEqual({
      ok: true,
      value: { match: 'NOT_FOUND', directive: null, candidates: [] },
    })
    expect(ports.directives.findBySymbol.calls[0]?.[1]).toEqual({ year: null })
  })

  it('picks none of two documents of the symbol and year from different issuers', async () => {
    const [citation] = extractCitations('Thực hiện Kế hoạch số 15-KH/ĐU năm 2025')
    const result = await findCitedDirective(readContext(portsOf([binhAn, anThanh, older])), {
      citation: citation!,
    })
    expect(result).toEqual({
      ok: true,
      value: { match: 'AMBIGUOUS_CITATION', directive: null, candidates: [binhAn, anThanh] },
    })
  })

  it('narrows by the issuer the citation names, spelling variants aside', async () => {
    for (const [text, expected] of [
      ['Kế hoạch số 15-KH/ĐU ngày 10/9/2025 của Đảng ủy xã Bình An', binhAn],
      ['Kế hoạch số 15-KH/ĐU của Đảng ủy xã An Thạnh', anThanh],
      ['Kế hoạch số 15-KH/ĐU của Đảng uỷ xã Bình An', binhAn],
    ] as const) {
      const [citation] = extractCitations(text)
      expect(citation?.issuer, text).not.toBeNull()
      const result = await findCitedDirective(readContext(portsOf([binhAn, anThanh])), {
        citation: citation!,
      })
      expect(result.ok && result.value, text).toEqual({
        match: 'FOUND',
        directive: expected,
        candidates: [expected],
      })
    }
    const [other] = extractCitations('Kế hoạch số 15-KH/ĐU của Đảng ủy xã Tân Phú')
    const result = await findCitedDirective(readContext(portsOf([binhAn, anThanh])), {
      citation: other!,
    })
    expect(result.ok && result.value.match).toBe('AMBIGUOUS_CITATION')
  })

  it('answers with the one document the caller sees when the other is hidden from them', async () => {
    // The port gives only what the caller may see: the hidden plan is as absent.
    const [citation] = extractCitations('Thực hiện Kế hoạch số 15-KH/ĐU năm 2025')
    const result = await findCitedDirective(readContext(portsOf([anThanh])), {
      citation: citation!,
    })
    expect(result.ok && result.value).toEqual({
      match: 'FOUND',
      directive: anThanh,
      candidates: [anThanh],
    })
  })

  it('takes the instances of one document at several secrecy levels as one', async () => {
    const secretCopy = { ...binhAn, id: 'kh-binh-an-mat' } as Directive
    const result = await findCitedDirective(readContext(portsOf([secretCopy, binhAn])), {
      citation: { symbol: symbolOf('15-KH/ĐU'), issuedOn: null },
    })
    expect(result.ok && result.value.directive).toBe(secretCopy)
  })
})
