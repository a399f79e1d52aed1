import { findOrganization, listOrganizations } from '@chidao/app'
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVEL_LABELS,
  ORGANIZATION_LEVELS,
  type Organization,
  type OrganizationId,
  successorsOf,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { loadOrganizations } from '../loaders/organization-loaders.js'
import { listConnection } from '../support/connection.js'
import { localIdOf, lookUpIdOf } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { queryResultOf } from '../support/query-result.js'
import { versionField } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'The kind of body (loại tổ chức).',
  values: labelledValues(ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS),
})

export const OrganizationLevelEnum = builder.enumType('OrganizationLevel', {
  description: 'Administrative level (cấp). DISTRICT is historic: abolished from 2025-07-01.',
  values: labelledValues(ORGANIZATION_LEVELS, ORGANIZATION_LEVEL_LABELS),
})

export const OrganizationOrderEnum = builder.enumType('OrganizationOrder', {
  description: 'Orders for listing organisations. Names sort in Vietnamese alphabetical order.',
  values: {
    CODE_ASC: { description: 'By code, A to Z.' },
    CODE_DESC: { description: 'By code, Z to A.' },
    NAME_ASC: { description: 'By name, A to Z (Vietnamese order).' },
    NAME_DESC: { description: 'By name, Z to A (Vietnamese order).' },
  } as const,
})

/** Organisations are loaded in batches: one query per request however many are asked for. */
export const OrganizationNode = builder.loadableNodeRef<Organization>('Organization', {
  id: { resolve: (organization) => organization.id },
  load: loadOrganizations,
})

/** One connection type for every list of organisations. */
export const OrganizationConnection = builder.connectionObject({
  type: OrganizationNode,
  name: 'OrganizationConnection',
})

OrganizationNode.implement({
  description:
    'A body that issues or carries out directives: a party committee, a department, a union of associations…',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Natural key within the tenant, e.g. BTV-TU.' }),
    name: t.exposeString('name', { description: 'Full name, e.g. Ban Thường vụ Tỉnh ủy.' }),
    shortName: t.exposeString('shortName', { nullable: true }),
    kind: t.expose('kind', { type: OrganizationKindEnum }),
    kindLabel: labelField(t, (organization) => ORGANIZATION_KIND_LABELS[organization.kind]),
    level: t.expose('level', { type: OrganizationLevelEnum }),
    levelLabel: labelField(t, (organization) => ORGANIZATION_LEVEL_LABELS[organization.level]),
    parent: t.expose('parentId', {
      type: OrganizationNode,
      nullable: true,
      description: 'The body above it in the administrative tree.',
    }),
    children: t.connection(
      {
        type: OrganizationNode,
        description: 'The bodies directly below it.',
        args: {
          orderBy: t.arg({
            type: OrganizationOrderEnum,
            required: false,
            description: 'Default: NAME_ASC.',
          }),
        },
        resolve: (organization, args, context) =>
          listConnection(listOrganizations, context, args, {
            filter: { parentId: organization.id },
            orderBy: args.orderBy ?? 'NAME_ASC',
          }),
      },
      OrganizationConnection,
    ),
    foundedOn: t.expose('foundedOn', { type: 'Date', nullable: true }),
    dissolvedOn: t.expose('dissolvedOn', { type: 'Date', nullable: true }),
    successor: t.expose('successorId', {
      type: OrganizationNode,
      nullable: true,
      description:
        'The body that took over its work when it was dissolved (the first, when several did).',
    }),
    successors: t.field({
      type: [OrganizationNode],
      description:
        "Every body that took over its work, the principal first: several when its work was split (a district's among communes); then its open tasks await reassignment.",
      resolve: (organization) => [...successorsOf(organization)],
    }),
    partyTerm: t.exposeInt('partyTerm', {
      nullable: true,
      description: 'Party term (khóa) of an elected body: 15 for khóa XV.',
    }),
    version: versionField(t),
  }),
})

const OrganizationFilterInput = builder.inputType('OrganizationFilter', {
  description: 'Every given field must match.',
  fields: (t) => ({
    kind: t.field({
      type: [OrganizationKindEnum],
      required: false,
      description: 'Of one of these kinds.',
    }),
    level: t.field({
      type: [OrganizationLevelEnum],
      required: false,
      description: 'At one of these levels.',
    }),
    parentId: t.id({ required: false, description: 'Only direct children of this organisation.' }),
    rootsOnly: t.boolean({ required: false, description: 'Only organisations with no parent.' }),
    search: t.string({
      required: false,
      description: 'Accent-insensitive search in code, name and short name ("tuyen giao").',
    }),
  }),
})

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationNode,
    nullable: true,
    description: 'One organisation, by global ID or by code. Null when there is none.',
    args: {
      id: t.arg.id({ required: false, description: 'Its global ID; or give `code`.' }),
      code: t.arg.string({ required: false, description: 'Its code, e.g. UBND-TINH.' }),
    },
    resolve: async (_root, args, context) => {
      // An ID that is malformed or names another type names no organisation.
      const id = args.id == null ? null : localIdOf(String(args.id), 'Organization')
      if (args.id != null && id === null) return null
      return queryResultOf(
        await findOrganization(useCaseContext(context), {
          id: id as OrganizationId | null,
          code: args.code ?? null,
        }),
      )
    },
  }),
  organizations: t.connection(
    {
      type: OrganizationNode,
      description: 'Organisations of the tenant, filtered and ordered; with totalCount.',
      args: {
        filter: t.arg({
          type: OrganizationFilterInput,
          required: false,
          description: 'Every given field must match; none given: every organisation.',
        }),
        orderBy: t.arg({
          type: OrganizationOrderEnum,
          required: false,
          description: 'Default: by name.',
        }),
      },
      resolve: (_root, args, context) => {
        const filter = args.filter ?? {}
        return listConnection(listOrganizations, context, args, {
          filter: {
            kind: filter.kind ?? null,
            level: filter.level ?? null,
            parentId: lookUpIdOf(filter.parentId, 'Organization'),
            rootsOnly: filter.rootsOnly ?? null,
            search: filter.search ?? null,
          },
          orderBy: args.orderBy ?? null,
        })
      },
    },
    OrganizationConnection,
  ),
}))
