import type { Indicator } from '@chidao/domain'
import type { Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { indicatorColumns } from './assessment-columns.js'

/**
 * Inserts an assessment's indicators, then their periods: a statement each, none when there
 * are none. The repository and the bundle importer write them so.
 */
export async function insertIndicators(
  trx: Transaction<ChidaoSchema>,
  tenantId: string,
  assessmentId: string,
  indicators: readonly Indicator[],
): Promise<void> {
  const rows = indicatorColumns(indicators)
  const owner = { tenant_id: tenantId, assessment_id: assessmentId }
  if (rows.indicators.length === 0) return
  await trx
    .insertInto('assessment_indicator')
    .values(rows.indicators.map((row) => ({ ...owner, ...row })))
    .execute()
  if (rows.periods.length > 0) {
    await trx
      .insertInto('assessment_indicator_period')
      .values(rows.periods.map((row) => ({ ...owner, ...row })))
      .execute()
  }
}
