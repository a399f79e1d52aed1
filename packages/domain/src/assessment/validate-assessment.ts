import { isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import { isUuid } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import { cleanText, nfc } from '../text/nfc.js'
import {
  ASSESSMENT_KINDS,
  FINDINGS_PARTS,
  type Findings,
  type Indicator,
  type NewAssessment,
  SOCIAL_CRITIQUE_FORMS,
  SOCIAL_CRITIQUE_RESPONSES,
  type SocialCritique,
} from './assessment.js'
import { isRating } from './rating.js'

/**
 * An indicator as it arrives (IATI style: baseline, target and actual per period), checked by
 * {@link validateAssessment} into an {@link Indicator}.
 *
 * @example
 * ```ts
 * const i: IndicatorInput = { name: 'Số đề án được phản biện', unit: 'đề án', periods: [{ from: '2021-01-01', to: '2021-12-31', target: 5, actual: 6 }] }
 * ```
 */
export interface IndicatorInput {
  readonly name: string
  readonly unit: string
  readonly baseline?: { readonly value: number; readonly date?: string | null } | null
  readonly periods?: readonly {
    readonly from: string
    readonly to: string
    readonly target?: number | null
    readonly actual?: number | null
  }[]
  readonly evidence?: readonly string[] | null
}

/**
 * The record of a social critique (phản biện xã hội) as it arrives, checked by
 * {@link validateAssessment} into a {@link SocialCritique}.
 *
 * @example
 * ```ts
 * const c: SocialCritiqueInput = { subjectTitle: 'Dự thảo Đề án…', form: 'COUNCIL', heldOn: '2024-05-20' }
 * ```
 */
export interface SocialCritiqueInput {
  readonly subjectTitle: string
  /** The id of the body that asked for it; absent when the union acted on its own initiative. */
  readonly requestingBodyId?: string | null
  /** A {@link SocialCritiqueForm}. */
  readonly form: string
  readonly requestedOn?: string | null
  readonly heldOn: string
  readonly reportedOn?: string | null
  readonly reportNumber?: string | null
  /** A {@link SocialCritiqueResponse}; `PENDING` when omitted. */
  readonly response?: string | null
  readonly respondedOn?: string | null
}

/**
 * An assessment as it arrives from a form, an import or an API call, checked by
 * {@link validateAssessment}. Same shape as {@link NewAssessment}, with plain strings and
 * optional parts.
 *
 * @example
 * ```ts
 * validateAssessment({ kind: 'SELF_ASSESSMENT', subject: { kind: 'TASK', taskId }, period: { from: '2025-01-01', to: '2025-12-31' }, assessorId, assessedOn: '2026-01-10' })
 * ```
 */
export interface AssessmentInput {
  readonly kind: string
  readonly subject: {
    readonly kind: string
    readonly directiveId?: string
    readonly organizationId?: string
    readonly taskId?: string
    readonly year?: number
  }
  readonly period: { readonly from: string; readonly to: string }
  readonly title?: string | null
  readonly assessorId: string
  readonly assessedOn: string
  readonly findings?: Partial<Record<(typeof FINDINGS_PARTS)[number], readonly string[]>> | null
  readonly indicators?: readonly IndicatorInput[]
  readonly socialCritique?: SocialCritiqueInput | null
  readonly score?: number | null
  readonly rating?: string | null
  readonly ratingRulesId?: string | null
}

class Invalid {
  constructor(readonly error: DomainError) {}
}

function fail(code: string, en: string, vi: string, path: ErrorPath, value?: unknown): never {
  throw new Invalid(domainError(code, { en, vi }, path, value))
}

function uuid(value: unknown, path: ErrorPath): string {
  if (typeof value !== 'string' || !isUuid(value)) {
    fail('INVALID_ID', 'Not a valid identifier', 'Mã định danh không hợp lệ', path, value)
  }
  return value.toLowerCase()
}

function date(value: unknown, path: ErrorPath): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    fail('INVALID_DATE', 'Not a real date', 'Ngày không hợp lệ', path, value)
  }
  return value
}

function optionalDate(value: unknown, path: ErrorPath): string | null {
  return value === undefined || value === null || value === '' ? null : date(value, path)
}

function text(value: unknown, path: ErrorPath, required: boolean): string {
  const clean = typeof value === 'string' ? cleanText(value) : ''
  if (required && clean === '')
    fail('REQUIRED', 'This field is required', 'Trường này là bắt buộc', path, value)
  return clean
}

function number(value: unknown, path: ErrorPath): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('INVALID_NUMBER', 'Not a finite number', 'Không phải là số hợp lệ', path, value)
  }
  return value
}

function period(from: unknown, to: unknown, path: ErrorPath): { from: string; to: string } {
  const f = date(from, [...path, 'from'])
  const t = date(to, [...path, 'to'])
  if (f > t)
    fail(
      'INVALID_PERIOD',
      'The period ends before it starts',
      'Kỳ kết thúc trước khi bắt đầu',
      [...path, 'to'],
      t,
    )
  return { from: f, to: t }
}

function oneOf<T extends string>(value: unknown, values: readonly T[], path: ErrorPath): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    fail(
      'INVALID_VALUE',
      `Expected one of ${values.join(', ')}`,
      `Giá trị phải là một trong: ${values.join(', ')}`,
      path,
      value,
    )
  }
  return value as T
}

function findings(input: AssessmentInput['findings']): Findings {
  const out: Record<string, readonly string[]> = {}
  for (const part of FINDINGS_PARTS) {
    const list = input?.[part] ?? []
    if (!Array.isArray(list))
      fail('INVALID_VALUE', 'Expected a list of paragraphs', 'Phải là danh sách đoạn văn', [
        'findings',
        part,
      ])
    out[part] = Object.freeze(
      list
        .map((p, i) => {
          if (typeof p !== 'string')
            fail('INVALID_VALUE', 'Expected text', 'Phải là văn bản', ['findings', part, i], p)
          return nfc(p).trim()
        })
        .filter((p) => p !== ''),
    )
  }
  return Object.freeze(out) as unknown as Findings
}

function indicators(input: AssessmentInput['indicators']): readonly Indicator[] {
  return Object.freeze(
    (input ?? []).map((raw, i) => {
      const path = ['indicators', i]
      const name = text(raw?.name, [...path, 'name'], true)
      const unit = text(raw?.unit, [...path, 'unit'], true)
      let baseline: Indicator['baseline'] = null
      if (raw.baseline !== undefined && raw.baseline !== null) {
        const value = number(raw.baseline.value, [...path, 'baseline', 'value'])
        if (value === null)
          fail('REQUIRED', 'A baseline needs a value', 'Giá trị cơ sở là bắt buộc', [
            ...path,
            'baseline',
            'value',
          ])
        baseline = Object.freeze({
          value,
          date: optionalDate(raw.baseline.date, [...path, 'baseline', 'date']),
        })
      }
      const periods = (raw.periods ?? []).map((p, j) => {
        const pp = [...path, 'periods', j]
        return Object.freeze({
          ...period(p?.from, p?.to, pp),
          target: number(p.target, [...pp, 'target']),
          actual: number(p.actual, [...pp, 'actual']),
        })
      })
      for (let j = 1; j < periods.length; j++) {
        if (periods[j]!.from <= periods[j - 1]!.to) {
          fail(
            'OVERLAPPING_PERIODS',
            'Indicator periods must follow one another without overlap',
            'Các kỳ của chỉ tiêu phải nối tiếp, không chồng lấn',
            [...path, 'periods', j, 'from'],
            periods[j]!.from,
          )
        }
      }
      const evidence = (raw.evidence ?? []).map((e, j) => text(e, [...path, 'evidence', j], true))
      return Object.freeze({
        name,
        unit,
        baseline,
        periods: Object.freeze(periods),
        evidence: Object.freeze(evidence),
      })
    }),
  )
}

function socialCritique(raw: NonNullable<AssessmentInput['socialCritique']>): SocialCritique {
  const path = ['socialCritique']
  const requestedOn = optionalDate(raw.requestedOn, [...path, 'requestedOn'])
  const heldOn = date(raw.heldOn, [...path, 'heldOn'])
  const reportedOn = optionalDate(raw.reportedOn, [...path, 'reportedOn'])
  const respondedOn = optionalDate(raw.respondedOn, [...path, 'respondedOn'])
  if (requestedOn !== null && requestedOn > heldOn) {
    fail(
      'INVALID_PERIOD',
      'The critique was held before it was requested',
      'Ngày tổ chức phản biện trước ngày đề nghị',
      [...path, 'heldOn'],
      heldOn,
    )
  }
  if (reportedOn !== null && reportedOn < heldOn) {
    fail(
      'INVALID_PERIOD',
      'The critique report predates the critique',
      'Ngày báo cáo phản biện trước ngày tổ chức',
      [...path, 'reportedOn'],
      reportedOn,
    )
  }
  const response = oneOf(raw.response ?? 'PENDING', SOCIAL_CRITIQUE_RESPONSES, [
    ...path,
    'response',
  ])
  if (respondedOn !== null && response === 'PENDING') {
    fail(
      'INVALID_VALUE',
      'A response date needs a response',
      'Có ngày phản hồi thì phải có kết quả tiếp thu, giải trình',
      [...path, 'response'],
      response,
    )
  }
  return Object.freeze({
    subjectTitle: text(raw.subjectTitle, [...path, 'subjectTitle'], true),
    requestingBodyId:
      raw.requestingBodyId === undefined ||
      raw.requestingBodyId === null ||
      raw.requestingBodyId === ''
        ? null
        : (uuid(raw.requestingBodyId, [
            ...path,
            'requestingBodyId',
          ]) as SocialCritique['requestingBodyId']),
    form: oneOf(raw.form, SOCIAL_CRITIQUE_FORMS, [...path, 'form']),
    requestedOn,
    heldOn,
    reportedOn,
    reportNumber: text(raw.reportNumber, [...path, 'reportNumber'], false) || null,
    response,
    respondedOn,
  })
}

/**
 * Validates and normalises an assessment, with the path of the offending field: kind;
 * subject (a directive and organisation, a task, or an organisation and year); period (from
 * ≤ to); assessor and date; findings (lists of paragraphs); indicators (name and unit
 * required, finite numbers, periods in order without overlap); the social critique record,
 * required exactly for `SOCIAL_CRITIQUE` (dates in order: requested ≤ held ≤ reported);
 * score 0–100; rating a known level, with the rule set it was decided under.
 *
 * Error codes: `REQUIRED`, `INVALID_VALUE`, `INVALID_ID`, `INVALID_DATE`, `INVALID_PERIOD`,
 * `INVALID_NUMBER`, `OVERLAPPING_PERIODS`, `SOCIAL_CRITIQUE_REQUIRED`,
 * `UNEXPECTED_SOCIAL_CRITIQUE`, `INVALID_SCORE`, `RATING_RULES_REQUIRED`.
 * Never throws on malformed input; returns the first error found.
 *
 * @example
 * ```ts
 * validateAssessment({
 *   kind: 'INTERIM_REVIEW',
 *   subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId, organizationId },
 *   period: { from: '2021-01-01', to: '2025-12-31' },
 *   assessorId, assessedOn: '2026-01-15',
 *   findings: { results: ['…'], limitations: ['…'] },
 * }).ok // true
 * ```
 */
export function validateAssessment(input: AssessmentInput): Result<NewAssessment, DomainError> {
  try {
    if (input === null || typeof input !== 'object')
      fail('REQUIRED', 'An assessment is required', 'Thiếu thông tin đánh giá', [])
    const kind = oneOf(input.kind, ASSESSMENT_KINDS, ['kind'])
    const s = input.subject
    if (s === null || typeof s !== 'object')
      fail('REQUIRED', 'The subject is required', 'Thiếu đối tượng đánh giá', ['subject'])
    let subject: NewAssessment['subject']
    const subjectKind = oneOf(
      s.kind,
      ['DIRECTIVE_IMPLEMENTATION', 'TASK', 'ORGANIZATION_YEAR'] as const,
      ['subject', 'kind'],
    )
    if (subjectKind === 'DIRECTIVE_IMPLEMENTATION') {
      subject = Object.freeze({
        kind: subjectKind,
        directiveId: uuid(s.directiveId, ['subject', 'directiveId']) as never,
        organizationId: uuid(s.organizationId, ['subject', 'organizationId']) as never,
      })
    } else if (subjectKind === 'TASK') {
      subject = Object.freeze({
        kind: subjectKind,
        taskId: uuid(s.taskId, ['subject', 'taskId']) as never,
      })
    } else {
      if (!Number.isInteger(s.year) || s.year! < 1000 || s.year! > 9999) {
        fail(
          'INVALID_VALUE',
          'The year must be a four-digit year',
          'Năm phải có bốn chữ số',
          ['subject', 'year'],
          s.year,
        )
      }
      subject = Object.freeze({
        kind: subjectKind,
        organizationId: uuid(s.organizationId, ['subject', 'organizationId']) as never,
        year: s.year!,
      })
    }
    if (input.period === null || typeof input.period !== 'object')
      fail('REQUIRED', 'The period is required', 'Thiếu kỳ đánh giá', ['period'])
    const p = Object.freeze(period(input.period.from, input.period.to, ['period']))
    const assessorId = uuid(input.assessorId, ['assessorId'])
    const assessedOn = date(input.assessedOn, ['assessedOn'])
    let critique: SocialCritique | null = null
    const hasCritique = input.socialCritique !== undefined && input.socialCritique !== null
    if (kind === 'SOCIAL_CRITIQUE' && !hasCritique) {
      fail(
        'SOCIAL_CRITIQUE_REQUIRED',
        'A social critique needs its record',
        'Phản biện xã hội phải có thông tin phản biện',
        ['socialCritique'],
      )
    }
    if (kind !== 'SOCIAL_CRITIQUE' && hasCritique) {
      fail(
        'UNEXPECTED_SOCIAL_CRITIQUE',
        'Only a social critique has a critique record',
        'Chỉ hoạt động phản biện xã hội mới có thông tin phản biện',
        ['socialCritique'],
      )
    }
    if (hasCritique) critique = socialCritique(input.socialCritique!)
    const score = number(input.score, ['score'])
    if (score !== null && (score < 0 || score > 100)) {
      fail(
        'INVALID_SCORE',
        `The score must lie between 0 and 100, got ${score}`,
        `Điểm phải từ 0 đến 100, nhận được ${score}`,
        ['score'],
        score,
      )
    }
    const rating = input.rating === undefined || input.rating === null ? null : input.rating
    if (rating !== null && !isRating(rating)) {
      fail('INVALID_VALUE', 'Unknown rating', 'Mức xếp loại không hợp lệ', ['rating'], rating)
    }
    const ratingRulesId = text(input.ratingRulesId, ['ratingRulesId'], false) || null
    if (rating !== null && ratingRulesId === null) {
      fail(
        'RATING_RULES_REQUIRED',
        'A rating must name the rule set it was decided under',
        'Xếp loại phải nêu bộ quy tắc áp dụng',
        ['ratingRulesId'],
      )
    }
    return ok(
      Object.freeze({
        kind,
        subject,
        period: p,
        title: text(input.title, ['title'], false),
        assessorId: assessorId as NewAssessment['assessorId'],
        assessedOn,
        findings: findings(input.findings),
        indicators: indicators(input.indicators),
        socialCritique: critique,
        score,
        rating,
        ratingRulesId,
      }),
    )
  } catch (caught) {
    if (caught instanceof Invalid) return err(caught.error)
    if (caught instanceof TypeError) {
      return err(
        domainError(
          'INVALID_VALUE',
          { en: 'Malformed assessment', vi: 'Dữ liệu đánh giá không đúng cấu trúc' },
          [],
        ),
      )
    }
    throw caught
  }
}
