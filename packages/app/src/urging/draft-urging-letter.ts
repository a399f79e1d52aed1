import {
  addDays,
  assembleUrgingLetter,
  type Directive,
  type DirectiveId,
  domainError,
  formatDocumentSymbol,
  type IsoDate,
  isIsoDate,
  type Organization,
  type OrganizationId,
  type OrganizationKind,
  parseDocumentSymbol,
  type ReportOrganization,
  type Secrecy,
  type Task,
  type TaskId,
  type UrgingLetter,
  type UrgingLetterDocument,
  type UrgingLetterTaskInput,
} from '@chidao/domain'
import { namedDirective } from '../directive/named-directive.js'
import { organizationNotFound } from '../organization/organization-codes.js'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReportingCalendarReader } from '../ports/reporting-calendar-reader.js'
import type { TaskReader } from '../ports/task-store.js'
import type { DirectiveSymbolRef } from '../report/draft-report.js'
import {
  organizationLetterhead,
  type ReportLayout,
  type ReportLetterhead,
} from '../report/report-letterhead.js'
import {
  REPORT_SCOPE_ERRORS,
  type ReportScopeInput,
  reportScopeOf,
} from '../report/report-scope.js'
import { asOfDay } from '../task/as-of-day.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, orAbort } from '../use-case/use-case.js'
import { urgedWork } from './urged-work.js'

/** Days the organisations are given to report back when the letter names no day. */
export const URGING_LETTER_REPLY_DAYS = 15

/**
 * A công văn đôn đốc to draft: who issues it (the monitoring body), the day the work is
 * judged on, the work it covers (the tasks led within an organisation's subtree — `organizationCode`
 * or `organizationId` — and/or assigned by a document and those implementing it), its layout,
 * its number and symbol, and the day to report back by.
 */
export interface DraftUrgingLetterInput extends ReportScopeInput {
  /** The issuing monitoring body by code (`BTG-TU`); or by id with `issuerId`. */
  readonly issuerCode?: string | null
  readonly issuerId?: OrganizationId | null
  /** The day the work is judged on; default today. */
  readonly asOf?: string | null
  /** Only the work of this document and of those implementing it: its id, or its number and symbol. */
  readonly directive?: DirectiveId | DirectiveSymbolRef | null
  /** Default: that of the letter's symbol, else Party for a Party body and State for the rest. */
  readonly layout?: ReportLayout | null
  /** The letter's number and symbol (`25-CV/BTGTU`, `4912/UBND-NC`); default a blank number. */
  readonly symbol?: string | null
  /** The day to report back by; default {@link URGING_LETTER_REPLY_DAYS} days after `asOf`. */
  readonly replyBy?: string | null
}

/** The letter's number and symbol as the header prints them (`25` and `CV/BTGTU`). */
export interface UrgingLetterNumber {
  /** `null`: left blank for the records office to fill in. */
  readonly number: string | null
  readonly symbol: string
}

/** The letter, its letterhead (recipients: "Như trên", the body above "(để báo cáo)", the records office) and its number. */
export interface DraftUrgingLetterOutput {
  readonly letter: UrgingLetter
  /** The organisation whose subtree's work it covers, if one was given. */
  readonly scope: Organization | null
  /** The document whose work (and its implementing documents') it covers, if one was given. */
  readonly directive: Directive | null
  readonly letterhead: ReportLetterhead
  readonly number: UrgingLetterNumber
}

/** The ports {@link draftUrgingLetter} reads, at the caller's clearance. */
export interface DraftUrgingLetterPorts {
  /** The most secret level the ports show: the mark of a document they cannot show. */
  readonly clearance: Secrecy
  readonly directives: Pick<
    DirectiveReader,
    'findById' | 'findBySymbol' | 'findByIds' | 'implementationChain'
  >
  readonly tasks: Pick<TaskReader, 'listWithRelated' | 'findByIds'>
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode' | 'findByIds'>
  readonly reporting: ReportingCalendarReader
}

const PARTY_KINDS: readonly OrganizationKind[] = [
  'PARTY_COMMITTEE',
  'STANDING_COMMITTEE',
  'PARTY_ADVISORY_BOARD',
  'PARTY_DELEGATION',
]

function invalid(field: string, en: string, vi: string, value: unknown): never {
  abort(domainError('VALIDATION', { en, vi }, [field], value))
}

/** The issuing body, by code or id, as the caller may see it. */
async function issuerOf(
  organizations: Pick<OrganizationReader, 'findByCode' | 'findById'>,
  input: DraftUrgingLetterInput,
): Promise<Organization> {
  const code = input.issuerCode?.normalize('NFC').trim() || null
  const id = input.issuerId ?? null
  if (code !== null && id !== null) {
    invalid(
      'issuerCode',
      'Give the issuing body by code or by id, not both',
      'Chỉ cho mã hoặc id của cơ quan ban hành, không cho cả hai',
      code,
    )
  }
  if (code === null && id === null) {
    invalid(
      'issuerCode',
      'Name the monitoring body that issues the letter (issuerCode)',
      'Cần cho cơ quan theo dõi, đôn đốc ban hành công văn (issuerCode)',
      null,
    )
  }
  const found =
    id !== null ? await organizations.findById(id) : await organizations.findByCode(code!)
  if (!found) {
    abort(
      id !== null
        ? organizationNotFound(['issuerId'], id)
        : domainError(
            'ORGANIZATION_NOT_FOUND',
            { en: `No organisation ${code} in this tenant`, vi: `Không có tổ chức ${code}` },
            ['issuerCode'],
            code,
          ),
    )
  }
  return found
}

/** The day to report back by: given (a date not before `asOf`), or the default delay. */
function replyByOf(replyBy: string | null | undefined, asOf: IsoDate): IsoDate {
  if (replyBy == null) return addDays(asOf, URGING_LETTER_REPLY_DAYS)
  if (!isIsoDate(replyBy)) {
    abort(
      domainError(
        'INVALID_DATE',
        { en: 'replyBy must be a date YYYY-MM-DD', vi: 'replyBy phải là ngày YYYY-MM-DD' },
        ['replyBy'],
        replyBy,
      ),
    )
  }
  if (replyBy < asOf) {
    invalid(
      'replyBy',
      `The day to report back by (${replyBy}) is before the letter's day (${asOf})`,
      `Hạn báo cáo lại (${replyBy}) trước ngày của công văn (${asOf})`,
      replyBy,
    )
  }
  return replyBy
}

/** The number and symbol given, split as the header prints them; else a blank number. */
function numberOf(
  symbol: string | null | undefined,
  issuer: Organization,
  layout: ReportLayout,
): UrgingLetterNumber {
  const text = symbol?.normalize('NFC').trim() || null
  if (text === null) {
    const code = issuer.code.toUpperCase()
    return { number: null, symbol: layout === 'party' ? `CV/${code.replaceAll('-', '')}` : code }
  }
  const parsed = parseDocumentSymbol(text)
  if (!parsed.ok) abort({ ...parsed.error, path: ['symbol'] })
  const canonical = formatDocumentSymbol(parsed.value)
  const number = String(parsed.value.number)
  return { number, symbol: canonical.slice(number.length + 1) }
}

function layoutOf(input: DraftUrgingLetterInput, issuer: Organization): ReportLayout {
  if (input.layout) return input.layout
  const parsed = input.symbol ? parseDocumentSymbol(input.symbol) : null
  if (parsed?.ok) return parsed.value.system === 'STATE' ? 'state' : 'party'
  return PARTY_KINDS.includes(issuer.kind) ? 'party' : 'state'
}

function reportOrganization(o: Organization): ReportOrganization {
  return { id: o.id, code: o.code, name: o.name, level: o.level }
}

/**
 * The documents the letter cites: the one it is scoped to and each document assigning the
 * work listed, with the documents each implements or continues, up to the root — oldest
 * first (the central document, then the programme, then the plans).
 */
async function legalBasisOf(
  ports: DraftUrgingLetterPorts,
  scoped: Directive | null,
  assigning: readonly Directive[],
): Promise<Directive[]> {
  const found = new Map<string, Directive>()
  for (const directive of [...(scoped ? [scoped] : []), ...assigning]) {
    if (found.has(directive.id)) continue
    found.set(directive.id, directive)
    for (const step of await ports.directives.implementationChain(directive.id)) {
      found.set(step.directive.id, step.directive)
    }
  }
  return [...found.values()].sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.symbolText.localeCompare(b.symbolText),
  )
}

/**
 * Drafts a công văn đôn đốc (an official letter urging work along) from what the caller may
 * see: the monitoring body that issues it lists, per organisation, the tasks still open past
 * their deadline in force on `asOf` (the overdue list, `listTasks` with `OVERDUE`) and the
 * reports still missing for periods due by then (the reporting calendar's `MISSING` lines),
 * cites the documents the work implements (the implementation chain, e.g. Kết luận 93-KL/TW →
 * Chương trình 06-CTr/TU), and asks for a report back by `replyBy`. The work covered is that led
 * within the organisation given and below it, and/or assigned by the document given and those
 * implementing it; neither: all the caller may see. Like a report it is a read: any caller may
 * draft one of what it may see; a secret record it may not see is not listed, and the letter
 * is as secret as the most secret document it lists work of or cites.
 *
 * Fails with `VALIDATION` (no issuer, or one given twice; a scope given twice; a reply day
 * before `asOf`), `ORGANIZATION_NOT_FOUND` (the issuer or the scope, absent or hidden alike),
 * `DIRECTIVE_NOT_FOUND` (at `directive`, absent or hidden alike), `AMBIGUOUS_DIRECTIVE`,
 * `INVALID_DATE` (`asOf`, `replyBy`) or `INVALID_DOCUMENT_SYMBOL` (at `symbol`).
 *
 * @example
 * ```ts
 * const result = await draftUrgingLetter(context, { issuerCode: 'BTG-TU', asOf: '2026-12-07' })
 * if (result.ok) await renderUrgingLetterDocx(result.value.letter, { ...result.value.letterhead })
 * ```
 */
export const draftUrgingLetter = defineUseCase({
  name: 'draftUrgingLetter',
  errors: [
    ...REPORT_SCOPE_ERRORS,
    'DIRECTIVE_NOT_FOUND',
    'AMBIGUOUS_DIRECTIVE',
    'INVALID_DATE',
    'INVALID_DOCUMENT_SYMBOL',
  ],
  async run(
    context: UseCaseContext<DraftUrgingLetterPorts>,
    input: DraftUrgingLetterInput,
  ): Promise<DraftUrgingLetterOutput> {
    const { ports } = context
    const asOf = orAbort(asOfDay(input.asOf, context.clock))
    const replyBy = replyByOf(input.replyBy, asOf)
    const issuer = await issuerOf(ports.organizations, input)
    const layout = layoutOf(input, issuer)
    const number = numberOf(input.symbol, issuer, layout)
    const scope = await reportScopeOf(ports.organizations, input)
    const directive =
      input.directive == null ? null : await namedDirective(ports, input.directive, ['directive'])

    const work = await urgedWork(ports, { asOf, scopeId: scope?.id ?? null, directive })
    const basis = await legalBasisOf(ports, directive, [...work.directives.values()])
    const names = await organizationsOf(ports, [
      ...work.organizationIds,
      ...basis.map((d) => d.issuerId),
    ])
    const letter = assembleUrgingLetter({
      issuer: reportOrganization(issuer),
      asOf,
      replyBy,
      overdueTasks: work.overdue.map((t) => taskInput(t, work.directives, ports.clearance)),
      missingReports: work.missing.map((m) => ({
        ...m,
        directiveSymbol: work.directives.get(m.directiveId)?.symbolText ?? '',
        secrecy: work.directives.get(m.directiveId)?.secrecy ?? ports.clearance,
      })),
      organizations: [...names.values()].map(reportOrganization),
      legalBasis: basis.map((d) => basisDocument(d, names)),
      // The document asked about; else the one all the work listed comes from, if one does.
      subject: directive ?? (work.directives.size === 1 ? [...work.directives.values()][0] : null),
    })
    const { office, ...head } = await organizationLetterhead(ports.organizations, issuer, layout)
    const parent = issuer.parentId ? await ports.organizations.findById(issuer.parentId) : null
    const recipients = ['Như trên', ...(parent ? [`${parent.name} (để báo cáo)`] : []), office]
    return {
      letter,
      scope,
      directive,
      letterhead: Object.freeze({ ...head, recipients }),
      number,
    }
  },
})

/** What {@link draftUrgingLetter} may fail with. */
export const DRAFT_URGING_LETTER_ERRORS = draftUrgingLetter.errors

/** A code {@link draftUrgingLetter} may fail with. */
export type DraftUrgingLetterError = UseCaseErrorOf<typeof draftUrgingLetter>

async function organizationsOf(
  ports: DraftUrgingLetterPorts,
  ids: readonly OrganizationId[],
): Promise<Map<string, Organization>> {
  const unique = [...new Set(ids)]
  const found = await ports.organizations.findByIds(unique)
  return new Map(found.flatMap((o) => (o ? [[o.id as string, o] as const] : [])))
}

function taskInput(
  work: { readonly task: Task; readonly due: IsoDate; readonly deadlineText: string },
  directives: ReadonlyMap<string, Directive>,
  clearance: Secrecy,
): UrgingLetterTaskInput {
  const assigning = directives.get(work.task.directiveId)
  return {
    id: work.task.id as TaskId,
    leadId: work.task.leadId,
    directiveId: work.task.directiveId,
    directiveSymbol: assigning?.symbolText ?? '',
    reference: work.task.reference,
    title: work.task.title,
    deadlineText: work.deadlineText,
    due: work.due,
    // Where the document cannot be read, the highest the caller could have seen: never too low.
    secrecy: assigning?.secrecy ?? clearance,
  }
}

function basisDocument(
  d: Directive,
  names: ReadonlyMap<string, Organization>,
): UrgingLetterDocument {
  return {
    id: d.id,
    kind: d.kind,
    symbolText: d.symbolText,
    issuedOn: d.issuedOn,
    issuerName: names.get(d.issuerId)?.name ?? '',
    title: d.title,
    secrecy: d.secrecy,
  }
}
