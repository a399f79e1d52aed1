import SchemaBuilder from '@pothos/core'
import DataloaderPlugin from '@pothos/plugin-dataloader'
import ErrorsPlugin from '@pothos/plugin-errors'
import RelayPlugin from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import { type GatewayAuthScopes, scopeAuthOptions } from './auth/auth-scopes.js'
import type { GatewayContext } from './context.js'
import { decodeNodeId, isNodeType, nodeOrNull } from './schema/support/global-id.js'
import { preloadNodes } from './schema/support/nodes-preload.js'

/**
 * The one schema builder. It defines nothing itself: each type lives in its own file under
 * `schema/`, and `schema/index.ts` imports them all and builds the schema.
 *
 * Scope-auth comes first so that no other plugin's wrapper runs before the check; its scopes
 * are described in `auth/auth-scopes.ts` (`authScopes: { editor: true }`, `{ public: true }`).
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext
  AuthScopes: GatewayAuthScopes
  Scalars: {
    Date: { Input: string; Output: string }
    DateTime: { Input: Date; Output: Date }
  }
  Connection: { totalCount: number }
  DefaultFieldNullability: false
  DefaultInputFieldRequiredness: true
  DefaultEdgesNullability: false
  DefaultNodeNullability: false
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: scopeAuthOptions,
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A malformed id is refused with INVALID_ID and a Vietnamese message, as other query errors.
    decodeGlobalID: decodeNodeId,
    edgesFieldOptions: { nullable: false },
    // Every argument is described, those of every connection here once.
    firstArgOptions: {
      description:
        'How many items from the start (after `after`): default 50, at most 500 (a larger one ' +
        'is cut to 500); below 0 is a VALIDATION error.',
    },
    afterArgOptions: {
      description:
        'The `endCursor` (or an edge `cursor`) of the previous page of the same list: items ' +
        'after it.',
    },
    lastArgOptions: {
      description: 'How many items from the end (before `before`); below 0 is a VALIDATION error.',
    },
    beforeArgOptions: {
      description:
        'The `startCursor` (or an edge `cursor`) of a page of the same list: items before it.',
    },
    nodeFieldOptions: { nullable: false },
    // An id with no record, one the caller may not see, or one naming a type that is no node
    // answers null, not an error.
    nodeQueryOptions: {
      args: { id: { description: 'A global ID, as the `id` of any node gave it.' } },
      resolve: (_root, args, _context, info, resolveNode) =>
        isNodeType(info.schema, args.id.typename) ? nodeOrNull(resolveNode(args.id)) : null,
    },
    nodesQueryOptions: {
      args: {
        ids: { description: 'Global IDs; each answers in its place, null where nothing is found.' },
      },
      resolve: async (_root, args, context, info, resolveNodes) => {
        const ids = args.ids
        const known = ids.filter((id) => isNodeType(info.schema, id.typename))
        // Types that can read their nodes with what the selection asks beside them prime
        // their loaders first (tasks with their organisations and reports: one statement).
        await preloadNodes(known, context, info)
        // plugin-relay 4.8.1's resolveNodes ignores the ids it is given and loads `args.ids`:
        // hand it only the ids of node types, then put the answers back in place.
        ;(args as { ids: typeof ids }).ids = known
        const loaded = await resolveNodes(known)
        ;(args as { ids: typeof ids }).ids = ids
        let next = 0
        return ids.map((id) =>
          isNodeType(info.schema, id.typename) ? nodeOrNull(loaded[next++]) : null,
        )
      },
    },
  },
  errors: { defaultTypes: [] },
})

/** The builder's types, for helpers that take Pothos refs or field builders of this schema. */
export type GatewayTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never
