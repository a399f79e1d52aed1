import type { introspection } from '../graphql-env.d.ts'

type SchemaTypes = introspection['types']

/** The names of the schema's interfaces (`Error`, `Node`). */
type InterfaceName = {
  [Name in keyof SchemaTypes]: SchemaTypes[Name] extends { kind: 'INTERFACE' } ? Name : never
}[keyof SchemaTypes]

/** The object types that implement the interface `Name`, as the schema says. */
type ImplementationOf<Name extends InterfaceName> = SchemaTypes[Name] extends {
  possibleTypes: infer Type
}
  ? Type
  : never

/** Each interface with the object types said to implement it. */
type Implementations = { readonly [Name in InterfaceName]: readonly ImplementationOf<Name>[] }

/** What `lists` leaves out of the schema: `never`, or the types it misses. */
type Unlisted<Lists extends Implementations> = {
  [Name in InterfaceName]: Exclude<ImplementationOf<Name>, Lists[Name][number]>
}[InterfaceName]

/**
 * `lists`, refused by the compiler (`npm run typecheck`, which names the type) when the schema
 * has an implementation of an interface that they leave out; typed as graphcache's
 * `possibleTypes` takes them.
 */
function everyImplementation<const Lists extends Implementations>(
  lists: Lists & ([Unlisted<Lists>] extends [never] ? unknown : { unlisted: Unlisted<Lists> }),
): { readonly [Name in InterfaceName]: Lists[Name][number][] } {
  return lists as unknown as { readonly [Name in InterfaceName]: Lists[Name][number][] }
}

/**
 * Each interface of the gateway's schema with the object types implementing it, for the
 * normalised cache's `possibleTypes`: with them it knows that a `ConflictError` is an `Error`,
 * so a mutation may select `... on Error { code message }` once instead of naming each error
 * type. Without them the cache matches an interface fragment by guessing from the fields it
 * holds, and an answer read back through it may come without its error's fields.
 */
export const INTERFACE_IMPLEMENTATIONS = everyImplementation({
  Error: [
    'ConflictError',
    'ForbiddenError',
    'NotFoundError',
    'UnauthenticatedError',
    'ValidationError',
  ],
  Node: ['Assessment', 'Directive', 'Organization', 'ProgressReport', 'Task'],
})
