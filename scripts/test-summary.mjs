#!/usr/bin/env node
// Prints one line adding up the Vitest JSON reports of every package:
// "<label>: N passed, N failed, N skipped". Exits 1 when a test failed or none ran.
import { readFile } from 'node:fs/promises'

const label = (process.argv[2] ?? 'tests').replace(/\s+/g, '-')
const packages = [
  'packages/domain',
  'packages/app',
  'packages/db',
  'packages/report-docx',
  'packages/spreadsheet',
  'packages/notify',
  'packages/intake',
  'apps/gateway',
]
let passed = 0
let failed = 0
let skipped = 0
for (const dir of packages) {
  const file = new URL(`../${dir}/.vitest-results.json`, import.meta.url)
  const report = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'))
  if (!report) {
    console.error(`${dir}: no test report (.vitest-results.json)`)
    failed += 1
    continue
  }
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
}
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
