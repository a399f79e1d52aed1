import type { OrganizationId, OrganizationMembership } from '@chidao/domain'
import { builder } from '../../builder.js'
import { loadMemberships } from '../loaders/organization-loaders.js'
import { OrganizationNode } from './organization.js'

const MembershipRef = builder
  .objectRef<OrganizationMembership>('OrganizationMembership')
  .implement({
    description:
      'A member association (hội thành viên) belonging to a union (liên hiệp hội) for a period.',
    fields: (t) => ({
      member: t.field({ type: OrganizationNode, resolve: (m) => m.memberId as OrganizationId }),
      union: t.field({ type: OrganizationNode, resolve: (m) => m.unionId as OrganizationId }),
      from: t.expose('from', { type: 'Date', description: 'First day of membership.' }),
      to: t.field({
        type: 'Date',
        nullable: true,
        description: 'Last day of membership; null while it lasts.',
        resolve: (m) => m.to,
      }),
    }),
  })

builder.objectField(OrganizationNode, 'memberships', (t) =>
  t.loadableList({
    type: MembershipRef,
    description: 'Memberships in which this organisation is the member or the union, oldest first.',
    load: loadMemberships,
    resolve: (organization) => organization.id,
  }),
)
