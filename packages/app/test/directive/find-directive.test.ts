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

const document = { symbolText: '93-KL/TW', issuerId: 'o-bbt', issuedOn: '2020-11-20' }
const secret = { ...document, id: 'd-mat', secrecy: 'MAT' } as Directive
const open = { ...document, id: 'd-public', secrecy: 'PUBLIC' } as Directive
const binhAn = {
  id: 'd-binh-an',
  symbolText: '15-KH/ĐU',
  issuerId: 'o-binh-an',
  issuedOn: '2025-09-10',
} as Directive
const anThanh = { ...binhAn, id: 'd-an-thanh', issuerId: 'o-an-thanh' } as Directive
const older = { ...binhAn, id: 'd-2020', issuedOn: '2020-03-01' } as Directive

/** A reader holding two instances of 93-KL/TW, given most secret first as the port promises. */
function directivesPort() {
  return {
    findById: recorder(async (id: DirectiveId) => (id === open.id ? open : null)),
    findBySymbol: recorder(
      async (
        symbol: DocumentSymbol,
        options?: { readonly year?: number | null; readonly issuerId?: string | null },
      ) => {
        const text = formatDocumentSymbol(symbol)
        if (text === '93-KL/TW') return [secret, open]
        if (text !== '15-KH/ĐU') return []
        return [binhAn, anThanh, older].filter(
          (d) =>
            (options?.issuerId == null || d.issuerId === options.issuerId) &&
            (options?.year == null || d.issuedOn.startsWith(String(options.year))),
        )
      },
    ),
  }
}

/** Two communes and the province's union, by code and id. */
const organizations = {
  findByCode: async (code: string) =>
    ({ 'DU-XA-AN-THANH': { id: 'o-an-thanh', code } })[code] ?? null,
  findByIds: async (ids: readonly string[]) =>
    ids.map((id) => ({ id, code: id === 'o-binh-an' ? 'DU-XA-BINH-AN' : 'DU-XA-AN-THANH' })),
} as never

describe('findDirective', () => {
  it('finds a document by id, the id winning over a symbol', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives, organizations }), {
      id: open.id,
      symbol: 'not a symbol',
    })
    expect(result).toEqual({ ok: true, value: open })
    expect(directives.findBySymbol.calls).toEqual([])
  })

  it('answers null for an id the caller sees nothing by', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives, organizations }), {
      id: 'd-x' as DirectiveId,
    })
    expect(result).toEqual({ ok: true, value: null })
  })

  it('reads a symbol in any accepted spelling, and chooses the instance the port gives first', async () => {
    for (const spelling of ['93-KL/TW', 'Số: 93-KL/TƯ', '93-kl-tw']) {
      const directives = directivesPort()
      const result = await findDirective(readContext({ directives, organizations }), {
        symbol: spelling,
      })
      expect(result).toEqual({ ok: true, value: secret })
      const [[symbol, options]] = directives.findBySymbol.calls as [[DocumentSymbol, unknown]]
      expect(formatDocumentSymbol(symbol)).toBe('93-KL/TW')
      expect(options).toEqual({ year: null, issuerId: null })
    }
  })

  it('narrows a symbol by year when given, and answers null when nothing bears it', async () => {
    const directives = directivesPort()
    await findDirective(readContext({ directives, organizations }), {
      symbol: '93-KL/TW',
      year: 2024,
    })
    expect(directives.findBySymbol.calls[0]?.[1]).toEqual({ year: 2024, issuerId: null })
    const none = await findDirective(readContext({ directives, organizations }), {
      symbol: '999-KL/TW',
    })
    expect(none).toEqual({ ok: true, value: null })
  })

  it('refuses to pick between two bodies’ documents of one symbol and year, naming both', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives, organizations }), {
      symbol: '15-KH/ĐU',
    })
    const error = errorOf(result)
    expect(error).toMatchObject({ code: 'AMBIGUOUS_DIRECTIVE', path: ['symbol'] })
    for (const text of [error.message, error.messageVi]) {
      expect(text).toContain('DU-XA-BINH-AN')
      expect(text).toContain('DU-XA-AN-THANH')
    }
    const byCode = await findDirective(readContext({ directives, organizations }), {
      symbol: '15-KH/ĐU',
      issuerCode: 'DU-XA-AN-THANH',
    })
    expect(byCode).toEqual({ ok: true, value: anThanh })
    const byYear = await findDirective(readContext({ directives, organizations }), {
      symbol: '15-KH/ĐU',
      year: 2020,
    })
    expect(byYear).toEqual({ ok: true, value: older })
    const unseen = await findDirective(readContext({ directives, organizations }), {
      symbol: '15-KH/ĐU',
      issuerCode: 'KHONG-THAY',
    })
    expect(unseen).toEqual({ ok: true, value: null })
  })

  it('fails with VALIDATION when given neither id nor symbol', async () => {
    const result = await findDirective(
      readContext({ directives: directivesPort(), organizations }),
      {},
    )
    expect(errorOf(result)).toMatchObject({
      code: 'VALIDATION',
      message: 'Give id or symbol',
      messageVi: 'Cần truyền id hoặc symbol',
      path: [],
    })
  })

  it('fails with INVALID_DOCUMENT_SYMBOL at symbol for text that is not one, without reading', async () => {
    const directives = directivesPort()
    const result = await findDirective(readContext({ directives, organizations }), {
      symbol: 'not a symbol',
    })
    const error = errorOf(result)
    expect(error).toMatchObject({ code: 'INVALID_DOCUMENT_SYMBOL', path: ['symbol'] })
    expect(error.message).toContain('not a symbol')
    expect(error.messageVi).toContain('ký hiệu văn bản hợp lệ')
    expect(FIND_DIRECTIVE_ERRORS).toContain(error.code)
    expect(directives.findBySymbol.calls).toEqual([])
  })
})
