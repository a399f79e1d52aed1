import type { BundleDirectiveInput, BundleInput, BundleTaskInput } from '../bundle/bundle.js'
import { parseBundle } from '../bundle/parse-bundle.js'
import { deadlineWarnings } from '../deadline/deadline-warnings.js'
import { parseDeadline } from '../deadline/parse-deadline.js'
import type { ErrorPath } from '../domain-error.js'
import { parseReportingRule } from '../reporting/reporting-rule.js'
import { parseDocumentSymbol } from '../symbol/document-symbol.js'
import { dissolvedOrganizationDoubt } from './dissolved-organization-doubt.js'
import { readDocumentHeader } from './document-header.js'
import type { Draft, DraftDoubt, DraftFinding, DraftInput, DraftTask } from './draft.js'
import { type DraftedDocument, documentsOfDraft } from './draft-documents.js'
import { DraftOrganizations, type ResolvedOrganization } from './draft-organizations.js'
import type { SourcePlace } from './intake-document.js'
import { isDissolved } from './organization-matcher.js'
import { splitOrganizationNames } from './organization-names.js'
import { buildSectionTree } from './section-tree.js'
import type { TaskCandidate } from './task-candidate.js'
import { tableTasks } from './task-table.js'
import { textTasks } from './text-tasks.js'

/** Below this, a value is listed for the reviewer to check. */
export const DRAFT_LOW_CONFIDENCE = 0.7

const ISSUER_STAND_IN = 'CHUA-RO-CO-QUAN-BAN-HANH'

class DraftNotes {
  readonly findings: DraftFinding[] = []
  readonly doubts: DraftDoubt[] = []

  found(path: ErrorPath, value: string, confidence: number, place: SourcePlace): void {
    this.findings.push({ path, value, confidence, place })
    if (confidence < DRAFT_LOW_CONFIDENCE) {
      this.doubt('LOW_CONFIDENCE', path, place, {
        en: `"${value}" was read with confidence ${confidence.toFixed(2)}: check it`,
        vi: `"${value}" đọc được với độ tin cậy ${confidence.toFixed(2)}: cần kiểm tra`,
      })
    }
  }

  doubt(
    code: DraftDoubt['code'],
    path: ErrorPath,
    place: SourcePlace | null,
    message: DraftDoubt['message'],
  ) {
    this.doubts.push({ code, path, place, message })
  }
}

function candidatesOf(input: DraftInput): TaskCandidate[] {
  const tree = buildSectionTree(input.document.blocks)
  const fromText = textTasks(tree)
  const tables = input.document.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []))
  const fromTables = tables
    .map((t, i) => tableTasks(t, tables.length > 1 ? `PL${i + 1}` : 'PL'))
    .filter((t) => t !== null)
  return [...fromText, ...fromTables.flat()]
}

const HEADER_PARTS = [
  ['symbol', 'số, ký hiệu', 'symbol'],
  ['issuedOn', 'ngày ban hành', 'date of issue'],
  ['issuer', 'cơ quan ban hành', 'issuer'],
  ['title', 'trích yếu', 'title'],
] as const

/** What the header or the cells say of a document: each value found, or a doubt where none is. */
function documentDoubts(document: DraftedDocument, index: number, notes: DraftNotes): void {
  const { naming, symbol } = document
  for (const [field, vi, en] of HEADER_PARTS) {
    const path = ['directives', index, field]
    const found = naming[field]
    if (found !== null) notes.found(path, String(found.value), found.confidence, found.place)
    else if (document.fromHeader) {
      notes.doubt('HEADER_NOT_FOUND', path, document.place, {
        en: `The document's ${en} was not found in its header: fill it in`,
        vi: `Không tìm thấy ${vi} ở phần đầu văn bản: cần điền`,
      })
    } else {
      notes.doubt('HEADER_NOT_FOUND', path, document.place, {
        en: `The ${en} of ${symbol} is not in the table that names it: fill it in`,
        vi: `Bảng ghi văn bản ${symbol} không ghi ${vi}: cần điền`,
      })
    }
  }
}

/** A directive of the draft: what the bundle carries, and what its tasks are drafted with. */
interface DraftedDirective extends DirectiveFacts {
  readonly input: BundleDirectiveInput
}

function draftDirective(
  document: DraftedDocument,
  index: number,
  orgs: DraftOrganizations,
  notes: DraftNotes,
): DraftedDirective {
  documentDoubts(document, index, notes)
  const { naming, symbol } = document
  const issuer =
    naming.issuer === null ? null : orgs.resolve(naming.issuer.value, naming.issuer.place)
  const issuerCode = issuer?.code ?? ISSUER_STAND_IN
  const parsed = symbol === '' ? null : parseDocumentSymbol(symbol)
  const year = naming.issuedOn
    ? Number(naming.issuedOn.value.slice(0, 4))
    : ((parsed?.ok ? parsed.value.year : null) ?? undefined)
  const input: BundleDirectiveInput = {
    symbol,
    issuer: issuerCode,
    issuedOn: naming.issuedOn?.value ?? '',
    title: naming.title?.value ?? '',
    ...(naming.kind ? { kind: naming.kind.value } : {}),
  }
  return { symbol, issuerCode, year, input }
}

/**
 * Drafts a bundle from a programme or plan read into an {@link DraftInput.document}: the
 * directive from its header, a task for each numbered item of its task parts and each row of
 * its task tables, leads, coordinators and reporting recipients matched with the tenant's
 * organisations (new ones proposed for names that match none), deadlines as written and parsed
 * with the document's year. A table whose document column ("Văn bản", "Số, ký hiệu văn bản")
 * names other documents — the workbook of an organisation lists the tasks of every directive
 * it leads — drafts each of them as a directive of its own (symbol and kind from the cell, the
 * rest where the cell says it) with its rows as its tasks. Pure: nothing is stored. The draft
 * is checked with `parseBundle` (`validated`); every value comes with its confidence and source
 * place (`findings`), and what the rules were unsure of is listed (`doubts`): low confidence,
 * unmatched organisations, tasks given to a dissolved body (kept, with its successors named),
 * deadlines parsed with a warning, tasks without a lead (given the issuer as a stand-in), a
 * document cell that names no document.
 *
 * @example
 * ```ts
 * const draft = draftBundleFromDocument({ document, tenant: { id: 'demo', name: 'Demo' }, organizations })
 * draft.validated.ok // true when the draft imports as it is
 * draft.doubts.length // what the reviewer should check first
 * ```
 */
export function draftBundleFromDocument(input: DraftInput): Draft {
  const notes = new DraftNotes()
  const orgs = new DraftOrganizations(input.organizations)
  const header = readDocumentHeader(input.document.blocks)
  const start = input.document.blocks[0]?.place ?? { block: 1 }
  const candidates = candidatesOf(input)
  const sorted = documentsOfDraft(header, candidates, start)
  const directives = sorted.documents.map((d, i) => draftDirective(d, i, orgs, notes))

  const tasks: BundleTaskInput[] = []
  const drafted: DraftTask[] = []
  const references = new Set<string>()
  candidates.forEach((candidate, c) => {
    const directive = directives[sorted.documentOf[c]!]!
    const index = tasks.length
    const path = (field: string): ErrorPath => ['tasks', index, field]
    const unread = sorted.unread[c]
    if (unread) {
      const under = directive.symbol === '' ? 'the document drafted' : directive.symbol
      const duoi = directive.symbol === '' ? 'văn bản đang dự thảo' : directive.symbol
      notes.doubt('DOCUMENT_NOT_READ', path('directive'), unread.place, {
        en: `"${unread.text}" names no document symbol: task ${candidate.reference} is drafted under ${under}; set its document`,
        vi: `"${unread.text}" không phải số, ký hiệu văn bản: nhiệm vụ ${candidate.reference} tạm ghi thuộc ${duoi}; cần xác định văn bản`,
      })
    }
    let reference = candidate.reference
    const key = (r: string) => `${directive.symbol}\u0000${r}`
    if (references.has(key(reference))) {
      reference = `${reference}-${index + 1}`
      notes.doubt('DUPLICATE_REFERENCE', path('reference'), candidate.place, {
        en: `Two tasks are numbered ${candidate.reference}: this one is drafted as ${reference}`,
        vi: `Hai nhiệm vụ cùng số ${candidate.reference}: nhiệm vụ này tạm ghi là ${reference}`,
      })
    }
    references.add(key(reference))
    const built = draftTask(candidate, reference, directive, orgs, notes, path)
    tasks.push(built.task)
    drafted.push(built.drafted)
  })
  for (const u of orgs.unmatched) {
    notes.doubt('UNMATCHED_ORGANIZATION', ['organizations', u.code], u.place, {
      en: `"${u.name}" matches none of the tenant's organisations: proposed as new (${u.code})`,
      vi: `"${u.name}" không khớp tổ chức nào đã có: đề xuất tạo mới (${u.code})`,
    })
  }
  const standIn = directives.some((d) => d.issuerCode === ISSUER_STAND_IN)
  const bundle: BundleInput = {
    format: 'chidao-bundle',
    version: 2,
    tenant: input.tenant,
    title: header.title?.value ?? input.document.name,
    source: `Dự thảo đọc từ tệp ${input.document.name}; cần người kiểm tra trước khi nhập.`,
    organizations: standIn ? [...orgs.toBundle(), standInIssuer()] : orgs.toBundle(),
    directives: directives.map((d) => d.input),
    tasks,
  }
  return {
    bundle,
    validated: parseBundle(bundle),
    header,
    tasks: drafted,
    proposedOrganizations: orgs.proposed,
    findings: notes.findings,
    doubts: notes.doubts,
  }
}

function standInIssuer() {
  return {
    code: ISSUER_STAND_IN,
    name: 'Chưa rõ cơ quan ban hành',
    kind: 'OTHER',
    level: 'PROVINCE',
  }
}

interface DirectiveFacts {
  readonly symbol: string
  readonly issuerCode: string
  readonly year: number | undefined
}

function draftTask(
  candidate: TaskCandidate,
  reference: string,
  directive: DirectiveFacts,
  orgs: DraftOrganizations,
  notes: DraftNotes,
  path: (field: string) => ErrorPath,
): { task: BundleTaskInput; drafted: DraftTask } {
  const { roles } = candidate
  const places = candidate.places ?? {}
  notes.found(
    path('reference'),
    reference,
    candidate.from === 'TABLE' ? 0.95 : 0.9,
    candidate.place,
  )
  notes.found(path('title'), candidate.title, 0.8, candidate.place)
  const leadNames = roles.lead
    ? splitOrganizationNames(roles.lead.text, orgs.organizationMatcher, { keepGroups: true })
    : []
  const leadName = leadNames[0] ?? null
  let lead = directive.issuerCode
  if (leadName === null) {
    notes.doubt('TASK_WITHOUT_LEAD', path('lead'), candidate.place, {
      en: `Task ${reference} names no lead: the issuer stands in; set the lead`,
      vi: `Nhiệm vụ ${reference} chưa rõ cơ quan chủ trì: tạm ghi cơ quan ban hành; cần xác định`,
    })
  } else {
    const resolved = orgs.resolve(leadName, places.lead ?? candidate.place)
    lead = resolved.code
    noteDissolved(
      resolved,
      { reference, role: 'lead', path: path('lead') },
      orgs,
      notes,
      places.lead ?? candidate.place,
    )
    const confidence =
      roles.lead!.confidence * (resolved.proposed ? 0.8 : resolved.match.confidence)
    notes.found(path('lead'), lead, confidence, places.lead ?? candidate.place)
  }
  // A second lead named in the same cell ("Sở Nội vụ; Sở Tài chính") is read as a coordinator.
  const coordinatorNames = [
    ...leadNames.slice(1),
    ...(roles.coordinators
      ? splitOrganizationNames(roles.coordinators.text, orgs.organizationMatcher)
      : []),
  ]
  const coordinators: string[] = []
  for (const name of coordinatorNames) {
    const resolved = orgs.resolve(name, places.coordinators ?? candidate.place)
    const { code } = resolved
    if (code === lead || coordinators.includes(code)) continue
    const at: ErrorPath = [...path('coordinators'), coordinators.length]
    const role = { reference, role: 'coordinator' as const, path: at }
    noteDissolved(resolved, role, orgs, notes, places.coordinators ?? candidate.place)
    coordinators.push(code)
  }
  for (const [i, code] of coordinators.entries()) {
    const confidence = roles.coordinators?.confidence ?? 0.6
    notes.found(
      [...path('coordinators'), i],
      code,
      confidence,
      places.coordinators ?? candidate.place,
    )
  }
  const deadline = draftDeadline(
    roles.deadline?.text ?? null,
    directive.year,
    notes,
    path('deadline'),
    places.deadline ?? candidate.place,
  )
  if (deadline !== null)
    notes.found(
      path('deadline'),
      deadline,
      roles.deadline!.confidence,
      places.deadline ?? candidate.place,
    )
  const reportingDuty = draftReportingDuty(roles.reporting, orgs, candidate.place)
  const task: BundleTaskInput = {
    directive: directive.symbol,
    reference,
    title: candidate.title,
    ...(candidate.description ? { description: candidate.description } : {}),
    lead,
    ...(coordinators.length > 0 ? { coordinators } : {}),
    ...(deadline !== null ? { deadline } : {}),
    ...(reportingDuty !== null ? { reportingDuty } : {}),
  }
  const drafted: DraftTask = {
    directive: directive.symbol,
    reference,
    title: candidate.title,
    leadName,
    lead,
    coordinatorNames,
    coordinators,
    deadline,
    place: candidate.place,
  }
  return { task, drafted }
}

/** A task given to a dissolved body: matched, not proposed as new, and told to the reviewer. */
function noteDissolved(
  resolved: ResolvedOrganization,
  at: { reference: string; role: 'lead' | 'coordinator'; path: ErrorPath },
  orgs: DraftOrganizations,
  notes: DraftNotes,
  place: SourcePlace,
): void {
  const body = resolved.match.organization
  if (body === null || !isDissolved(body)) return
  const successors = (body.successors ?? []).flatMap((c) => orgs.known(c) ?? [])
  const message = dissolvedOrganizationDoubt(
    at.reference,
    at.role,
    resolved.match.name,
    body,
    successors,
  )
  notes.doubt('DISSOLVED_ORGANIZATION', at.path, place, message)
}

function draftDeadline(
  text: string | null,
  year: number | undefined,
  notes: DraftNotes,
  path: ErrorPath,
  place: SourcePlace,
): string | null {
  if (text === null) return null
  const parsed = parseDeadline(text, year === undefined ? {} : { year })
  if (!parsed.ok) {
    notes.doubt('DEADLINE_WARNING', path, place, {
      en: `The deadline "${text}" is left out: ${parsed.error.message}`,
      vi: `Bỏ thời hạn "${text}": ${parsed.error.messageVi}`,
    })
    return null
  }
  for (const w of deadlineWarnings(parsed.value, path)) {
    notes.doubt('DEADLINE_WARNING', path, place, { en: w.message, vi: w.messageVi })
  }
  return text
}

function draftReportingDuty(
  reporting: TaskCandidate['roles']['reporting'],
  orgs: DraftOrganizations,
  place: SourcePlace,
): BundleTaskInput['reportingDuty'] {
  if (reporting === null) return null
  const rule = parseReportingRule(reporting.text)
  const cadence = rule.ok ? rule.value.cadences[0] : undefined
  if (cadence === undefined) return null
  return { cadence, recipient: orgs.resolve(reporting.recipient, place).code }
}
