import { cleanText } from '../text/nfc.js'
import { searchKey } from '../text/search-key.js'
import { looksLikeOrganization } from './organization-names.js'
import type { SectionNode, SectionTree } from './section-tree.js'
import type { TaskCandidate } from './task-candidate.js'
import { type ReadPhrase, readTaskRoles, TASK_VERBS } from './task-roles.js'
import { taskTitle } from './task-title.js'

// Headings of the parts that hold tasks (search keys), and of those that never do.
const TASK_PART = /nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem thuc hien/u
const NOT_TASK_PART = /^(?:muc dich|muc tieu|yeu cau|tinh hinh|ket qua|danh gia|quan diem)/u

/** Whether a heading names a part that holds tasks ("II. NHIỆM VỤ VÀ GIẢI PHÁP"). */
export function isTaskPart(heading: string): boolean {
  const key = searchKey(heading)
  return key.length < 160 && TASK_PART.test(key) && !NOT_TASK_PART.test(key)
}

const ANNEX_POINTER = /(?:theo|tại|tại các)\s+phụ lục(?:\s+(?:số\s+)?[\dIVX]+)?\s+kèm theo\.?$/iu

// "a) Cơ quan chủ trì: Sở Tư pháp.", "c) Thời gian thực hiện: Quý II/2026": a field of the task
// above, not a task.
const FIELD =
  /^(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|hình thức|nội dung|kinh phí)[^:]{0,30}:/iu

const numbered = (n: SectionNode) =>
  n.label.kind !== 'DASH' && n.label.kind !== 'PLUS' && !FIELD.test(n.text)

// Every word of a part: its heading, its paragraphs, its bullets (not its numbered parts).
function wordsOf(node: SectionNode): string {
  const bullets = node.children.filter((c) => !numbered(c)).map(wordsOf)
  return [node.text, ...node.body.map((p) => p.text), ...bullets].join('\n')
}

// "Sở Nội vụ: chủ trì…", "Ban Tổ chức Tỉnh ủy tham mưu…": a part headed by its lead.
const HEADING_LEAD = new RegExp(
  `^([^:.;(]{3,120}?)(?:\\s*:|(?<!,)\\s+(?=(?:${TASK_VERBS}|có trách nhiệm|chủ động|căn cứ|phối hợp)(?![\\p{L}])))`,
  'u',
)

function headingLead(text: string): ReadPhrase | null {
  const m = HEADING_LEAD.exec(cleanText(text))
  if (m === null || !looksLikeOrganization(m[1]!)) return null
  return { text: m[1]!.trim(), confidence: m[0].trim().endsWith(':') ? 0.9 : 0.7 }
}

function candidate(
  node: SectionNode,
  reference: string,
  inherited: ReadPhrase | null,
): TaskCandidate {
  const words = wordsOf(node)
  const roles = readTaskRoles(words)
  // Under a part headed by its lead ("3. Ủy ban nhân dân các xã, phường:"), a "giao …" inside
  // an item hands on a step, not the task: the part's lead stays.
  const weak = roles.lead !== null && roles.lead.confidence < 0.8 && inherited !== null
  const ownLead = weak ? null : (roles.lead ?? headingLead(node.text))
  const lead = ownLead ?? (inherited && { ...inherited, confidence: inherited.confidence * 0.8 })
  const headed = HEADING_LEAD.exec(cleanText(node.text))
  // "Sở Nội vụ: chủ trì…": the title is in the words after the lead.
  const heading = headed?.[0] ?? ''
  const headedByLead = heading.trim().endsWith(':') && headingLead(node.text) !== null
  const titleFrom = headedByLead ? node.text.slice(heading.length) : node.text
  const firstLine = node.body[0]?.text ?? node.children.find((c) => !FIELD.test(c.text))?.text ?? ''
  const title = taskTitle(titleFrom, ownLead?.text) || taskTitle(firstLine) || cleanText(node.text)
  return {
    reference,
    title,
    description: words
      .split('\n')
      .slice(1)
      .map(cleanText)
      .filter((l) => l !== '')
      .join('\n'),
    place: node.place,
    from: 'TEXT',
    roles: { ...roles, lead },
  }
}

function tasksOf(node: SectionNode, inherited: ReadPhrase | null, out: TaskCandidate[]): void {
  const parts = node.children.filter(numbered)
  if (parts.length > 0) {
    // A part with sub-parts is a group: its lead, if it names one, leads the sub-parts that name none.
    const own =
      readTaskRoles([node.text, ...node.body.map((p) => p.text)].join('\n')).lead ??
      headingLead(node.text)
    for (const part of parts) tasksOf(part, own ?? inherited, out)
    return
  }
  // "3. Các nhiệm vụ khác: theo Phụ lục kèm theo" points to the annex, whose rows are the tasks.
  if (ANNEX_POINTER.test(node.text) && node.body.length === 0) return
  out.push(candidate(node, node.path.join('.'), inherited))
}

// A task part without numbered items whose bullets each name a lead: each such bullet a task.
function bulletTasks(zone: SectionNode, out: TaskCandidate[]): void {
  const bullets = zone.children.filter((c) => !numbered(c))
  bullets.forEach((bullet, i) => {
    const task = candidate(bullet, [...zone.path, String(i + 1)].join('.'), null)
    if (task.roles.lead !== null) out.push(task)
  })
}

/**
 * The tasks written in a programme's text: within each part whose heading names tasks
 * ("NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "phân công"), every numbered item without
 * numbered items under it, its reference its number path ("II.2.b"). A group's lead ("1. Ban
 * Tuyên giáo Tỉnh ủy chủ trì: a)… b)…") leads its items that name none. A task part with
 * bullets only gives a task for each bullet that names a lead, numbered in order ("IV.2").
 *
 * @example
 * ```ts
 * textTasks(buildSectionTree(document.blocks)).map((t) => t.reference) // ['II.1', 'II.2.a', …]
 * ```
 */
export function textTasks(tree: SectionTree): TaskCandidate[] {
  const out: TaskCandidate[] = []
  const visit = (node: SectionNode, depth: number) => {
    if (!numbered(node)) return
    if (isTaskPart(node.text)) {
      const before = out.length
      for (const part of node.children.filter(numbered)) tasksOf(part, null, out)
      if (out.length === before) bulletTasks(node, out)
      return
    }
    // A part under another heading ("II. NỘI DUNG") whose items name their leads holds tasks too.
    const found: TaskCandidate[] = []
    if (!NOT_TASK_PART.test(searchKey(node.text))) {
      for (const part of node.children.filter(numbered)) tasksOf(part, null, found)
    }
    const led = found.filter((t) => t.roles.lead !== null).length
    if (found.length >= 2 && led * 2 >= found.length) {
      out.push(...found)
      return
    }
    if (depth < 2) for (const child of node.children) visit(child, depth + 1)
  }
  for (const root of tree.roots) visit(root, 0)
  return out
}
