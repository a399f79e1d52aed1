/**
 * The dataset of the urging (đôn đốc) benchmark: one province's organisations and documents
 * from the national benchmark's generator (150 organisations, 400 directives, seeded), with a
 * task list of its own whose deadlines are placed around {@link URGING_DAY}:
 *
 * - `overdue` open tasks due before the day. Most are late by 1, 8, 15 … 85 days (the day after
 *   the due day, then every 7 days: each is owed an OVERDUE reminder on the day); a tenth are
 *   late by exactly 14 days (each escalated on the day to its monitoring body and its lead's
 *   parent, and owed no overdue repeat that day). This is a heavy day: on an ordinary day only
 *   about a seventh of the overdue tasks fall on a repeat.
 * - open tasks due later (1 to 180 days ahead; those 1 or 7 days ahead are due-soon reminders);
 * - completed tasks (done before the day, whatever their deadline), never urged.
 *
 * Reporting rules and secrecy are removed from the documents: the work measured is the tasks',
 * and every message may go to a channel of the lowest clearance. Leads are drawn per document
 * from the organisations the national generator assigns it, so tasks spread over the tree.
 *
 * Run alone to print the counts:
 * `node --conditions=@chidao/source --import tsx bench/urging/generate-urging.ts`
 */
import type { BundleInput, BundleTaskInput } from '@chidao/domain'
import { isMain } from '../lib/command-line.js'
import { seededRandom } from '../lib/random.js'
import { generateProvince } from '../national/generate.js'

/** The day planned and delivered: a Monday, no public holiday. */
export const URGING_DAY = '2026-12-07'

/** The tenant the bundle is for. */
export const URGING_TENANT = 'bench-urging'

/** The sizes of the dataset. */
export interface UrgingDatasetSize {
  readonly tasks: number
  readonly overdue: number
  /** Of the tasks not overdue, the share completed (the rest are due later). */
  readonly completedShare: number
}

/** The sizes the issue asks for: 10,000 tasks, 2,000 overdue, 150 organisations. */
export const URGING_DATASET: UrgingDatasetSize = {
  tasks: 10_000,
  overdue: 2_000,
  completedShare: 0.375,
}

/** What the generator made, by kind: the smoke check and the report read it. */
export interface UrgingDatasetCounts {
  readonly organizations: number
  readonly directives: number
  readonly tasks: number
  readonly overdue: number
  /** Overdue tasks late by exactly the escalation delay (14 days) on the day. */
  readonly escalated: number
  readonly dueLater: number
  /** Due later, 1 or 7 days ahead: a due-soon reminder on the day. */
  readonly dueSoon: number
  readonly completed: number
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** `chậm nhất ngày 7/12/2026`, as a document writes a day deadline. */
function deadlineText(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return `chậm nhất ngày ${d}/${m}/${y}`
}

/**
 * The bundle of the urging benchmark and its counts, the same for the same seed and size.
 *
 * @example
 * ```ts
 * const { bundle, counts } = generateUrgingDataset(URGING_DATASET, 42)
 * counts.overdue // 2000
 * ```
 */
export function generateUrgingDataset(
  size: UrgingDatasetSize,
  seed: number,
): { bundle: BundleInput; counts: UrgingDatasetCounts } {
  const province = generateProvince('Minh Họa', 1, seed)
  const r = seededRandom(seed * 104_729 + 7)
  // Per document (by its bundle ref), who its tasks go to and who monitors them.
  const assigned = new Map<string, { leads: string[]; monitors: string[] }>()
  for (const t of province.tasks ?? []) {
    const entry = assigned.get(t.directive) ?? { leads: [], monitors: [] }
    entry.leads.push(t.lead)
    if (t.monitor) entry.monitors.push(t.monitor)
    assigned.set(t.directive, entry)
  }
  const refs = [...assigned.keys()]
  const nextReference = new Map<string, number>()
  const tasks: BundleTaskInput[] = []
  let escalated = 0
  let dueSoon = 0
  let completed = 0
  for (let i = 0; i < size.tasks; i++) {
    const directive = r.pick(refs)
    const { leads, monitors } = assigned.get(directive)!
    const n = (nextReference.get(directive) ?? 0) + 1
    nextReference.set(directive, n)
    let due: string
    let status: string
    let completedOn: string | null = null
    if (i < size.overdue) {
      // A tenth late by exactly 14 days (escalation), the rest on an overdue repeat day.
      const late = r.chance(0.1) ? 14 : 1 + 7 * r.int(0, 12)
      if (late === 14) escalated++
      due = addDays(URGING_DAY, -late)
      status = r.chance(0.7) ? 'IN_PROGRESS' : 'NOT_STARTED'
    } else if (r.chance(size.completedShare)) {
      due = addDays(URGING_DAY, r.int(-200, 120))
      status = 'COMPLETED'
      completedOn = addDays(URGING_DAY, -r.int(1, 60))
      completed++
    } else {
      const ahead = r.int(1, 180)
      if (ahead === 1 || ahead === 7) dueSoon++
      due = addDays(URGING_DAY, ahead)
      status = 'IN_PROGRESS'
    }
    const lead = r.pick(leads)
    const monitor = monitors.length > 0 && r.chance(0.5) ? r.pick(monitors) : null
    tasks.push({
      directive,
      reference: `ĐĐ.${n}`,
      title: `Nhiệm vụ đôn đốc số ${i + 1}: triển khai nội dung ${pad2((i % 97) + 1)} của văn bản`,
      lead,
      ...(monitor && monitor !== lead ? { monitor } : {}),
      deadline: deadlineText(due),
      status,
      ...(completedOn ? { completedOn } : {}),
    })
  }
  // Shuffled so overdue tasks are not the first rows of every table.
  for (let i = tasks.length - 1; i > 0; i--) {
    const j = r.int(0, i)
    ;[tasks[i], tasks[j]] = [tasks[j]!, tasks[i]!]
  }
  const bundle: BundleInput = {
    format: 'chidao-bundle',
    version: 1,
    tenant: { id: URGING_TENANT, name: 'Tỉnh Minh Họa (dữ liệu tổng hợp, đo đôn đốc)' },
    title: 'Đôn đốc thực hiện nhiệm vụ — dữ liệu tổng hợp cho đo hiệu năng',
    source: `synthetic: bench/urging/generate-urging.ts seed ${seed}`,
    organizations: province.organizations ?? [],
    memberships: province.memberships ?? [],
    directives: (province.directives ?? []).map(({ reportingRule: _rule, ...d }) => ({
      ...d,
      secrecy: 'PUBLIC',
    })),
    relations: province.relations ?? [],
    tasks,
  }
  return {
    bundle,
    counts: {
      organizations: bundle.organizations?.length ?? 0,
      directives: bundle.directives?.length ?? 0,
      tasks: tasks.length,
      overdue: Math.min(size.overdue, size.tasks),
      escalated,
      dueLater: tasks.length - Math.min(size.overdue, size.tasks) - completed,
      dueSoon,
      completed,
    },
  }
}

if (isMain(import.meta.url)) {
  const { counts } = generateUrgingDataset(URGING_DATASET, 42)
  console.log(counts)
}
