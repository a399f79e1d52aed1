import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { isRating, type Rating } from './rating.js'

/**
 * A condition a level requires beyond its minimum score, as data:
 * - `ALL_TASKS_COMPLETED`: every task assigned in the period was completed;
 * - `ALL_TASKS_ON_TIME`: every task assigned was completed on time;
 * - `MAX_LATE_SHARE`: tasks completed late are at most `share` (0–1) of the tasks assigned;
 * - `NO_DISQUALIFYING_VIOLATION`: no violation that the rules say bars the level.
 *
 * @example
 * ```ts
 * const c: RatingCondition = { kind: 'MAX_LATE_SHARE', share: 0.2 }
 * ```
 */
export type RatingCondition =
  | { readonly kind: 'ALL_TASKS_COMPLETED' }
  | { readonly kind: 'ALL_TASKS_ON_TIME' }
  | { readonly kind: 'MAX_LATE_SHARE'; readonly share: number }
  | { readonly kind: 'NO_DISQUALIFYING_VIOLATION' }

/**
 * One level of a rule set: the rating, its minimum score (inclusive), and its conditions.
 *
 * @example
 * ```ts
 * const good: RatingLevelRule = { rating: 'GOOD', minScore: 70, conditions: [{ kind: 'ALL_TASKS_ON_TIME' }] }
 * ```
 */
export interface RatingLevelRule {
  readonly rating: Rating
  readonly minScore: number
  readonly conditions: readonly RatingCondition[]
}

/**
 * A versioned rule set that turns a score and facts into a rating: data, never code, so that
 * a province can load the rules in force (they changed in 2023 and 2025) without a release.
 * Levels run best first with decreasing minimum scores; the last level is the floor
 * (minimum 0, no conditions). `excellentCap`, when set, limits those rated EXCELLENT in a
 * group to a share of those rated GOOD or better (see {@link applyExcellentCap}).
 *
 * @example
 * ```ts
 * RATING_RULES_2025.levels[0] // { rating: 'EXCELLENT', minScore: 90, conditions: [...] }
 * ```
 */
export interface RatingRules {
  readonly id: string
  readonly name: string
  /** The document the rules come from, e.g. "366-QĐ/TW". */
  readonly source: string
  /**
   * The document the rules come from, named in words as a report cites it: "Quy định số
   * 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị". Reports print this, never the `id`; rules
   * without it are cited by their `name`.
   */
  readonly basis?: string | null
  readonly validFrom: IsoDate
  readonly levels: readonly RatingLevelRule[]
  readonly excellentCap: { readonly maxShareOfGood: number } | null
  /** What a reader must know: interpretations made, facts not verified. */
  readonly notes: string
}

const ON_TIME: RatingCondition = { kind: 'ALL_TASKS_ON_TIME' }
const ALL_COMPLETED: RatingCondition = { kind: 'ALL_TASKS_COMPLETED' }
const NO_VIOLATION: RatingCondition = { kind: 'NO_DISQUALIFYING_VIOLATION' }

/** A level of a shipped rule set: `rating` from `minScore` up, when every condition holds. */
function level(
  rating: Rating,
  minScore: number,
  ...conditions: RatingCondition[]
): RatingLevelRule {
  return { rating, minScore, conditions }
}

function freezeRules(rules: RatingRules): RatingRules {
  return Object.freeze({
    ...rules,
    levels: Object.freeze(
      rules.levels.map((level) =>
        Object.freeze({
          ...level,
          conditions: Object.freeze(level.conditions.map((c) => Object.freeze({ ...c }))),
        }),
      ),
    ),
    excellentCap: rules.excellentCap === null ? null : Object.freeze({ ...rules.excellentCap }),
  })
}

/**
 * The 2025 rules (Party regulation 366-QĐ/TW, replacing 124-QĐ/TW; decree 335/2025/NĐ-CP
 * for civil servants): on a 100-point scale, EXCELLENT ≥ 90, GOOD 70 to < 90 with every task
 * done on time, COMPLETED 50 to < 70 with every task done and at most 20 % late,
 * NOT_COMPLETED below 50 or on a disqualifying violation; EXCELLENT capped at 20 % of those
 * rated GOOD. The default of {@link ratingForScore} and {@link rate}.
 *
 * @example
 * ```ts
 * ratingForScore(85, RATING_RULES_2025) // 'GOOD'
 * ```
 */
export const RATING_RULES_2025: RatingRules = freezeRules({
  id: 'vn-366-qd-tw-2025',
  name: 'Xếp loại chất lượng theo Quy định 366-QĐ/TW (2025)',
  source: '366-QĐ/TW',
  basis: 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị',
  validFrom: '2025-01-01',
  levels: [
    level('EXCELLENT', 90, ON_TIME, NO_VIOLATION),
    level('GOOD', 70, ON_TIME, NO_VIOLATION),
    level('COMPLETED', 50, ALL_COMPLETED, { kind: 'MAX_LATE_SHARE', share: 0.2 }, NO_VIOLATION),
    level('NOT_COMPLETED', 0),
  ],
  excellentCap: { maxShareOfGood: 0.2 },
  notes:
    'EXCELLENT is taken to require what GOOD requires. The 20 % cap is the one set for civil servants; the date from which the rules apply is configurable (validFrom).',
})

/**
 * An earlier rule set, given as a second example of rules as data (124-QĐ/TW, 2023).
 * (unverified) Its thresholds are illustrative, not law: a province must check them before
 * use. It rates on conditions more than on score: EXCELLENT ≥ 90 with all tasks on time,
 * GOOD ≥ 70 with all tasks completed, COMPLETED ≥ 50 with at most 30 % of tasks late, and no
 * cap on EXCELLENT.
 *
 * @example
 * ```ts
 * ratingForScore(75, RATING_RULES_2023) // 'GOOD'
 * ```
 */
export const RATING_RULES_2023: RatingRules = freezeRules({
  id: 'vn-124-qd-tw-2023-example',
  name: 'Ví dụ: xếp loại theo Quy định 124-QĐ/TW (2023) — chưa kiểm chứng',
  source: '124-QĐ/TW',
  basis: 'Quy định số 124-QĐ/TW ngày 4/10/2023 của Bộ Chính trị',
  validFrom: '2023-10-04',
  levels: [
    level('EXCELLENT', 90, ON_TIME, NO_VIOLATION),
    level('GOOD', 70, ALL_COMPLETED, NO_VIOLATION),
    level('COMPLETED', 50, { kind: 'MAX_LATE_SHARE', share: 0.3 }, NO_VIOLATION),
    level('NOT_COMPLETED', 0),
  ],
  excellentCap: null,
  notes: 'Illustrative thresholds (unverified): an example of an earlier rule set.',
})

/**
 * The rule sets shipped with chidao, newest first.
 *
 * @example
 * ```ts
 * RATING_RULE_SETS.map((r) => r.id) // ['vn-366-qd-tw-2025', 'vn-124-qd-tw-2023-example']
 * ```
 */
export const RATING_RULE_SETS: readonly RatingRules[] = Object.freeze([
  RATING_RULES_2025,
  RATING_RULES_2023,
])

/**
 * The rule set in force on a date: the one with the latest `validFrom` on or before it, or
 * `null` when none applies yet.
 *
 * @example
 * ```ts
 * ratingRulesOn('2024-12-31')?.id // 'vn-124-qd-tw-2023-example'
 * ```
 */
export function ratingRulesOn(
  date: IsoDate,
  ruleSets: readonly RatingRules[] = RATING_RULE_SETS,
): RatingRules | null {
  let best: RatingRules | null = null
  for (const rules of ruleSets) {
    if (rules.validFrom <= date && (best === null || rules.validFrom > best.validFrom)) best = rules
  }
  return best
}

/**
 * The regulation a rule set comes from, in words, as a report cites it — its `basis`, else its
 * `name` — found by the rule set's id; `null` for an id no rule set has.
 *
 * @example
 * ```ts
 * ratingRulesBasis('vn-366-qd-tw-2025') // 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị'
 * ratingRulesBasis('khong-co') // null
 * ```
 */
export function ratingRulesBasis(
  id: string,
  ruleSets: readonly RatingRules[] = RATING_RULE_SETS,
): string | null {
  const rules = ruleSets.find((r) => r.id === id)
  if (rules === undefined) return null
  return rules.basis ?? rules.name
}

function bad(en: string, vi: string, path: (string | number)[], value?: unknown): Result<never> {
  return err(domainError('INVALID_RATING_RULES', { en, vi }, path, value))
}

const CONDITION_KINDS = [
  'ALL_TASKS_COMPLETED',
  'ALL_TASKS_ON_TIME',
  'MAX_LATE_SHARE',
  'NO_DISQUALIFYING_VIOLATION',
]

/**
 * Checks a rule set loaded as data (from a bundle or a file): an id, a name, a valid
 * `validFrom`, levels with known ratings, each at most once, minimum scores in 0–100 and
 * strictly decreasing, a floor level with minimum 0 and no conditions, known conditions with
 * shares in 0–1, and a cap share in 0–1. Every error has the code `INVALID_RATING_RULES` and
 * the path of the offending field. Returns the rules frozen.
 *
 * @example
 * ```ts
 * validateRatingRules(JSON.parse(text)).ok
 * ```
 */
export function validateRatingRules(rules: RatingRules): Result<RatingRules, DomainError> {
  if (rules === null || typeof rules !== 'object')
    return bad('Rules are required', 'Thiếu bộ quy tắc', [])
  if (typeof rules.id !== 'string' || rules.id.trim() === '')
    return bad('An id is required', 'Thiếu mã bộ quy tắc', ['id'])
  if (typeof rules.name !== 'string' || rules.name.trim() === '')
    return bad('A name is required', 'Thiếu tên bộ quy tắc', ['name'])
  if (typeof rules.validFrom !== 'string' || !isIsoDate(rules.validFrom)) {
    return bad(
      'validFrom is not a date',
      'Ngày hiệu lực không hợp lệ',
      ['validFrom'],
      rules.validFrom,
    )
  }
  if (!Array.isArray(rules.levels) || rules.levels.length === 0) {
    return bad('At least one level is required', 'Cần ít nhất một mức xếp loại', ['levels'])
  }
  const seen = new Set<string>()
  let previous = Number.POSITIVE_INFINITY
  for (const [i, level] of rules.levels.entries()) {
    if (!isRating(level?.rating))
      return bad(
        'Unknown rating',
        'Mức xếp loại không hợp lệ',
        ['levels', i, 'rating'],
        level?.rating,
      )
    if (seen.has(level.rating))
      return bad(
        'A rating is listed twice',
        'Mức xếp loại bị lặp',
        ['levels', i, 'rating'],
        level.rating,
      )
    seen.add(level.rating)
    const min = level.minScore
    if (
      typeof min !== 'number' ||
      !Number.isFinite(min) ||
      min < 0 ||
      min > 100 ||
      min >= previous
    ) {
      return bad(
        'Minimum scores must lie in 0–100 and decrease from level to level',
        'Điểm tối thiểu phải từ 0 đến 100 và giảm dần theo mức',
        ['levels', i, 'minScore'],
        min,
      )
    }
    previous = min
    if (!Array.isArray(level.conditions))
      return bad('Conditions must be a list', 'Điều kiện phải là danh sách', [
        'levels',
        i,
        'conditions',
      ])
    for (const [j, c] of level.conditions.entries()) {
      if (!CONDITION_KINDS.includes(c?.kind)) {
        return bad(
          'Unknown condition',
          'Điều kiện không hợp lệ',
          ['levels', i, 'conditions', j, 'kind'],
          c?.kind,
        )
      }
      if (
        c.kind === 'MAX_LATE_SHARE' &&
        !(typeof c.share === 'number' && c.share >= 0 && c.share <= 1)
      ) {
        return bad(
          'A share must lie in 0–1',
          'Tỷ lệ phải từ 0 đến 1',
          ['levels', i, 'conditions', j, 'share'],
          c.share,
        )
      }
    }
  }
  const floor = rules.levels[rules.levels.length - 1]!
  if (floor.minScore !== 0 || floor.conditions.length > 0) {
    return bad(
      'The last level must have minimum 0 and no conditions',
      'Mức cuối cùng phải có điểm tối thiểu 0 và không có điều kiện',
      ['levels', rules.levels.length - 1],
    )
  }
  const cap = rules.excellentCap ?? null
  if (
    cap !== null &&
    !(typeof cap.maxShareOfGood === 'number' && cap.maxShareOfGood >= 0 && cap.maxShareOfGood <= 1)
  ) {
    return bad(
      'The cap share must lie in 0–1',
      'Tỷ lệ giới hạn phải từ 0 đến 1',
      ['excellentCap', 'maxShareOfGood'],
      cap.maxShareOfGood,
    )
  }
  return ok(
    freezeRules({
      ...rules,
      source: rules.source ?? '',
      notes: rules.notes ?? '',
      excellentCap: cap,
    }),
  )
}
