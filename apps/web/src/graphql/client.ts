import { cacheExchange } from '@urql/exchange-graphcache'
import { relayPagination } from '@urql/exchange-graphcache/extras'
import { refocusExchange } from '@urql/exchange-refocus'
import { Client, type Exchange, fetchExchange } from 'urql'
import { LIVE_CACHE_UPDATES } from '../live/live-cache-updates.js'
import { DASHBOARD_EMBEDDED_TYPES } from '../pages/dashboard/dashboard-embedded-types.js'
import { INTERFACE_IMPLEMENTATIONS } from './interface-implementations.js'

/**
 * Types the gateway answers without an `id`: they live inside the record that holds them
 * (a task's deadline, a label, a page of a list, an error answered) and are cached as part of it.
 */
const EMBEDDED_TYPES = [
  ...INTERFACE_IMPLEMENTATIONS.Error,
  'BundleProblem',
  'Deadline',
  'DeadlineExtension',
  'DueDay',
  'ExpectedReport',
  'ImportBundlePayload',
  'ImportCounts',
  'Label',
  'LeadReassignment',
  'OrganizationConnection',
  'OrganizationEdge',
  'PageInfo',
  'ReportProgressPayload',
  'ReportingCalendar',
  'ReportingDuty',
  'ReportingPeriod',
  'ReportingTotals',
  'TaskConnection',
  'TaskEdge',
  'TaskEvent',
  'TaskPayload',
  'Warning',
  ...DASHBOARD_EMBEDDED_TYPES,
] as const

/** What the client needs from the app: the token to send, and where the gateway is. */
export interface ClientOptions {
  /** The bearer token of the person signed in, read at each request. */
  readonly token: () => string | null
  /**
   * The GraphQL endpoint. Default: `VITE_CHIDAO_GRAPHQL_URL` as it was at build time, else
   * `/graphql` of the server the app came from (the gateway serving it).
   */
  readonly url?: string
}

/**
 * The app's normalised cache: a record changed by a mutation or told by a subscription shows
 * changed on every page that lists it; Relay pagination adds a list's second page to the
 * first; a live event that may change what a list holds has the list asked again. It knows
 * which types implement each interface ({@link INTERFACE_IMPLEMENTATIONS}), so `... on Error`
 * matches every error type.
 */
export function appCacheExchange(): Exchange {
  return cacheExchange({
    keys: Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
    possibleTypes: INTERFACE_IMPLEMENTATIONS,
    resolvers: { Query: { tasks: relayPagination() } },
    updates: LIVE_CACHE_UPDATES,
  })
}

/**
 * The app's GraphQL client: the normalised cache ({@link appCacheExchange}), the bearer token
 * on every request, subscriptions over Server-Sent Events through the same `fetch` (the
 * gateway's transport: a POST with `Accept: text/event-stream`, so the token goes with it),
 * and the queries on screen asked again when the tab is shown again — what a stream that
 * dropped meanwhile missed.
 */
export function createClient(options: ClientOptions): Client {
  return new Client({
    url: options.url ?? import.meta.env.VITE_CHIDAO_GRAPHQL_URL ?? '/graphql',
    exchanges: [refocusExchange(), appCacheExchange(), fetchExchange],
    fetchSubscriptions: true,
    fetchOptions: () => {
      const token = options.token()
      return token ? { headers: { authorization: `Bearer ${token}` } } : {}
    },
    requestPolicy: 'cache-and-network',
  })
}
