import SchemaBuilder from '@pothos/core'
import DataloaderPlugin from '@pothos/plugin-dataloader'
import ErrorsPlugin from '@pothos/plugin-errors'
import RelayPlugin from '@pothos/plugin-relay'
import type { GatewayContext } from './context.js'

/**
 * The one schema builder. It defines nothing itself: each type lives in its own file under
 * `schema/`, and `schema/index.ts` imports them all and builds the schema.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext
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
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
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
