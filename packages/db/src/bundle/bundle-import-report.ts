import type { BundleImportReport, ImportCounts } from '@chidao/app'

// The report is the app's (its `BundleStore` port returns it); named here too, as before.
export type { BundleImportReport, ImportCounts } from '@chidao/app'

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
