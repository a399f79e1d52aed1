import type { BundleImportReport } from '@chidao/app'

/** The kinds of record an import counts, as a sentence names them. */
const KINDS = {
  organizations: ['organisation', 'organisations'],
  memberships: ['membership', 'memberships'],
  directives: ['directive', 'directives'],
  relations: ['relation', 'relations'],
  tasks: ['task', 'tasks'],
  progressReports: ['progress report', 'progress reports'],
  assessments: ['assessment', 'assessments'],
} as const satisfies Record<Exclude<keyof BundleImportReport, 'tenantId'>, readonly string[]>

/**
 * One line saying what an import wrote where: how many records of each kind were created and
 * updated, and how many were left as they were. For a dry run (`report.dryRun`), what the
 * import would do, and that nothing was written.
 *
 * @example
 * ```ts
 * describeImport(report, 'tinh-abc.yaml', 'PGlite at .chidao/data')
 * // 'Imported tinh-abc.yaml into tenant tinh-abc (PGlite at .chidao/data): created 11
 * //  organisations, 2 tasks; updated nothing; 0 records unchanged'
 * ```
 */
export function describeImport(
  report: BundleImportReport & { readonly dryRun?: boolean },
  source: string,
  location: string,
): string {
  const kinds = Object.entries(KINDS).map(([key, [one, many]]) => ({
    label: (n: number) => `${n} ${n === 1 ? one : many}`,
    counts: report[key as keyof typeof KINDS],
  }))
  const listed = (field: 'created' | 'updated') =>
    kinds
      .filter(({ counts }) => counts[field] > 0)
      .map(({ counts, label }) => label(counts[field]))
      .join(', ') || 'nothing'
  const unchanged = kinds.reduce((sum, { counts }) => sum + counts.unchanged, 0)
  if (report.dryRun) {
    return `Checked ${source} against tenant ${report.tenantId} (${location}): would create ${listed('created')}; would update ${listed('updated')}; ${unchanged} records unchanged; nothing was written (dry run)`
  }
  return `Imported ${source} into tenant ${report.tenantId} (${location}): created ${listed('created')}; updated ${listed('updated')}; ${unchanged} records unchanged`
}
