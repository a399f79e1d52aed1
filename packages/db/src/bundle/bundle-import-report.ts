/** What an import did to one kind of record. */
export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}

/** What an import did, per kind of record. Re-importing the same bundle changes nothing. */
export interface BundleImportReport {
  readonly tenantId: string
  readonly organizations: ImportCounts
  readonly memberships: ImportCounts
  readonly directives: ImportCounts
  readonly relations: ImportCounts
  readonly tasks: ImportCounts
  readonly progressReports: ImportCounts
  readonly assessments: ImportCounts
}

/** Zero counts, to fill in. */
export function emptyCounts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0 }
}

/** Total of records created or updated. */
export function changedCount(report: BundleImportReport): number {
  return Object.values(report).reduce(
    (sum, counts) =>
      typeof counts === 'object' && counts !== null ? sum + counts.created + counts.updated : sum,
    0,
  )
}
