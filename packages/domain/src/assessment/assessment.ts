import type { IsoDate } from '../calendar/iso-date.js'
import type { AssessmentId, DirectiveId, OrganizationId, TaskId, TenantId } from '../ids.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'
import type { Rating } from './rating.js'

const ASSESSMENT_KIND = vocabulary([
  ['PERIODIC_REPORT', { vi: 'Báo cáo định kỳ', en: 'Periodic report' }],
  ['INTERIM_REVIEW', { vi: 'Sơ kết', en: 'Interim review' }],
  ['FINAL_REVIEW', { vi: 'Tổng kết', en: 'Final review' }],
  ['SELF_ASSESSMENT', { vi: 'Tự đánh giá', en: 'Self-assessment' }],
  ['SOCIAL_CRITIQUE', { vi: 'Tư vấn, phản biện và giám định xã hội', en: 'Social critique' }],
])

/**
 * The kinds of judgement on implementation (đánh giá).
 *
 * @example
 * ```ts
 * ASSESSMENT_KINDS.map((k) => ASSESSMENT_KIND_LABELS[k].vi)
 * ```
 */
export const ASSESSMENT_KINDS = ASSESSMENT_KIND.codes

/**
 * A kind of assessment.
 *
 * @example
 * ```ts
 * const kind: AssessmentKind = 'FINAL_REVIEW'
 * ```
 */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

/**
 * Labels for every {@link AssessmentKind}.
 *
 * @example
 * ```ts
 * ASSESSMENT_KIND_LABELS.INTERIM_REVIEW.vi // 'Sơ kết'
 * ```
 */
export const ASSESSMENT_KIND_LABELS: Labels<AssessmentKind> = ASSESSMENT_KIND.labels

/**
 * What is judged: a directive as implemented by an organisation, one task, or an
 * organisation's year.
 *
 * @example
 * ```ts
 * const s: AssessmentSubject = { kind: 'ORGANIZATION_YEAR', organizationId, year: 2025 }
 * ```
 */
export type AssessmentSubject =
  | {
      readonly kind: 'DIRECTIVE_IMPLEMENTATION'
      readonly directiveId: DirectiveId
      readonly organizationId: OrganizationId
    }
  | { readonly kind: 'TASK'; readonly taskId: TaskId }
  | {
      readonly kind: 'ORGANIZATION_YEAR'
      readonly organizationId: OrganizationId
      readonly year: number
    }

/**
 * A span of days, both ends included.
 *
 * @example
 * ```ts
 * const firstHalf: AssessmentPeriod = { from: '2025-01-01', to: '2025-06-30' }
 * ```
 */
export interface AssessmentPeriod {
  readonly from: IsoDate
  readonly to: IsoDate
}

/**
 * The standard skeleton of a review, each part a list of paragraphs: kết quả đạt được,
 * hạn chế, nguyên nhân khách quan / chủ quan, bài học kinh nghiệm, phương hướng nhiệm vụ,
 * đề xuất kiến nghị.
 *
 * @example
 * ```ts
 * const f: Findings = { ...EMPTY_FINDINGS, results: ['Đã tổ chức 12 hội thảo phản biện'] }
 * ```
 */
export interface Findings {
  readonly results: readonly string[]
  readonly limitations: readonly string[]
  readonly causesObjective: readonly string[]
  readonly causesSubjective: readonly string[]
  readonly lessons: readonly string[]
  readonly directions: readonly string[]
  readonly recommendations: readonly string[]
}

const FINDINGS_PART = vocabulary([
  ['results', { vi: 'Kết quả đạt được', en: 'Results' }],
  ['limitations', { vi: 'Hạn chế', en: 'Limitations' }],
  ['causesObjective', { vi: 'Nguyên nhân khách quan', en: 'Objective causes' }],
  ['causesSubjective', { vi: 'Nguyên nhân chủ quan', en: 'Subjective causes' }],
  ['lessons', { vi: 'Bài học kinh nghiệm', en: 'Lessons' }],
  ['directions', { vi: 'Phương hướng, nhiệm vụ', en: 'Directions' }],
  ['recommendations', { vi: 'Đề xuất, kiến nghị', en: 'Recommendations' }],
])

/**
 * The parts of {@link Findings}, in the order reviews write them.
 *
 * @example
 * ```ts
 * FINDINGS_PARTS.map((part) => FINDINGS_PART_LABELS[part].vi) // ['Kết quả đạt được', …]
 * ```
 */
export const FINDINGS_PARTS = FINDINGS_PART.codes

/**
 * Labels for every part of {@link Findings}.
 *
 * @example
 * ```ts
 * FINDINGS_PART_LABELS.lessons.vi // 'Bài học kinh nghiệm'
 * ```
 */
export const FINDINGS_PART_LABELS: Labels<(typeof FINDINGS_PARTS)[number]> = FINDINGS_PART.labels

/**
 * Findings with every part empty.
 *
 * @example
 * ```ts
 * EMPTY_FINDINGS.results // []
 * ```
 */
export const EMPTY_FINDINGS: Findings = Object.freeze({
  results: Object.freeze([]),
  limitations: Object.freeze([]),
  causesObjective: Object.freeze([]),
  causesSubjective: Object.freeze([]),
  lessons: Object.freeze([]),
  directions: Object.freeze([]),
  recommendations: Object.freeze([]),
})

/**
 * One period of an indicator: its target and actual value (`null` when not set or not
 * measured).
 *
 * @example
 * ```ts
 * const p: IndicatorPeriod = { from: '2025-01-01', to: '2025-12-31', target: 10, actual: 12 }
 * ```
 */
export interface IndicatorPeriod extends AssessmentPeriod {
  readonly target: number | null
  readonly actual: number | null
}

/**
 * A measured indicator, in the IATI manner: name, unit, baseline, target and actual per
 * period, evidence links.
 *
 * @example
 * ```ts
 * const i: Indicator = {
 *   name: 'Số đề án được phản biện', unit: 'đề án',
 *   baseline: { value: 4, date: '2020-12-31' },
 *   periods: [{ from: '2021-01-01', to: '2021-12-31', target: 6, actual: 7 }],
 *   evidence: ['Báo cáo số 15-BC/LHH'],
 * }
 * ```
 */
export interface Indicator {
  readonly name: string
  readonly unit: string
  readonly baseline: { readonly value: number; readonly date: IsoDate | null } | null
  readonly periods: readonly IndicatorPeriod[]
  readonly evidence: readonly string[]
}

const SOCIAL_CRITIQUE_FORM = vocabulary([
  ['WORKSHOP', { vi: 'Hội thảo', en: 'Workshop' }],
  ['COUNCIL', { vi: 'Hội đồng tư vấn, phản biện', en: 'Advisory council' }],
  ['EXPERTS', { vi: 'Lấy ý kiến chuyên gia', en: "Experts' opinions" }],
  ['OTHER', { vi: 'Hình thức khác', en: 'Other' }],
])

/**
 * How a social critique was carried out (hình thức phản biện).
 *
 * @example
 * ```ts
 * SOCIAL_CRITIQUE_FORMS.includes('WORKSHOP') // true
 * ```
 */
export const SOCIAL_CRITIQUE_FORMS = SOCIAL_CRITIQUE_FORM.codes

/**
 * A form of social critique: workshop, council, experts' opinions, other.
 *
 * @example
 * ```ts
 * const form: SocialCritiqueForm = 'COUNCIL'
 * ```
 */
export type SocialCritiqueForm = (typeof SOCIAL_CRITIQUE_FORMS)[number]

/**
 * Labels for every {@link SocialCritiqueForm}.
 *
 * @example
 * ```ts
 * SOCIAL_CRITIQUE_FORM_LABELS.COUNCIL.vi // 'Hội đồng tư vấn, phản biện'
 * ```
 */
export const SOCIAL_CRITIQUE_FORM_LABELS: Labels<SocialCritiqueForm> = SOCIAL_CRITIQUE_FORM.labels

const SOCIAL_CRITIQUE_RESPONSE = vocabulary([
  ['PENDING', { vi: 'Chờ phản hồi', en: 'Awaiting response' }],
  ['ACCEPTED', { vi: 'Tiếp thu', en: 'Accepted' }],
  ['PARTLY_ACCEPTED', { vi: 'Tiếp thu một phần', en: 'Partly accepted' }],
  ['EXPLAINED', { vi: 'Giải trình', en: 'Explained' }],
])

/**
 * What the requesting body did with a critique.
 *
 * @example
 * ```ts
 * SOCIAL_CRITIQUE_RESPONSES.includes('EXPLAINED') // true
 * ```
 */
export const SOCIAL_CRITIQUE_RESPONSES = SOCIAL_CRITIQUE_RESPONSE.codes

/**
 * Awaited, accepted (tiếp thu), partly accepted, or explained (giải trình).
 *
 * @example
 * ```ts
 * const response: SocialCritiqueResponse = 'ACCEPTED'
 * ```
 */
export type SocialCritiqueResponse = (typeof SOCIAL_CRITIQUE_RESPONSES)[number]

/**
 * Labels for every {@link SocialCritiqueResponse}.
 *
 * @example
 * ```ts
 * SOCIAL_CRITIQUE_RESPONSE_LABELS.EXPLAINED.vi // 'Giải trình'
 * ```
 */
export const SOCIAL_CRITIQUE_RESPONSE_LABELS: Labels<SocialCritiqueResponse> =
  SOCIAL_CRITIQUE_RESPONSE.labels

/**
 * The record of a social critique (decision 14/2014/QĐ-TTg): what was reviewed, at whose
 * request (or on the union's own initiative: `requestingBodyId` null), in which form, when,
 * the outgoing report number, and the requester's response.
 *
 * @example
 * ```ts
 * const c: SocialCritique = {
 *   subjectTitle: 'Dự thảo Đề án phát triển khoa học và công nghệ tỉnh', requestingBodyId: ubndId,
 *   form: 'COUNCIL', requestedOn: '2025-03-01', heldOn: '2025-03-20', reportedOn: '2025-03-30',
 *   reportNumber: '45/BC-LHH', response: 'ACCEPTED', respondedOn: '2025-04-15',
 * }
 * ```
 */
export interface SocialCritique {
  /** The draft plan, project or policy reviewed. */
  readonly subjectTitle: string
  readonly requestingBodyId: OrganizationId | null
  readonly form: SocialCritiqueForm
  readonly requestedOn: IsoDate | null
  readonly heldOn: IsoDate
  readonly reportedOn: IsoDate | null
  /** The union's outgoing report number, e.g. "45/BC-LHH". */
  readonly reportNumber: string | null
  readonly response: SocialCritiqueResponse
  readonly respondedOn: IsoDate | null
}

/**
 * A validated assessment before it has an identity (see {@link validateAssessment}).
 *
 * @example
 * ```ts
 * const r = validateAssessment(input)
 * r.ok && r.value.kind // 'INTERIM_REVIEW'
 * ```
 */
export interface NewAssessment {
  readonly kind: AssessmentKind
  readonly subject: AssessmentSubject
  readonly period: AssessmentPeriod
  readonly title: string
  /** The organisation that made the judgement. */
  readonly assessorId: OrganizationId
  readonly assessedOn: IsoDate
  readonly findings: Findings
  readonly indicators: readonly Indicator[]
  /** Present exactly when `kind` is `SOCIAL_CRITIQUE`. */
  readonly socialCritique: SocialCritique | null
  /** 0–100, or `null` when not scored. */
  readonly score: number | null
  readonly rating: Rating | null
  /** The rule set the rating was decided under, when rated. */
  readonly ratingRulesId: string | null
}

/**
 * A judgement on implementation, with its identity.
 *
 * @example
 * ```ts
 * const a: Assessment = { ...newAssessment, id, tenantId, version: 1 }
 * ```
 */
export interface Assessment extends NewAssessment {
  readonly id: AssessmentId
  readonly tenantId: TenantId
  readonly version: number
}
