import type { BilingualText } from '@chidao/domain'
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { typedRefusal } from '../auth/typed-refusal.js'
import type { GatewayContext } from '../context.js'
import { queryError } from '../query-error.js'

function signInFirst(why: BilingualText): GraphQLError {
  return queryError(
    { code: 'UNAUTHENTICATED', en: `Sign in first: ${why.en}`, vi: `Cần đăng nhập: ${why.vi}` },
    { extensions: { http: { status: 401 } } },
  )
}

/** The names of the root fields an operation selects, through its fragments. */
function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') names.push(selection.name.value)
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet)
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value)
        const fragment = document.definitions.find(
          (d) => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value,
        )
        if (fragment?.kind === 'FragmentDefinition') visit(fragment.selectionSet)
      }
    }
  }
  visit(operation.selectionSet)
  return names
}

/**
 * Whether every root field of a mutation answers a caller it refuses inside its result union
 * (`UnauthenticatedError`), as every `writeMutation` does: it has `authScopes`, checked before
 * its resolver runs, and `typedRefusal` to answer the refusal.
 */
function refusesInItsUnion(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {}
  const names = rootFieldNames(operation, document)
  return (
    names.length > 0 &&
    names.every((name) => {
      const options = fields[name]?.extensions?.pothosOptions as
        | { authScopes?: unknown; unauthorizedResolver?: unknown }
        | undefined
      return Boolean(options?.authScopes) && options?.unauthorizedResolver === typedRefusal
    })
  )
}

/**
 * What anonymous callers may do, enforced for the whole operation before any resolver runs.
 * A mutation runs only when each of its fields refuses them in its own result union (an
 * `UnauthenticatedError`, as the union promises: every write mutation does, by its
 * `authScopes`, before it writes anything); a mutation of any other field is refused here,
 * top-level. Queries and subscriptions: nothing at all when `publicRead` is off. The fields'
 * own `authScopes` decide the rest; this guard keeps a field added without them closed to the
 * public.
 */
export function useAnonymousAccessGuard(options: {
  readonly publicRead: boolean
}): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (args.contextValue.viewer.authenticated) return
      const operation = getOperationAST(args.document, args.operationName)
      if (operation?.operation === 'mutation') {
        if (refusesInItsUnion(args.schema, operation, args.document)) return
        setResultAndStopExecution({
          errors: [
            signInFirst({
              en: 'anonymous callers cannot change anything',
              vi: 'người dùng ẩn danh không được thay đổi dữ liệu',
            }),
          ],
        })
        return
      }
      if (!options.publicRead) setResultAndStopExecution({ errors: [noAnonymousReading()] })
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (args.contextValue.viewer.authenticated || options.publicRead) return
      setResultAndStopExecution({ errors: [noAnonymousReading()] })
    },
  }
}

function noAnonymousReading(): GraphQLError {
  return signInFirst({
    en: 'this deployment serves no anonymous callers (CHIDAO_PUBLIC_READ)',
    vi: 'hệ thống không phục vụ người dùng ẩn danh (CHIDAO_PUBLIC_READ)',
  })
}
