import type { ProgressReport, ProgressReportId } from '@chidao/domain'
import type { TaskReader } from '../ports/task-store.js'
import { defineUseCase, type UseCaseContext } from '../use-case/use-case.js'

/** The ports the progress report loaders call. */
export interface LoadProgressReportsPorts {
  readonly tasks: Pick<TaskReader, 'progressReportsByIds' | 'correctionsOf'>
}

/**
 * Progress reports by id, in the order asked, `null` where there is none the caller may see (a
 * report on a task above their clearance is absent): one statement for every id of a batch.
 *
 * @example
 * ```ts
 * const result = await loadProgressReportsByIds(context, { ids })
 * ```
 */
export const loadProgressReportsByIds = defineUseCase({
  name: 'loadProgressReportsByIds',
  errors: [],
  run: (
    context: UseCaseContext<LoadProgressReportsPorts>,
    input: { readonly ids: readonly ProgressReportId[] },
  ): Promise<readonly (ProgressReport | null)[]> =>
    context.ports.tasks.progressReportsByIds(input.ids),
})

/**
 * The report correcting each of these reports, where one does: one statement for a batch.
 *
 * @example
 * ```ts
 * const result = await loadCorrections(context, { ids })
 * if (result.ok) result.value.get(ids[0]) ?? null // its correction, if any
 * ```
 */
export const loadCorrections = defineUseCase({
  name: 'loadCorrections',
  errors: [],
  run: (
    context: UseCaseContext<LoadProgressReportsPorts>,
    input: { readonly ids: readonly ProgressReportId[] },
  ): Promise<ReadonlyMap<ProgressReportId, ProgressReport>> =>
    context.ports.tasks.correctionsOf(input.ids),
})
