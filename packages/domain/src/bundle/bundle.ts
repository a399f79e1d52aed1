import type {
  AssessmentKind,
  Findings,
  Indicator,
  SocialCritique,
} from '../assessment/assessment.js'
import type { Rating } from '../assessment/rating.js'
import type { IndicatorInput, SocialCritiqueInput } from '../assessment/validate-assessment.js'
import type { IsoDate } from '../calendar/iso-date.js'
import type { DueDay } from '../calendar/reporting-period.js'
import type { Deadline, RecurrenceCadence } from '../deadline/deadline.js'
import type { Directive, DirectiveInput } from '../directive/directive.js'
import type { DirectiveRelationType } from '../directive/directive-relation.js'
import type { TenantId } from '../ids.js'
import type { OrganizationKind } from '../organization/organization-kind.js'
import type { OrganizationLevel } from '../organization/organization-level.js'
import type { TaskStatus } from '../task/task-status.js'

/**
 * The value of the `format` field of every bundle.
 *
 * @example
 * ```ts
 * JSON.parse(text).format === BUNDLE_FORMAT // a chidao bundle?
 * ```
 */
export const BUNDLE_FORMAT = 'chidao-bundle'

/**
 * The version of the bundle format that this release writes. Version 2 made a directive's
 * identity its symbol, issuer and year (two communes' `15-KH/ĐU` of 2025 may both be in one
 * bundle) and let refs name the issuer (`15-KH/ĐU@DU-XA-BINH-AN`), and an organisation name
 * several successors. Version 1 bundles are still read, unchanged; a bundle of another version
 * is refused with `UNSUPPORTED_BUNDLE_VERSION`.
 *
 * @example
 * ```ts
 * const empty = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, tenant: { id: 'demo', name: 'Demo' } }
 * ```
 */
export const BUNDLE_VERSION = 2

/**
 * Every bundle format version this release reads: 1 and 2. Whatever it reads, it writes
 * {@link BUNDLE_VERSION}.
 *
 * @example
 * ```ts
 * READABLE_BUNDLE_VERSIONS.includes(1) // true
 * ```
 */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = Object.freeze([1, 2])

// ---------------------------------------------------------------------------------------------
// Input: the document as written (JSON or YAML), before parseBundle. References are natural
// keys: organisation codes, directive refs ("93-KL/TW"; where several directives share the
// symbol, "93-KL/TW@2020", "15-KH/ĐU@DU-XA-BINH-AN" or "15-KH/ĐU@DU-XA-BINH-AN/2025"), task
// refs ("06-CTr/TU#III.2.b"); never database ids.
// ---------------------------------------------------------------------------------------------

/**
 * An organisation as a bundle writes it.
 *
 * @example
 * ```ts
 * const o: BundleOrganizationInput = {
 *   code: 'BTG-TU', name: 'Ban Tuyên giáo Tỉnh ủy', kind: 'PARTY_ADVISORY_BOARD',
 *   level: 'PROVINCE', parent: 'TU',
 * }
 * ```
 */
export interface BundleOrganizationInput {
  /** Natural key, any case (stored upper case). */
  readonly code: string
  readonly name: string
  readonly shortName?: string | null
  /** An {@link OrganizationKind}. */
  readonly kind: string
  /** An {@link OrganizationLevel}. */
  readonly level: string
  /** Code of the parent organisation. */
  readonly parent?: string | null
  readonly foundedOn?: string | null
  readonly dissolvedOn?: string | null
  /** Code of the organisation that took over on dissolution. */
  readonly successor?: string | null
  /**
   * Codes of the organisations that took over its work when it was split among several (a
   * district's among communes), the principal first; instead of `successor` (version 2).
   */
  readonly successors?: readonly string[] | null
  /** Party term (khóa) as a whole number: 13 for khóa XIII. */
  readonly partyTerm?: number | null
}

/**
 * A membership of a member association in a union, as a bundle writes it.
 *
 * @example
 * ```ts
 * const m: BundleMembershipInput = { member: 'HOI-TIN-HOC', union: 'LHH', from: '2012-05-10' }
 * ```
 */
export interface BundleMembershipInput {
  /** Code of the member (hội thành viên). */
  readonly member: string
  /** Code of the union (liên hiệp hội). */
  readonly union: string
  readonly from: string
  readonly to?: string | null
}

/**
 * A directive as a bundle writes it: as the domain validates one ({@link DirectiveInput}), the
 * issuer by organisation code and the reporting rule in words or field by field.
 *
 * @example
 * ```ts
 * const d: BundleDirectiveInput = {
 *   symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2020-11-20',
 *   title: 'Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW',
 * }
 * ```
 */
export interface BundleDirectiveInput
  extends Omit<DirectiveInput, 'issuerOrganizationCode' | 'reportingRule'> {
  /** Code of the issuing organisation. */
  readonly issuer: string
  /**
   * Its reporting rule (chế độ báo cáo): the document's words ("Báo cáo định kỳ 6 tháng, năm"),
   * read by `parseReportingRule`, or the rule field by field.
   */
  readonly reportingRule?: string | BundleReportingRuleInput | null
}

/**
 * A directive's reporting rule written field by field in a bundle: its words, and where they
 * are not enough the cadences, due days and recipient (an organisation code).
 *
 * @example
 * ```ts
 * const rule: BundleReportingRuleInput = {
 *   text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý', recipient: 'VP-TU',
 * }
 * ```
 */
export interface BundleReportingRuleInput {
  readonly text: string
  /** The cadences; read from `text` when omitted. */
  readonly cadences?: readonly string[] | null
  /** Due days per cadence (`{ "QUARTERLY": { "month": 3, "day": 15 } }`); read from `text` when omitted. */
  readonly dueDays?: Readonly<Record<string, DueDay>> | null
  /** Code of the body reports go to; the directive's issuer when omitted. */
  readonly recipient?: string | null
}

/**
 * A typed, dated relation between two directives of the bundle, read from `from` to `to`
 * ("06-CTr/TU IMPLEMENTS 93-KL/TW").
 *
 * @example
 * ```ts
 * const r: BundleRelationInput = { from: '93-KL/TW', to: '42-CT/TW', type: 'CONTINUES', effectiveOn: '2020-11-20' }
 * ```
 */
export interface BundleRelationInput {
  /** Directive ref of the source. */
  readonly from: string
  /** Directive ref of the target. */
  readonly to: string
  /** A {@link DirectiveRelationType}. */
  readonly type: string
  readonly effectiveOn: string
}

/**
 * A progress report as a bundle writes it.
 *
 * @example
 * ```ts
 * const p: BundleProgressReportInput = { reportedOn: '2022-06-30', organization: 'LHH', percent: 40, narrative: 'Đã …' }
 * ```
 */
export interface BundleProgressReportInput {
  readonly reportedOn: string
  /** Code of the reporting organisation. */
  readonly organization: string
  /** 0–100, or `null`/absent for a report without a figure. */
  readonly percent?: number | null
  readonly narrative?: string | null
  /** Links (`http(s)`) or document references. */
  readonly evidence?: readonly string[] | null
  /** The reporting period the report answers (`2026-H1`…), when its title names one. */
  readonly period?: string | null
}

/**
 * A deadline extension (gia hạn) as a bundle writes it: applied in order after the task's own
 * deadline, which is the original one.
 *
 * @example
 * ```ts
 * const e: BundleExtensionInput = {
 *   on: '2022-06-20', deadline: '31/12/2022', document: '125/QĐ-UBND', reason: 'Chờ kinh phí',
 * }
 * ```
 */
export interface BundleExtensionInput {
  /** The day the extension takes effect. */
  readonly on: string
  /** The new deadline as written; a missing year is that of `on`. */
  readonly deadline: string
  /** The approving document's symbol ("125/QĐ-UBND", "45-CV/TU"). */
  readonly document: string
  /** Why the deadline was extended. */
  readonly reason: string
  /**
   * The deadline the extension replaced, as written, when it is not the one before it in the
   * bundle (the task's own, or the previous extension's): the deadline was edited in between.
   * Omitted otherwise; a missing year is the directive's.
   */
  readonly previousDeadline?: string | null
}

/**
 * A task as a bundle writes it. Its natural key is its directive and reference.
 *
 * @example
 * ```ts
 * const t: BundleTaskInput = {
 *   directive: '06-CTr/TU', reference: 'III.2', title: 'Kiện toàn tổ chức Liên hiệp hội',
 *   lead: 'BTC-TU', coordinators: ['LHH'], deadline: 'Quý IV/2021',
 * }
 * ```
 */
export interface BundleTaskInput {
  /**
   * Directive ref: the symbol in any accepted spelling; when several directives share it,
   * `@year`, `@ISSUER` or `@ISSUER/year` added (`15-KH/ĐU@DU-XA-BINH-AN/2025`).
   */
  readonly directive: string
  /** The task's place in the directive ("III.2.b"): required, it is half the natural key. */
  readonly reference: string
  readonly title: string
  readonly description?: string | null
  /** Code of the lead organisation (chủ trì). */
  readonly lead: string
  /** Codes of the coordinating organisations (phối hợp). */
  readonly coordinators?: readonly string[] | null
  /** Code of the monitoring organisation (theo dõi, đôn đốc). */
  readonly monitor?: string | null
  /** The deadline as written ("Quý III/2027", "Thường xuyên"); the year of the directive's issue fills in a missing year. */
  readonly deadline?: string | null
  readonly reportingDuty?: {
    /** A {@link RecurrenceCadence}. */
    readonly cadence: string
    /** Code of the organisation reported to. */
    readonly recipient: string
  } | null
  /** Task ref of the task this one cascades from: `<directive ref>#<reference>`. */
  readonly parent?: string | null
  /** A {@link TaskStatus}; `NOT_STARTED` when omitted. */
  readonly status?: string | null
  /** The completion day: given exactly when the status is `COMPLETED`. */
  readonly completedOn?: string | null
  readonly progressReports?: readonly BundleProgressReportInput[] | null
  /**
   * Extensions of the deadline, oldest first; `deadline` above stays the original one and the
   * last extension's deadline is the one in force. Optional: older bundles have none.
   */
  readonly extensions?: readonly BundleExtensionInput[] | null
  /**
   * The deadline in force when it was edited after the last extension (not by one): as written,
   * a missing year the directive's; a blank text when the edit removed it. Omitted when the
   * last extension's deadline is in force; given only with `extensions`.
   */
  readonly deadlineInForce?: string | null
}

/**
 * What an assessment judges, by natural keys: a directive as implemented by an organisation
 * (`directive` + `organization`), one task (`task`), or an organisation's year
 * (`organization` + `year`).
 *
 * @example
 * ```ts
 * const s: BundleAssessmentSubjectInput = { directive: '06-CTr/TU', organization: 'BTV-TU' }
 * ```
 */
export interface BundleAssessmentSubjectInput {
  readonly directive?: string | null
  readonly organization?: string | null
  readonly task?: string | null
  readonly year?: number | null
}

/**
 * An indicator as a bundle writes it: as the domain validates one (IATI style: baseline, target
 * and actual per period).
 *
 * @example
 * ```ts
 * const i: BundleIndicatorInput = { name: 'Số đề án được phản biện', unit: 'đề án', periods: [{ from: '2021-01-01', to: '2021-12-31', target: 5, actual: 6 }] }
 * ```
 */
export type BundleIndicatorInput = IndicatorInput

/**
 * The record of a social critique (phản biện xã hội), as a bundle writes it: as the domain
 * validates one, the requesting body by organisation code.
 *
 * @example
 * ```ts
 * const c: BundleSocialCritiqueInput = { subjectTitle: 'Dự thảo Đề án…', requestingBody: 'UBND-TINH', form: 'COUNCIL', heldOn: '2024-05-20' }
 * ```
 */
export interface BundleSocialCritiqueInput extends Omit<SocialCritiqueInput, 'requestingBodyId'> {
  /** Code of the body that asked for it; absent when the union acted on its own initiative. */
  readonly requestingBody?: string | null
}

/**
 * An assessment as a bundle writes it. Its natural key is `key`, unique in the bundle.
 *
 * @example
 * ```ts
 * const a: BundleAssessmentInput = {
 *   key: 'so-ket-06-ctr-2023', kind: 'INTERIM_REVIEW',
 *   subject: { directive: '06-CTr/TU', organization: 'BTV-TU' },
 *   period: { from: '2021-01-01', to: '2023-06-30' }, assessor: 'BTV-TU', assessedOn: '2023-08-15',
 *   findings: { results: ['…'] },
 * }
 * ```
 */
export interface BundleAssessmentInput {
  readonly key: string
  /** An {@link AssessmentKind}. */
  readonly kind: string
  readonly subject: BundleAssessmentSubjectInput
  readonly period: { readonly from: string; readonly to: string }
  readonly title?: string | null
  /** Code of the organisation that made the judgement. */
  readonly assessor: string
  readonly assessedOn: string
  readonly findings?: Partial<Record<keyof Findings, readonly string[]>> | null
  readonly indicators?: readonly BundleIndicatorInput[] | null
  readonly rating?: {
    /** A {@link Rating}. */
    readonly level?: string | null
    /** 0–100. */
    readonly score?: number | null
    /** Id of the rating rule set (`vn-366-qd-tw-2025`); required with a level. */
    readonly rules?: string | null
  } | null
  readonly socialCritique?: BundleSocialCritiqueInput | null
}

/**
 * A bundle as written: one tenant's organisations, directives, relations, tasks (with their
 * progress reports) and assessments, referring to each other by natural keys. Check it with
 * {@link parseBundle}; write it canonically with {@link bundleToJson}.
 *
 * @example
 * ```ts
 * const input: BundleInput = {
 *   format: 'chidao-bundle', version: 1, tenant: { id: 'demo', name: 'Tỉnh Minh Họa' },
 *   organizations: [{ code: 'BBT', name: 'Ban Bí thư Trung ương Đảng', kind: 'STANDING_COMMITTEE', level: 'CENTRAL' }],
 *   directives: [{ symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2020-11-20', title: 'Kết luận…' }],
 * }
 * ```
 */
export interface BundleInput {
  readonly format: string
  readonly version: number
  readonly tenant: { readonly id: string; readonly name: string }
  readonly title?: string | null
  readonly description?: string | null
  /** Where the data comes from, in free text (e.g. "illustrative"). */
  readonly source?: string | null
  readonly organizations?: readonly BundleOrganizationInput[] | null
  readonly memberships?: readonly BundleMembershipInput[] | null
  readonly directives?: readonly BundleDirectiveInput[] | null
  readonly relations?: readonly BundleRelationInput[] | null
  readonly tasks?: readonly BundleTaskInput[] | null
  readonly assessments?: readonly BundleAssessmentInput[] | null
}

// ---------------------------------------------------------------------------------------------
// Output: the bundle validated and normalised by parseBundle. Text is NFC (names and titles
// with spaces folded), codes upper case, symbols canonical, refs canonical, deadlines parsed.
// Absent optional values are `null` (or empty lists); defaults are filled in. Records keep the
// order of the input.
// ---------------------------------------------------------------------------------------------

/**
 * A validated organisation of a bundle.
 *
 * @example
 * ```ts
 * bundle.organizations.find((o) => o.code === 'HU-BINH-AN')?.successor // 'DU-XA-BINH-AN'
 * ```
 */
export interface BundleOrganization {
  readonly code: string
  readonly name: string
  readonly shortName: string | null
  readonly kind: OrganizationKind
  readonly level: OrganizationLevel
  readonly parent: string | null
  readonly foundedOn: IsoDate | null
  readonly dissolvedOn: IsoDate | null
  /** The successor, or the first of several. */
  readonly successor: string | null
  /** Every successor, `successor` first; empty when none. */
  readonly successors: readonly string[]
  readonly partyTerm: number | null
}

/**
 * A validated membership of a bundle (both ends inclusive; `to: null` while it lasts).
 *
 * @example
 * ```ts
 * bundle.memberships.filter((m) => m.union === 'LHH').length
 * ```
 */
export interface BundleMembership {
  readonly member: string
  readonly union: string
  readonly from: IsoDate
  readonly to: IsoDate | null
}

/**
 * A validated directive of a bundle. Its natural key is its canonical symbol, its issuer and
 * the year it was issued; other records refer to it by {@link bundleDirectiveRef}.
 *
 * @example
 * ```ts
 * bundle.directives[1].symbol // '93-KL/TW'
 * ```
 */
export interface BundleDirective
  extends Pick<
    Directive,
    'kind' | 'issuerTerm' | 'issuedOn' | 'title' | 'secrecy' | 'urgency' | 'sections'
  > {
  /** The symbol in canonical form (`93-KL/TW`). */
  readonly symbol: string
  /** Code of the issuing organisation. */
  readonly issuer: string
  /** Present only when the directive sets a reporting rule. */
  readonly reportingRule?: BundleReportingRule
}

/**
 * A validated reporting rule of a bundle directive.
 *
 * @example
 * ```ts
 * directive.reportingRule // { text: 'Báo cáo định kỳ 6 tháng, năm', cadences: ['HALF_YEARLY', 'YEARLY'], dueDays: {}, recipient: null }
 * ```
 */
export interface BundleReportingRule {
  readonly text: string
  readonly cadences: readonly RecurrenceCadence[]
  readonly dueDays: Readonly<Partial<Record<RecurrenceCadence, DueDay>>>
  /** Code of the body reports go to; `null` for the directive's issuer. */
  readonly recipient: string | null
}

/**
 * A validated relation of a bundle; `from` and `to` are canonical directive refs.
 *
 * @example
 * ```ts
 * bundle.relations[0] // { from: '93-KL/TW', to: '42-CT/TW', type: 'CONTINUES', effectiveOn: '2020-11-20' }
 * ```
 */
export interface BundleRelation {
  readonly from: string
  readonly to: string
  readonly type: DirectiveRelationType
  readonly effectiveOn: IsoDate
}

/**
 * A validated progress report of a bundle.
 *
 * @example
 * ```ts
 * task.progressReports.map((r) => r.percent) // [30, null, 100]
 * ```
 */
export interface BundleProgressReport {
  readonly reportedOn: IsoDate
  readonly organization: string
  /** 0–100, or `null` for a report without a figure ("no data", not 0). */
  readonly percent: number | null
  /** NFC, trimmed; `''` when the report gives only a figure. */
  readonly narrative: string
  readonly evidence: readonly string[]
  /** The period the report answers (`2026`, `2026-H1`, `2026-Q3`, `2026-04`), or `null`/absent. */
  readonly period?: string | null
}

/**
 * A validated deadline extension of a bundle task.
 *
 * @example
 * ```ts
 * task.extensions[0] // { on: '2022-06-20', deadline: { kind: 'DATE', due: '2022-12-31', … }, document: '125/QĐ-UBND', reason: '…' }
 * ```
 */
export interface BundleExtension {
  readonly on: IsoDate
  /** The deadline in force from `on`, parsed, keeping its text. */
  readonly deadline: Deadline
  /** The approving document's symbol, canonical. */
  readonly document: string
  /** NFC, spaces folded. */
  readonly reason: string
  /** The deadline replaced, when it is not the one before in the bundle (edited in between). */
  readonly previousDeadline?: Deadline
}

/**
 * A validated reporting duty: how often, and to which organisation.
 *
 * @example
 * ```ts
 * task.reportingDuty // { cadence: 'HALF_YEARLY', recipient: 'BTG-TU' }
 * ```
 */
export interface BundleReportingDuty {
  readonly cadence: RecurrenceCadence
  readonly recipient: string
}

/**
 * A validated task of a bundle. Its natural key is (directive, reference); its task ref is
 * `<directive ref>#<reference>` (see {@link bundleTaskRef}).
 *
 * @example
 * ```ts
 * task.deadline?.due // '2021-12-31' for "Quý IV/2021"
 * ```
 */
export interface BundleTask {
  /** Canonical directive ref. */
  readonly directive: string
  readonly reference: string
  readonly title: string
  /** `''` when none. */
  readonly description: string
  readonly lead: string
  readonly coordinators: readonly string[]
  readonly monitor: string | null
  /** Parsed, keeping the text as written in `deadline.text`. */
  readonly deadline: Deadline | null
  readonly reportingDuty: BundleReportingDuty | null
  /** Canonical task ref of the parent task. */
  readonly parent: string | null
  readonly status: TaskStatus
  readonly completedOn: IsoDate | null
  readonly progressReports: readonly BundleProgressReport[]
  /** Extensions of `deadline` (the original one), oldest first; `[]` when none. */
  readonly extensions: readonly BundleExtension[]
  /**
   * The deadline in force when it was edited after the last extension (`null`: removed);
   * absent when the last extension's (or, with none, `deadline`) is in force.
   */
  readonly deadlineInForce?: Deadline | null
}

/**
 * What a validated assessment judges, with its kind made explicit.
 *
 * @example
 * ```ts
 * assessment.subject // { kind: 'DIRECTIVE_IMPLEMENTATION', directive: '06-CTr/TU', organization: 'BTV-TU' }
 * ```
 */
export type BundleAssessmentSubject =
  | {
      readonly kind: 'DIRECTIVE_IMPLEMENTATION'
      readonly directive: string
      readonly organization: string
    }
  | { readonly kind: 'TASK'; readonly task: string }
  | { readonly kind: 'ORGANIZATION_YEAR'; readonly organization: string; readonly year: number }

/**
 * A validated rating: the level, the 0–100 score, and the rule set id; at least one of level
 * and score is present, and a level always names its rules.
 *
 * @example
 * ```ts
 * assessment.rating // { level: 'GOOD', score: 82, rules: 'vn-366-qd-tw-2025' }
 * ```
 */
export interface BundleRating {
  readonly level: Rating | null
  readonly score: number | null
  readonly rules: string | null
}

/**
 * A validated social critique record of a bundle: the record as stored, the requesting body by
 * organisation code.
 *
 * @example
 * ```ts
 * assessment.socialCritique?.response // 'ACCEPTED'
 * ```
 */
export interface BundleSocialCritique extends Omit<SocialCritique, 'requestingBodyId'> {
  readonly requestingBody: string | null
}

/**
 * A validated assessment of a bundle.
 *
 * @example
 * ```ts
 * assessment.findings.lessons.length // 2
 * ```
 */
export interface BundleAssessment {
  readonly key: string
  readonly kind: AssessmentKind
  readonly subject: BundleAssessmentSubject
  readonly period: { readonly from: IsoDate; readonly to: IsoDate }
  /** `''` when none. */
  readonly title: string
  readonly assessor: string
  readonly assessedOn: IsoDate
  readonly findings: Findings
  readonly indicators: readonly Indicator[]
  readonly rating: BundleRating | null
  readonly socialCritique: BundleSocialCritique | null
}

/**
 * A validated, normalised bundle: what {@link parseBundle} returns and {@link bundleToJson}
 * writes. Everything the database stores of a tenant except ids, timestamps and audit.
 *
 * @example
 * ```ts
 * const r = parseBundle(JSON.parse(text))
 * if (r.ok) r.value.tasks.length
 * ```
 */
export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT
  readonly version: typeof BUNDLE_VERSION
  readonly tenant: { readonly id: TenantId; readonly name: string }
  readonly title: string | null
  readonly description: string | null
  readonly source: string | null
  readonly organizations: readonly BundleOrganization[]
  readonly memberships: readonly BundleMembership[]
  readonly directives: readonly BundleDirective[]
  readonly relations: readonly BundleRelation[]
  readonly tasks: readonly BundleTask[]
  readonly assessments: readonly BundleAssessment[]
}
