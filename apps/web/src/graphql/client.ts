import { cacheExchange } from '@urql/exchange-graphcache'
import { relayPagination } from '@urql/exchange-graphcache/extras'
import { Client, fetchExchange } from 'urql'

/**
 * Types the gateway answers without an `id`: they live inside the record that holds them
 * (a task's deadline, a label, a page of a list) and are cached as part of it.
 */
const EMBEDDED_TYPES = [
  'BundleProblem',
  'ConflictError',
  'Deadline',
  'DueDay',
  'ExpectedReport',
  'ForbiddenError',
  'ImportBundlePayload',
  'ImportCounts',
  'Label',
  'NotFoundError',
  'OrganizationConnection',
  'OrganizationEdge',
  'PageInfo',
  'ReportingCalendar',
  'ReportingPeriod',
  'ReportingTotals',
  'UnauthenticatedError',
  'ValidationError',
  'TaskConnection',
  'TaskEdge',
  'Warning',
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
 * The app's GraphQL client: urql with a normalised cache (a record changed by a mutation
 * shows changed on every page that lists it), Relay pagination for the lists (a second page
 * is added to the first), the bearer token on every request.
 */
export function createClient(options: ClientOptions): Client {
  return new Client({
    url: options.url ?? import.meta.env.VITE_CHIDAO_GRAPHQL_URL ?? '/graphql',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
        resolvers: { Query: { tasks: relayPagination() } },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = options.token()
      return token ? { headers: { authorization: `Bearer ${token}` } } : {}
    },
    requestPolicy: 'cache-and-network',
  })
}
