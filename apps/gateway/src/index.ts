/**
 * @packageDocumentation
 * `@chidao/gateway` — the GraphQL gateway of chidao, for embedding in another server or tests.
 * The `chidao` command line serves it.
 */
export {
  type DevelopmentTokenClaims,
  mintDevelopmentToken,
  TokenSecretError,
} from './auth/mint-token.js'
export * from './config.js'
export type * from './context.js'
export type * from './live/live-event.js'
export * from './live/live-events.js'
export * from './live/open-live-events.js'
export * from './live/publish-reminders-raised.js'
export type { QueryErrorExtensions } from './query-error.js'
export { schema } from './schema/index.js'
export * from './server.js'
export * from './yoga.js'
