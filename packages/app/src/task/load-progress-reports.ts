import type { ProgressReport, ProgressReportId } from '@chidao/domain'
import type { TaskReader } from '../ports/task-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

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
export const loadProgressReportsByIds = defineBatchedRead(
  'loadProgressReportsByIds',
  (
    ports: LoadProgressReportsPorts,
    input: { readonly ids: readonly ProgressReportId[] },
  ): Promise<readonly (ProgressReport | null)[]> => ports.tasks.progressReportsByIds(input.ids),
)

/**
 * The report correcting each of these reports, where one does: one statement for a batch.
 *
 * @example
 * ```ts
 * const result = await loadCorrections(context, { ids })
 * if (result.ok) result.value.get(ids[0]) ?? null // its correction, if any
 * ```
 */
export const loadCorrections = defineBatchedRead(
  'loadCorrections',
  (
    ports: LoadProgressReportsPorts,
    input: { readonly ids: readonly ProgressReportId[] },
  ): Promise<ReadonlyMap<ProgressReportId, ProgressReport>> => ports.tasks.correctionsOf(input.ids),
)
