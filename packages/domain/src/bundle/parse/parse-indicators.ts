import type { AssessmentInput } from '../../assessment/validate-assessment.js'
import type { ErrorPath } from '../../domain-error.js'
import type { BundleIndicatorInput } from '../bundle.js'
import type { BundleReader } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'

/** The fields of an indicator of an assessment (chỉ tiêu). */
export const INDICATOR_FIELDS = fieldsOf<BundleIndicatorInput>({
  name: 'required',
  unit: 'required',
  baseline: 'optional',
  periods: 'optional',
  evidence: 'optional',
})

/** The fields of an indicator's baseline. */
export const BASELINE_FIELDS = fieldsOf<NonNullable<BundleIndicatorInput['baseline']>>({
  value: 'required',
  date: 'optional',
})

/** The fields of one period of an indicator: target and actual. */
export const INDICATOR_PERIOD_FIELDS = fieldsOf<
  NonNullable<BundleIndicatorInput['periods']>[number]
>({
  from: 'required',
  to: 'required',
  target: 'optional',
  actual: 'optional',
})

/** An indicator as the domain's validator takes it. */
export type IndicatorInput = NonNullable<AssessmentInput['indicators']>[number]

/**
 * Reads an indicator of an assessment, placeholders standing for what could not be read (it is
 * reported); what it says is checked with the assessment (`validateAssessment`).
 *
 * @example
 * ```ts
 * reader.list(record, 'indicators', path, (item, itemPath) => readIndicator(reader, item, itemPath))
 * ```
 */
export function readIndicator(
  reader: BundleReader,
  item: unknown,
  path: ErrorPath,
): IndicatorInput | undefined {
  const record = reader.record(item, path, INDICATOR_FIELDS)
  if (record === undefined) return undefined
  const name = reader.field(record, 'name', path, 'string')
  const unit = reader.field(record, 'unit', path, 'string')
  const baselineRecord = reader.field(record, 'baseline', path, 'object')
  let baseline: IndicatorInput['baseline'] = null
  if (baselineRecord !== undefined) {
    const bPath = [...path, 'baseline']
    const b = reader.record(baselineRecord, bPath, BASELINE_FIELDS)
    const value = reader.field(b, 'value', bPath, 'number')
    const date = reader.field(b, 'date', bPath, 'date')
    baseline = { value: value ?? 0, date: date ?? null }
  }
  const periods = reader.list(record, 'periods', path, (p, pPath) => {
    const r = reader.record(p, pPath, INDICATOR_PERIOD_FIELDS)
    return {
      from: reader.field(r, 'from', pPath, 'date') ?? '2000-01-01',
      to: reader.field(r, 'to', pPath, 'date') ?? '2000-01-01',
      target: reader.field(r, 'target', pPath, 'number') ?? null,
      actual: reader.field(r, 'actual', pPath, 'number') ?? null,
    }
  })
  const evidence = reader
    .list(record, 'evidence', path, (e, ePath) => reader.value(e, ePath, 'string'))
    .map((e) => (typeof e === 'string' ? e : 'x'))
  return { name: name ?? 'x', unit: unit ?? 'x', baseline, periods, evidence }
}
