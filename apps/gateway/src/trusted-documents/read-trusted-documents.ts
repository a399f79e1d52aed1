import { readFileSync } from 'node:fs'
import { type GraphQLSchema, parse, validate } from 'graphql'
import { ConfigError } from '../config.js'

/** The operations a deployment accepts, by their id (the hash its client sends). */
export type TrustedDocuments = ReadonlyMap<string, string>

interface ApolloManifest {
  readonly format: 'apollo-persisted-query-manifest'
  readonly operations: readonly { readonly id: string; readonly body: string }[]
}

function isApolloManifest(value: unknown): value is ApolloManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'apollo-persisted-query-manifest' &&
    Array.isArray((value as { operations?: unknown }).operations)
  )
}

/** The id → document pairs of a manifest in either format, or the problem with its shape. */
function entriesOf(manifest: unknown): [string, unknown][] | string {
  if (isApolloManifest(manifest)) {
    return manifest.operations.map((o) => [String(o?.id), o?.body])
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return 'expected a JSON object mapping each document id to its text (persisted-documents.json of GraphQL Code Generator), or an Apollo persisted query manifest'
  }
  return Object.entries(manifest)
}

/**
 * Reads `CHIDAO_TRUSTED_DOCUMENTS`: the operations a deployment's front end may send, as GraphQL
 * Code Generator's client preset writes them with `persistedDocuments: true`
 * (`persisted-documents.json`: `{ "<hash>": "query Name { … }" }`) or as Apollo's persisted
 * query manifest (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id",
 * "body" }] }`). Every document must parse and validate against the schema: a manifest made
 * from another version of the schema refuses the start (ConfigError naming the file and the
 * id), rather than failing later, one request at a time.
 *
 * @example
 * ```ts
 * const trusted = readTrustedDocuments('dist/persisted-documents.json', schema)
 * trusted.get('4f0b…') // 'query UrgeList($org: ID!) { … }'
 * ```
 */
export function readTrustedDocuments(path: string, schema: GraphQLSchema): TrustedDocuments {
  const problem = (what: string) => new ConfigError(`CHIDAO_TRUSTED_DOCUMENTS (${path}): ${what}`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw problem(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch (error) {
    throw problem(`is not JSON: ${(error as Error).message}`)
  }
  const entries = entriesOf(manifest)
  if (typeof entries === 'string') throw problem(entries)
  const documents = new Map<string, string>()
  for (const [id, body] of entries) {
    if (id === '' || typeof body !== 'string') {
      throw problem(`the entry "${id}" is not an id with the text of a GraphQL document`)
    }
    let errors: readonly { message: string }[]
    try {
      errors = validate(schema, parse(body))
    } catch (error) {
      errors = [error as Error]
    }
    if (errors.length > 0) {
      throw problem(`the document "${id}" does not fit the schema: ${errors[0]!.message}`)
    }
    documents.set(id, body)
  }
  return documents
}
