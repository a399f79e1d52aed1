import {
  type Directive,
  type DocumentSymbol,
  extractCitations,
  parseDocumentSymbol,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { findCitedDirective } from '../../src/directive/find-cited-directive.js'
import { readContext, recorder } from '../support/use-case-context.js'

const stored = { id: 'd-42', symbolText: '42-CT/TW' } as Directive

function directivesPort(found: readonly Directive[]) {
  return {
    findBySymbol: recorder(
      async (_symbol: DocumentSymbol, _options?: { readonly year?: number | null }) => found,
    ),
  }
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
    const directives = directivesPort([stored])
    const result = await findCitedDirective(readContext({ directives }), { citation: citation! })
    expect(result).toEqual({ ok: true, value: stored })
    expect(directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2010 })
  })

  it('takes the year written in the symbol when the citation gives no date', async () => {
    const directives = directivesPort([stored])
    const citation = { symbol: symbolOf('40/2024/QĐ-UBND'), issuedOn: null }
    await findCitedDirective(readContext({ directives }), { citation })
    expect(directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2024 })
  })

  it('asks for no year with neither, and answers null when the caller sees no such document', async () => {
    const directives = directivesPort([])
    const citation = { symbol: symbolOf('93-KL/TW'), issuedOn: null }
    const result = await findCitedDirective(readContext({ directives }), { citation })
    expect(result).toEqual({ ok: true, value: null })
    expect(directives.findBySymbol.calls[0]?.[1]).toEqual({ year: null })
  })
})
