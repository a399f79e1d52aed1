import { type CitedDirective, findCitedDirective } from '@chidao/app'
import {
  type Citation,
  DIRECTIVE_KIND_LABELS,
  extractCitations,
  formatDocumentSymbol,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { queryError } from '../../query-error.js'
import { queryResultOf } from '../support/query-result.js'
import { LabelRef } from '../support/scalars.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveKindEnum, DirectiveNode } from './directive.js'
import { DocumentSymbolRef } from './document-symbol.js'

/** Longest text extractCitations accepts: a long programme is well under it. */
const MAX_TEXT = 200_000

const CitationMatchEnum = builder.enumType('CitationMatch', {
  description:
    'How a citation matched the stored documents you may see. A document is its symbol, issuer ' +
    'and year; one you may not see is as absent, and never makes a citation ambiguous.',
  values: {
    FOUND: { description: 'One document: `directive`.' },
    AMBIGUOUS_CITATION: {
      description:
        'Several documents of the symbol and year from different issuers (two communes’ ' +
        '15-KH/ĐU of 2025), and the citation names no issuer that tells one: none is picked, ' +
        'each is in `candidates`.',
    },
    NOT_FOUND: { description: 'None.' },
  },
})

// One look-up per citation however many of its fields are asked: a citation object lives for
// one request, of one caller.
const lookUps = new WeakMap<Citation, Promise<CitedDirective>>()

function citedDirective(citation: Citation, context: GatewayContext): Promise<CitedDirective> {
  let found = lookUps.get(citation)
  if (found === undefined) {
    found = findCitedDirective(useCaseContext(context), { citation }).then(queryResultOf)
    lookUps.set(citation, found)
  }
  return found
}

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
      description:
        'The stored document this citation names, when there is exactly one you may see; null ' +
        'when there is none, or several (`match: AMBIGUOUS_CITATION`: see `candidates`).',
      resolve: async (c, _args, context) => {
        const { directive } = await citedDirective(c, context)
        return directive ? { ...directive } : null
      },
    }),
    match: t.field({
      type: CitationMatchEnum,
      description: 'Whether the citation names one stored document, several, or none.',
      resolve: async (c, _args, context) => (await citedDirective(c, context)).match,
    }),
    candidates: t.field({
      type: [DirectiveNode],
      description:
        'The stored documents the citation may name that you may see: the one found, every ' +
        'candidate when ambiguous, none when not found. Narrowed by the issuer the citation ' +
        'names ("của Đảng ủy xã Bình An") when that tells one from the others.',
      resolve: async (c, _args, context) =>
        (await citedDirective(c, context)).candidates.map((d) => ({ ...d })),
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
