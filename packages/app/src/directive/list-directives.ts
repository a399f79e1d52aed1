import type { DirectiveFilter, DirectiveOrder, DirectiveReader } from '../ports/directive-store.js'
import { defineListUseCase } from '../use-case/define-list-use-case.js'
import type { ListInput } from '../use-case/list-request-of.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'

/**
 * Which documents to list, and in which order: every given field of the filter must match; the
 * order by default `ISSUED_DESC`, the newest first.
 */
export type ListDirectivesInput = ListInput<DirectiveFilter, DirectiveOrder>

/** The ports {@link listDirectives} calls. */
export interface ListDirectivesPorts {
  readonly directives: Pick<DirectiveReader, 'list'>
}

/**
 * Lists the documents of the tenant the caller may see (danh mục văn bản), filtered and
 * ordered, newest first unless told otherwise, with the total of the filtered list. A document
 * above the caller's clearance is not counted, as if it did not exist.
 *
 * @example
 * ```ts
 * const result = await listDirectives(context, { filter: { kind: ['CONCLUSION'] }, first: 10 })
 * if (result.ok) result.value.totalCount
 * ```
 */
export const listDirectives = defineListUseCase(
  'listDirectives',
  'ISSUED_DESC',
  (ports: ListDirectivesPorts) => ports.directives,
)

/** What {@link listDirectives} may fail with: nothing (a cursor of another list is a bug). */
export const LIST_DIRECTIVES_ERRORS = listDirectives.errors

/** A code {@link listDirectives} may fail with. */
export type ListDirectivesError = UseCaseErrorOf<typeof listDirectives>
