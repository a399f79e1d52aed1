import { findDirective, listDirectives } from '@chidao/app'
import {
  DIRECTIVE_KIND_LABELS,
  DIRECTIVE_KINDS,
  DIRECTIVE_RELATION_TYPE_LABELS,
  DIRECTIVE_RELATION_TYPES,
  type Directive,
  type DirectiveId,
  type DirectiveRelation,
  type DirectiveSection,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import {
  directivesImplementing,
  implementationChainOf,
  loadDirectives,
  relationsOfDirective,
} from '../loaders/directive-loaders.js'
import { listConnection } from '../support/connection.js'
import { localIdOf, lookUpIdOf } from '../support/global-id.js'
import { labelledValues } from '../support/labelled-enum.js'
import { queryResultOf } from '../support/query-result.js'
import { LabelRef } from '../support/scalars.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DocumentSymbolRef } from './document-symbol.js'
import { OrganizationNode } from './organization.js'

export const DirectiveKindEnum = builder.enumType('DirectiveKind', {
  description: 'The kind of document (loại văn bản).',
  values: labelledValues(DIRECTIVE_KINDS, DIRECTIVE_KIND_LABELS),
})

export const SecrecyEnum = builder.enumType('Secrecy', {
  description: 'Secrecy mark (độ mật). Nobody sees a document above their clearance.',
  values: labelledValues(SECRECY_LEVELS, SECRECY_LABELS),
})

export const UrgencyEnum = builder.enumType('Urgency', {
  description: 'Urgency mark (độ khẩn).',
  values: labelledValues(URGENCY_LEVELS, URGENCY_LABELS),
})

export const DirectiveRelationTypeEnum = builder.enumType('DirectiveRelationType', {
  description: 'How one document relates to another.',
  values: labelledValues(DIRECTIVE_RELATION_TYPES, DIRECTIVE_RELATION_TYPE_LABELS),
})

export const DirectiveOrderEnum = builder.enumType('DirectiveOrder', {
  description: 'Orders for listing documents; ties by id.',
  values: {
    ISSUED_DESC: { description: 'Newest issued first.' },
    ISSUED_ASC: { description: 'Oldest issued first.' },
    SYMBOL_ASC: { description: 'By symbol (số, ký hiệu).' },
  } as const,
})

export const DirectiveSectionRef = builder.objectRef<DirectiveSection>('DirectiveSection')

DirectiveSectionRef.implement({
  description: "A part of a document's structure (I, II, III… and below).",
  fields: (t) => ({
    number: t.exposeString('number', { description: 'I, 2, b…' }),
    heading: t.exposeString('heading'),
    body: t.exposeString('body'),
    children: t.field({ type: [DirectiveSectionRef], resolve: (s) => s.children }),
  }),
})

/** Directives load in batches: one query per request however many are asked for. */
export const DirectiveNode = builder.loadableNodeRef<Directive>('Directive', {
  id: { resolve: (directive) => directive.id },
  load: loadDirectives,
})

export const DirectiveRelationRef = builder
  .objectRef<DirectiveRelation>('DirectiveRelation')
  .implement({
    description: 'A typed, dated link between two documents: source TYPE target.',
    fields: (t) => ({
      type: t.expose('type', { type: DirectiveRelationTypeEnum }),
      typeLabel: t.field({
        type: LabelRef,
        resolve: (r) => DIRECTIVE_RELATION_TYPE_LABELS[r.type],
      }),
      effectiveOn: t.expose('effectiveOn', { type: 'Date' }),
      source: t.field({ type: DirectiveNode, resolve: (r) => r.sourceId }),
      target: t.field({ type: DirectiveNode, resolve: (r) => r.targetId }),
    }),
  })

export const DirectiveConnection = builder.connectionObject({
  type: DirectiveNode,
  name: 'DirectiveConnection',
})

DirectiveNode.implement({
  description:
    'A guiding document: Chỉ thị, Kết luận, Nghị quyết, Chương trình, Kế hoạch, Quyết định…',
  fields: (t) => ({
    kind: t.expose('kind', { type: DirectiveKindEnum }),
    kindLabel: t.field({ type: LabelRef, resolve: (d) => DIRECTIVE_KIND_LABELS[d.kind] }),
    symbol: t.exposeString('symbolText', {
      description: 'Number and symbol in canonical form, e.g. 93-KL/TW.',
    }),
    symbolParts: t.field({ type: DocumentSymbolRef, resolve: (d) => d.symbol }),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    title: t.exposeString('title', { description: 'Summary line (trích yếu).' }),
    issuer: t.expose('issuerId', { type: OrganizationNode, description: 'The issuing body.' }),
    issuerTerm: t.exposeInt('issuerTerm', {
      nullable: true,
      description: "The issuer's party term (khóa): 10 for khóa X.",
    }),
    secrecy: t.expose('secrecy', { type: SecrecyEnum }),
    urgency: t.expose('urgency', { type: UrgencyEnum }),
    sections: t.field({ type: [DirectiveSectionRef], resolve: (d) => d.sections }),
    relations: t.field({
      type: [DirectiveRelationRef],
      description: 'Relations leaving and entering this document.',
      resolve: (d, _args, context) => relationsOfDirective(context, d.id),
    }),
    implementationChain: t.field({
      type: [DirectiveNode],
      description:
        'What this document implements or continues, up to the root, nearest first ' +
        '(a provincial programme → 93-KL/TW → 42-CT/TW).',
      resolve: (d, _args, context) => implementationChainOf(context, d.id),
    }),
    implementedBy: t.field({
      type: [DirectiveNode],
      description:
        'Every document implementing or continuing this one, directly or not, nearest first.',
      resolve: (d, _args, context) => directivesImplementing(context, d.id),
    }),
    version: t.exposeInt('version'),
  }),
})

const DirectiveFilterInput = builder.inputType('DirectiveFilter', {
  description: 'Every given field must match.',
  fields: (t) => ({
    kind: t.field({
      type: [DirectiveKindEnum],
      required: false,
      description: 'Of one of these kinds.',
    }),
    issuerId: t.id({ required: false, description: 'Issued by this organisation.' }),
    issuedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Issued on this day or later.',
    }),
    issuedTo: t.field({
      type: 'Date',
      required: false,
      description: 'Issued on this day or earlier.',
    }),
    secrecy: t.field({
      type: [SecrecyEnum],
      required: false,
      description:
        'Marked with one of these secrecy levels (those above your clearance never show).',
    }),
    search: t.string({
      required: false,
      description: 'Every word must appear in the symbol or title, accents ignored.',
    }),
  }),
})

builder.queryFields((t) => ({
  directive: t.field({
    type: DirectiveNode,
    nullable: true,
    description:
      'One document, by global ID or by symbol in any accepted spelling ("93-KL/TW", ' +
      '"Số: 93-KL/TƯ", "93-kl-tw"). A symbol alone may name documents of several years ' +
      '(Party numbering restarts each term): the newest is returned unless `year` is given.',
    args: {
      id: t.arg.id({ required: false, description: 'Its global ID; or give `symbol`.' }),
      symbol: t.arg.string({
        required: false,
        description:
          'Its symbol (số, ký hiệu) in any accepted spelling; one that is none is an ' +
          'INVALID_DOCUMENT_SYMBOL error.',
      }),
      year: t.arg.int({
        required: false,
        description: 'With `symbol`: the year it was issued, where the symbol names several.',
      }),
    },
    resolve: async (_root, args, context) => {
      // An ID that is malformed or names another type names no document.
      const id = args.id == null ? null : localIdOf(String(args.id), 'Directive')
      if (args.id != null && id === null) return null
      return queryResultOf(
        await findDirective(useCaseContext(context), {
          id: id as DirectiveId | null,
          symbol: args.symbol ?? null,
          year: args.year ?? null,
        }),
      )
    },
  }),
  directives: t.connection(
    {
      type: DirectiveNode,
      description: 'Documents of the tenant the caller may see, filtered and ordered.',
      args: {
        filter: t.arg({
          type: DirectiveFilterInput,
          required: false,
          description: 'Every given field must match; none given: every document you may see.',
        }),
        orderBy: t.arg({
          type: DirectiveOrderEnum,
          required: false,
          description: 'Default: ISSUED_DESC (newest first).',
        }),
      },
      resolve: (_root, args, context) => {
        const filter = args.filter ?? {}
        return listConnection(listDirectives, context, args, {
          filter: {
            kind: filter.kind ?? null,
            issuerId: lookUpIdOf(filter.issuerId, 'Organization'),
            issuedFrom: filter.issuedFrom ?? null,
            issuedTo: filter.issuedTo ?? null,
            secrecy: filter.secrecy ?? null,
            search: filter.search ?? null,
          },
          orderBy: args.orderBy ?? null,
        })
      },
    },
    DirectiveConnection,
  ),
}))
