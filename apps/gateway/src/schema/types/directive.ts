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
  type OrganizationId,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { primeWalks } from '../loaders/directive-chain-look-ahead.js'
import {
  directivesImplementing,
  type ImplementationStep,
  implementationChainOf,
  implementationTreeOf,
  loadDirectives,
  relationsOfDirective,
} from '../loaders/directive-loaders.js'
import { listConnection } from '../support/connection.js'
import { localIdOf, lookUpIdOf, nodeOrNull } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { queryResultOf } from '../support/query-result.js'
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
const DirectiveImplementationRef = builder.objectRef<ImplementationStep>('DirectiveImplementation')

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
      typeLabel: labelField(t, (r) => DIRECTIVE_RELATION_TYPE_LABELS[r.type]),
      effectiveOn: t.expose('effectiveOn', { type: 'Date' }),
      source: t.field({ type: DirectiveNode, resolve: (r) => r.sourceId }),
      target: t.field({ type: DirectiveNode, resolve: (r) => r.targetId }),
    }),
  })

export const DirectiveConnection = builder.connectionObject({
  type: DirectiveNode,
  name: 'DirectiveConnection',
})

DirectiveImplementationRef.implement({
  description: 'A document in the tree of those implementing another, with its place in the tree.',
  fields: (t) => ({
    directive: t.field({ type: DirectiveNode, resolve: (s) => s.directive }),
    depth: t.exposeInt('depth', {
      description: '1 for a document implementing the root directly, 2 for the next level, …',
    }),
    parent: t.field({
      type: DirectiveNode,
      nullable: true,
      description:
        'The document this one implements or continues, one level nearer the root (the root ' +
        'itself at depth 1); null when the caller may not see it.',
      resolve: (s, _args, context) =>
        nodeOrNull(
          DirectiveNode.getDataloader(context).load(s.relation.targetId),
        ) as Promise<Directive | null>,
    }),
    relation: t.field({
      type: DirectiveRelationTypeEnum,
      description: 'IMPLEMENTS or CONTINUES: how it relates to its parent.',
      resolve: (s) => s.relation.type,
    }),
  }),
})

DirectiveNode.implement({
  description:
    'A guiding document: Chỉ thị, Kết luận, Nghị quyết, Chương trình, Kế hoạch, Quyết định…',
  fields: (t) => ({
    kind: t.expose('kind', { type: DirectiveKindEnum }),
    kindLabel: labelField(t, (d) => DIRECTIVE_KIND_LABELS[d.kind]),
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
        'Every document implementing or continuing this one, directly or not, nearest first ' +
        '(as a flat list; `implementationTree` gives each its depth and parent).',
      resolve: (d, _args, context) => directivesImplementing(context, d.id),
    }),
    implementationTree: t.field({
      type: [DirectiveImplementationRef],
      description:
        'Every document implementing or continuing this one, directly or not, as a tree: each ' +
        'with its depth (1: implements this one directly) and its parent (the document it ' +
        'implements or continues, one level nearer), nearest first, so that a parent always ' +
        'comes before its children. Group by `parent { id }` to draw it.',
      resolve: (d, _args, context) => implementationTreeOf(context, d.id),
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
      '"Số: 93-KL/TƯ", "93-kl-tw"). A document is its symbol, issuer and year. A symbol alone ' +
      'may name documents of several years (Party numbering restarts each term): the newest is ' +
      'returned unless `year` is given. Documents of one symbol and year from several issuers ' +
      "(two communes' 15-KH/ĐU of 2025) are never picked between: the error " +
      'AMBIGUOUS_DIRECTIVE (path ["symbol"]) names the issuers, and `issuerCode` or `issuerId` ' +
      'tells which. An issuer the caller cannot see names no document (null).',
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
      issuerId: t.arg.id({
        required: false,
        description: 'With `symbol`: the issuing organisation, by global ID.',
      }),
      issuerCode: t.arg.string({
        required: false,
        description: 'With `symbol`: the issuing organisation, by code (DU-XA-BINH-AN).',
      }),
    },
    resolve: async (_root, args, context, info) => {
      // An ID that is malformed or names another type names no document.
      const id = args.id == null ? null : localIdOf(String(args.id), 'Directive')
      if (args.id != null && id === null) return null
      const issuerId =
        args.issuerId == null ? null : localIdOf(String(args.issuerId), 'Organization')
      // An issuer ID that is malformed or names another type names no issuer, so no document.
      if (args.issuerId != null && issuerId === null) return null
      const directive = queryResultOf(
        await findDirective(useCaseContext(context), {
          id: id as DirectiveId | null,
          symbol: args.symbol ?? null,
          year: args.year ?? null,
          issuerId: issuerId as OrganizationId | null,
          issuerCode: args.issuerCode ?? null,
        }),
      )
      // Its chain both ways and their task totals, when asked, in one statement.
      if (directive) await primeWalks(context, directive, info)
      return directive
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
