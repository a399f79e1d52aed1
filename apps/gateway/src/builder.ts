import SchemaBuilder from '@pothos/core'
import DataloaderPlugin from '@pothos/plugin-dataloader'
import ErrorsPlugin from '@pothos/plugin-errors'
import RelayPlugin from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import { type GatewayAuthScopes, scopeAuthOptions } from './auth/auth-scopes.js'
import type { GatewayContext } from './context.js'

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
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: { defaultTypes: [] },
})
