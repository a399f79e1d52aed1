import { loadCorrections, loadProgressReportsByIds } from '@chidao/app'
import type { ProgressReport, ProgressReportId } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { nodeLoader } from './node-loader.js'

/**
 * Reports by id, for the batched load of the node `ProgressReport`: one statement for every id
 * asked in a tick. A report on a task the caller may not see is not found, as an absent one.
 */
export const loadProgressReports = nodeLoader('ProgressReport', loadProgressReportsByIds)

async function reportsByIds(
  context: GatewayContext,
  ids: readonly ProgressReportId[],
): Promise<readonly (ProgressReport | null)[]> {
  return queryResultOf(await loadProgressReportsByIds(useCaseContext(context), { ids }))
}

/**
 * Reports by id and the corrections of reports, each batched into one statement per tick.
 * Not cached, so a field resolved after a mutation in the same request sees its report.
 */
const reportsById = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<ProgressReportId, ProgressReport | null>(
      async (ids) => reportsByIds(context, ids),
      { cache: false },
    ),
)
const correctionsOf = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<ProgressReportId, ProgressReport | null>(
      async (ids) => {
        const corrections = queryResultOf(await loadCorrections(useCaseContext(context), { ids }))
        return ids.map((id) => corrections.get(id) ?? null)
      },
      { cache: false },
    ),
)

/** The report with this id, or `null` where there is none the caller may see (batched). */
export function progressReportById(
  context: GatewayContext,
  id: ProgressReportId,
): Promise<ProgressReport | null> {
  return reportsById(context).load(id)
}

/** The report correcting this one, or `null` while it is in force (batched). */
export function correctionOfProgressReport(
  context: GatewayContext,
  id: ProgressReportId,
): Promise<ProgressReport | null> {
  return correctionsOf(context).load(id)
}
