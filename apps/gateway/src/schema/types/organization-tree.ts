import type { Organization } from '@chidao/domain'
import { builder } from '../../builder.js'
import { loadAncestors } from '../loaders/organization-loaders.js'
import { OrganizationNode } from './organization.js'

builder.objectField(OrganizationNode, 'ancestors', (t) =>
  t.loadableList({
    type: OrganizationNode,
    description:
      'The bodies above it, nearest first: its parent, the parent’s parent… up to a root. ' +
      'Loaded for every organisation of a request in one recursive query.',
    // One batch per request: a list of 100 organisations still costs one statement.
    load: loadAncestors,
    resolve: (organization: Organization) => organization.id,
  }),
)
