/**
 * A smoke check of the urging benchmark's data generator, out of `npm test` (no package runs
 * it): the bundle holds what the counts say, read back from the tasks themselves, and
 * `parseBundle` accepts it.
 * `node --conditions=@chidao/source --import tsx --test bench/urging/generate-urging.test.ts`
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseBundle } from '@chidao/domain'
import { generateUrgingDataset, URGING_DATASET, URGING_DAY } from './generate-urging.js'

/** `chậm nhất ngày 7/12/2026` → `2026-12-07`. */
function dueOf(deadline: string): string {
  const [d, m, y] = (deadline.match(/(\d+)\/(\d+)\/(\d+)$/) ?? []).slice(1).map(Number)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

test('the urging dataset has 10,000 tasks, 2,000 of them overdue, across 150 organisations', () => {
  const { bundle, counts } = generateUrgingDataset(URGING_DATASET, 42)
  const tasks = bundle.tasks ?? []
  const open = tasks.filter((t) => t.status !== 'COMPLETED')
  const late = open
    .map((t) => daysBetween(dueOf(t.deadline ?? ''), URGING_DAY))
    .filter((days) => days > 0)
  const ahead = open
    .map((t) => daysBetween(URGING_DAY, dueOf(t.deadline ?? '')))
    .filter((days) => days > 0)
  assert.equal(bundle.organizations?.length, 150)
  assert.equal(tasks.length, 10_000)
  assert.equal(late.length, 2_000)
  assert.equal(counts.overdue, 2_000)
  assert.equal(late.filter((d) => d === 14).length, counts.escalated)
  // Every other overdue task falls on an overdue repeat day (1, 8, 15 … days late).
  assert.ok(late.every((d) => d === 14 || d % 7 === 1))
  assert.equal(ahead.length, counts.dueLater)
  assert.equal(ahead.filter((d) => d === 1 || d === 7).length, counts.dueSoon)
  assert.equal(tasks.length - open.length, counts.completed)
  assert.ok(
    tasks
      .filter((t) => t.status === 'COMPLETED')
      .every((t) => (t.completedOn ?? '9999') < URGING_DAY),
  )
  // Spread: most organisations lead some task.
  assert.ok(new Set(tasks.map((t) => t.lead)).size >= 100)
  const parsed = parseBundle(bundle)
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error[0]?.message)
})
