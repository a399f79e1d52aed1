import {
  type Directive,
  type DirectiveId,
  type DocumentSymbol,
  formatDocumentSymbol,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { FIND_DIRECTIVE_ERRORS, findDirective } from '../../src/directive/find-directive.js'
import { errorOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'

const secret = { id: 'd-mat', symbolText: '93-KL/TW', secrecy: 'MAT' } as Directive
const open = { id: 'd-public', symbolText: '93-KL/TW', secrecy: 'PUBLIC' } as Directive

/** A reader holding two instances of 93-KL/TW, given most secret first as the port promises. */
function directivesPort() {
  return {
    findById: recorder(async (id: DirectiveId) => (id === open.id ? open : null)),
    findBySymbol: recorder(
      async (symbol: DocumentSymbol, _options?: { readonly year?: number | null }) =>
        formatDocumentSymbol(symbol) === '93-KL/TW' ? [secret, open] : [],
    ),
  }
}

describe('findDirective', () => {
  it('finds a document by id, the id winning over a symbol', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives }), {
      id: open.id,
      symbol: 'not a symbol',
    })
    expect(result).toEqual({ ok: true, value: open })
    expect(directives.findBySymbol.calls).toEqual([])
  })

  it('answers null for an id the caller sees nothing by', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives }), { id: 'd-x' as DirectiveId })
    expect(result).toEqual({ ok: true, value: null })
  })

  it('reads a symbol in any accepted spelling, and chooses the instance the port gives first', async () => {
    for (const spelling of ['93-KL/TW', 'Số: 93-KL/TƯ', '93-kl-tw']) {
      const directives = directivesPort()
      const result = await findDirective(readContext({ directives }), { symbol: spelling })
      expect(result).toEqual({ ok: true, value: secret })
      const [[symbol, options]] = directives.findBySymbol.calls as [[DocumentSymbol, unknown]]
      expect(formatDocumentSymbol(symbol)).toBe('93-KL/TW')
      expect(options).toEqual({ year: null })
    }
  })

  it('narrows a symbol by year when given, and answers null when nothing bears it', async () => {
    const directives = directivesPort()
    await findDirective(readContext({ directives }), { symbol: '93-KL/TW', year: 2024 })
    expect(directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2024 })
    const none = await findDirective(readContext({ directives }), { symbol: '999-KL/TW' })
    expect(none).toEqual({ ok: true, value: null })
  })

  it('fails with VALIDATION when given neither id nor symbol', async () => {
    const result = await findDirective(readContext({ directives: directivesPort() }), {})
    expect(errorOf(result)).toMatchObject({
      code: 'VALIDATION',
      message: 'Give id or symbol',
      messageVi: 'Cần truyền id hoặc symbol',
      path: [],
    })
  })

  it('fails with INVALID_DOCUMENT_SYMBOL at symbol for text that is not one, without reading', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives }), { symbol: 'not a symbol' })
    const error = errorOf(result)
    expect(error).toMatchObject({ code: 'INVALID_DOCUMENT_SYMBOL', path: ['symbol'] })
    expect(error.message).toContain('not a symbol')
    expect(error.messageVi).toContain('ký hiệu văn bản hợp lệ')
    expect(FIND_DIRECTIVE_ERRORS).toContain(error.code)
    expect(directives.findBySymbol.calls).toEqual([])
  })
})
