import type { Indicator } from '@chidao/domain'
import type { Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { assessmentAggregatesSql, toIndicators } from './assessment-row.js'

/**
 * The indicators of assessments, by assessment id, read as the repository reads them (one
 * statement, the same aggregate): for a bundle's export and the importer's comparison.
 */
export async function readIndicators(
  trx: Transaction<ChidaoSchema>,
  tenantId: string,
  assessmentIds: readonly string[],
): Promise<Map<string, readonly Indicator[]>> {
  const result = new Map<string, readonly Indicator[]>()
  if (assessmentIds.length === 0) return result
  const rows = await trx
    .selectFrom('assessment')
    .select(['assessment.id', assessmentAggregatesSql().indicators.as('indicators')])
    .where('assessment.tenant_id', '=', tenantId)
    .where('assessment.id', 'in', assessmentIds)
    .execute()
  for (const row of rows) result.set(row.id, toIndicators(row.indicators))
  return result
}
