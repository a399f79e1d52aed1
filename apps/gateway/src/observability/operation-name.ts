import { type DocumentNode, getOperationAST } from 'graphql'

/**
 * The name of the operation a request runs, from the parsed document (never the client's
 * `operationName` alone, which could be anything); null for an anonymous operation or none.
 */
export function operationNameOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): string | null {
  return getOperationAST(document, operationName)?.name?.value ?? null
}
