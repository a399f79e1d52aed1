import type { BundleImportReport } from '@chidao/app'

/** One line per kind of record: how many were created, updated and left unchanged. */
export function describeImport(report: BundleImportReport): string {
  const lines = [`Tenant ${report.tenantId}:`]
  for (const [kind, counts] of Object.entries(report)) {
    if (typeof counts !== 'object' || counts === null) continue
    lines.push(
      `  ${kind.padEnd(16)} ${String(counts.created).padStart(6)} created ${String(counts.updated).padStart(6)} updated ${String(counts.unchanged).padStart(6)} unchanged`,
    )
  }
  return lines.join('\n')
}
