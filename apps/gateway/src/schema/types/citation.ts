import { findCitedDirective } from '@chidao/app'
import {
  type Citation,
  DIRECTIVE_KIND_LABELS,
  extractCitations,
  formatDocumentSymbol,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { queryError } from '../../query-error.js'
import { queryResultOf } from '../support/query-result.js'
import { LabelRef } from '../support/scalars.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveKindEnum, DirectiveNode } from './directive.js'
import { DocumentSymbolRef } from './document-symbol.js'

/** Longest text extractCitations accepts: a long programme is well under it. */
const MAX_TEXT = 200_000

const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A reference to a document found in running text.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'UTF-16 offset into the NFC-normalised text.' }),
    end: t.exposeInt('end'),
    kind: t.expose('kind', { type: DirectiveKindEnum, nullable: true }),
    kindLabel: t.field({
      type: LabelRef,
      nullable: true,
      resolve: (c) => (c.kind ? DIRECTIVE_KIND_LABELS[c.kind] : null),
    }),
    symbol: t.string({
      description: 'The symbol in canonical form, e.g. 42-CT/TW.',
      resolve: (c) => formatDocumentSymbol(c.symbol),
    }),
    symbolParts: t.field({ type: DocumentSymbolRef, resolve: (c) => c.symbol }),
    issuedOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.issuedOn }),
    issuer: t.exposeString('issuer', {
      nullable: true,
      description: 'e.g. Ban Bí thư Trung ương Đảng',
    }),
    term: t.exposeInt('term', { nullable: true, description: '10 for khóa X.' }),
    warnings: t.exposeStringList('warnings'),
    directive: t.field({
      type: DirectiveNode,
      nullable: true,
      description: 'The stored document this citation names, when there is one the caller may see.',
      resolve: async (c, _args, context) => {
        const cited = queryResultOf(
          await findCitedDirective(useCaseContext(context), { citation: c }),
        )
        return cited ? { ...cited } : null
      },
    }),
  }),
})

builder.queryFields((t) => ({
  extractCitations: t.field({
    type: [CitationRef],
    description:
      'Finds every reference to a document in a text ("Chỉ thị số 42-CT/TW, ngày 16/4/2010 của ' +
      'Bộ Chính trị khóa X"), in order of appearance.',
    args: {
      text: t.arg.string({
        required: true,
        description: 'The text to read, at most 200,000 characters (TOO_LONG above).',
      }),
    },
    resolve: (_root, { text }) => {
      if (text.length > MAX_TEXT) {
        throw queryError(
          {
            code: 'TOO_LONG',
            en: `Text longer than ${MAX_TEXT} characters`,
            vi: `Văn bản dài quá ${MAX_TEXT} ký tự`,
          },
          { path: ['text'] },
        )
      }
      return extractCitations(text)
    },
  }),
}))
