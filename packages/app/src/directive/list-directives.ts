import type { Directive, Page, PageRequest } from '@chidao/domain'
import type { DirectiveFilter, DirectiveOrder, DirectiveReader } from '../ports/directive-store.js'
import type { UseCaseContext, UseCaseResult } from '../use-case/use-case.js'
import { runUseCase } from '../use-case/use-case.js'

/** Which documents to list, and in which order. */
export interface ListDirectivesInput extends PageRequest {
  /** Every given field must match. */
  readonly filter?: DirectiveFilter | null
  /** Default: `ISSUED_DESC`, the newest first. */
  readonly orderBy?: DirectiveOrder | null
}

/** What {@link listDirectives} may fail with: nothing (a cursor of another list is a bug). */
export const LIST_DIRECTIVES_ERRORS = [] as const

/** A code {@link listDirectives} may fail with. */
export type ListDirectivesError = (typeof LIST_DIRECTIVES_ERRORS)[number]

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
export function listDirectives(
  context: UseCaseContext<ListDirectivesPorts>,
  input: ListDirectivesInput,
): Promise<UseCaseResult<Page<Directive>, ListDirectivesError>> {
  return runUseCase('listDirectives', LIST_DIRECTIVES_ERRORS, () =>
    context.ports.directives.list({
      first: input.first,
      after: input.after,
      last: input.last,
      before: input.before,
      filter: input.filter ?? null,
      orderBy: input.orderBy ?? 'ISSUED_DESC',
    }),
  )
}
