import type { BundleInput, BundleTaskInput } from '../bundle/bundle.js'
import { parseBundle } from '../bundle/parse-bundle.js'
import { deadlineWarnings } from '../deadline/deadline-warnings.js'
import { parseDeadline } from '../deadline/parse-deadline.js'
import type { ErrorPath } from '../domain-error.js'
import { parseReportingRule } from '../reporting/reporting-rule.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { dissolvedOrganizationDoubt } from './dissolved-organization-doubt.js'
import { type DocumentHeader, readDocumentHeader } from './document-header.js'
import type { Draft, DraftDoubt, DraftFinding, DraftInput, DraftTask } from './draft.js'
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

/** Whether a table row names a document other than the one drafted (symbols compared canonical). */
function ofOtherDocument(candidate: TaskCandidate, symbol: string): boolean {
  if (candidate.document === undefined || symbol === '') return false
  const parsed = parseDocumentSymbol(candidate.document)
  const named = parsed.ok ? formatDocumentSymbol(parsed.value) : candidate.document
  return named !== symbol
}

function headerDoubts(header: DocumentHeader, notes: DraftNotes, place: SourcePlace): void {
  const parts = [
    ['symbol', header.symbol, 'số, ký hiệu', 'symbol'],
    ['issuedOn', header.issuedOn, 'ngày ban hành', 'date of issue'],
    ['issuer', header.issuer, 'cơ quan ban hành', 'issuer'],
    ['title', header.title, 'trích yếu', 'title'],
  ] as const
  for (const [field, found, vi, en] of parts) {
    const path = ['directives', 0, field]
    if (found === null) {
      notes.doubt('HEADER_NOT_FOUND', path, place, {
        en: `The document's ${en} was not found in its header: fill it in`,
        vi: `Không tìm thấy ${vi} ở phần đầu văn bản: cần điền`,
      })
    } else notes.found(path, String(found.value), found.confidence, found.place)
  }
}

/**
 * Drafts a bundle from a programme or plan read into an {@link DraftInput.document}: the
 * directive from its header, a task for each numbered item of its task parts and each row of
 * its task tables, leads, coordinators and reporting recipients matched with the tenant's
 * organisations (new ones proposed for names that match none), deadlines as written and parsed
 * with the document's year. Pure: nothing is stored. The draft is checked with `parseBundle`
 * (`validated`); every value comes with its confidence and source place (`findings`), and what
 * the rules were unsure of is listed (`doubts`): low confidence, unmatched organisations,
 * tasks given to a dissolved body (kept, with its successors named), deadlines parsed with a
 * warning, tasks without a lead (given the issuer as a stand-in).
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
  headerDoubts(header, notes, start)
  const issuer =
    header.issuer === null ? null : orgs.resolve(header.issuer.value, header.issuer.place)
  const issuerCode = issuer?.code ?? ISSUER_STAND_IN
  const symbol = header.symbol?.value ?? ''
  const year = header.issuedOn ? Number(header.issuedOn.value.slice(0, 4)) : undefined

  const tasks: BundleTaskInput[] = []
  const drafted: DraftTask[] = []
  const references = new Set<string>()
  for (const candidate of candidatesOf(input)) {
    if (ofOtherDocument(candidate, symbol)) {
      // A table listing the tasks of the documents carrying this one out (the export of a
      // directive does): those tasks are the other documents' to draft, not this one's.
      notes.doubt('TASK_OF_OTHER_DOCUMENT', ['tasks'], candidate.place, {
        en: `Task ${candidate.reference} belongs to ${candidate.document}, not ${symbol}: left out of this draft`,
        vi: `Nhiệm vụ ${candidate.reference} thuộc văn bản ${candidate.document}, không thuộc ${symbol}: không đưa vào dự thảo này`,
      })
      continue
    }
    const index = tasks.length
    const path = (field: string): ErrorPath => ['tasks', index, field]
    let reference = candidate.reference
    if (references.has(reference)) {
      reference = `${reference}-${index + 1}`
      notes.doubt('DUPLICATE_REFERENCE', path('reference'), candidate.place, {
        en: `Two tasks are numbered ${candidate.reference}: this one is drafted as ${reference}`,
        vi: `Hai nhiệm vụ cùng số ${candidate.reference}: nhiệm vụ này tạm ghi là ${reference}`,
      })
    }
    references.add(reference)
    const built = draftTask(candidate, reference, { symbol, issuerCode, year }, orgs, notes, path)
    tasks.push(built.task)
    drafted.push(built.drafted)
  }
  for (const u of orgs.unmatched) {
    notes.doubt('UNMATCHED_ORGANIZATION', ['organizations', u.code], u.place, {
      en: `"${u.name}" matches none of the tenant's organisations: proposed as new (${u.code})`,
      vi: `"${u.name}" không khớp tổ chức nào đã có: đề xuất tạo mới (${u.code})`,
    })
  }
  const bundle: BundleInput = {
    format: 'chidao-bundle',
    version: 2,
    tenant: input.tenant,
    title: header.title?.value ?? input.document.name,
    source: `Dự thảo đọc từ tệp ${input.document.name}; cần người kiểm tra trước khi nhập.`,
    organizations: issuer === null ? [...orgs.toBundle(), standInIssuer()] : orgs.toBundle(),
    directives: [
      {
        symbol,
        issuer: issuerCode,
        issuedOn: header.issuedOn?.value ?? '',
        title: header.title?.value ?? '',
        ...(header.kind ? { kind: header.kind.value } : {}),
      },
    ],
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
