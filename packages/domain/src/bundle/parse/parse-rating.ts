import { ratingForScore } from '../../assessment/rate.js'
import { compareRatings, isRating, RATINGS } from '../../assessment/rating.js'
import { RATING_RULE_SETS } from '../../assessment/rating-rules.js'
import type { AssessmentInput } from '../../assessment/validate-assessment.js'
import type { ErrorPath } from '../../domain-error.js'
import { unknownCodeText } from '../../vocabulary.js'
import type { BundleAssessmentInput, BundleRating } from '../bundle.js'
import { type BundleReader, type BundleRecord, shownValue, shownValues } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'

/** The fields of the rating of an assessment (xếp loại). */
export const RATING_FIELDS = fieldsOf<NonNullable<BundleAssessmentInput['rating']>>({
  level: 'optional',
  score: 'optional',
  rules: 'optional',
})

const KNOWN_RULES = new Map(RATING_RULE_SETS.map((r) => [r.id, r]))

/** The rating of an assessment as read: for the bundle, and for the domain's validator. */
export interface RatingRead {
  /** The rating normalised, or `null` when the assessment has none. */
  readonly rating: BundleRating | null
  readonly input: Pick<AssessmentInput, 'score' | 'rating' | 'ratingRulesId'>
}

/**
 * Reads the rating of an assessment: a level, a score or both (`REQUIRED`), a known level
 * (`INVALID_RATING`) and rule set (`UNKNOWN_RATING_RULES`), and a level no better than the score
 * reaches under those rules (`RATING_ABOVE_SCORE`).
 *
 * @example
 * ```ts
 * const { rating, input } = readRating(reader, record, ['assessments', 0])
 * ```
 */
export function readRating(
  reader: BundleReader,
  assessment: BundleRecord,
  path: ErrorPath,
): RatingRead {
  const ratingRecord = reader.field(assessment, 'rating', path, 'object')
  if (ratingRecord === undefined) return { rating: null, input: {} }
  const ratingPath = [...path, 'rating']
  const r = reader.record(ratingRecord, ratingPath, RATING_FIELDS)
  const level = reader.field(r, 'level', ratingPath, 'string')
  const score = reader.field(r, 'score', ratingPath, 'number')
  const rules = reader.text(r, 'rules', ratingPath)
  if (level === undefined && score === undefined && !reader.hasErrorAt(ratingPath)) {
    reader.add(
      'REQUIRED',
      {
        en: 'A rating needs a level, a score, or both',
        vi: 'Xếp loại phải có mức xếp loại, điểm số, hoặc cả hai',
      },
      ratingPath,
    )
  }
  if (level !== undefined && !isRating(level)) {
    const text = unknownCodeText(
      { en: 'rating level', vi: 'Mức xếp loại' },
      shownValues(level),
      RATINGS,
    )
    reader.add('INVALID_RATING', text, [...ratingPath, 'level'], level)
  }
  const ruleSet = rules === undefined ? undefined : KNOWN_RULES.get(rules)
  if (rules !== undefined && ruleSet === undefined) {
    reader.add(
      'UNKNOWN_RATING_RULES',
      {
        en: `Unknown rating rule set ${shownValue(rules)}; known: ${[...KNOWN_RULES.keys()].join(', ')}`,
        vi: `Bộ quy tắc xếp loại ${shownValue(rules, 'vi')} không có; các bộ hiện có: ${[...KNOWN_RULES.keys()].join(', ')}`,
      },
      [...ratingPath, 'rules'],
      rules,
    )
  }
  if (
    ruleSet !== undefined &&
    level !== undefined &&
    isRating(level) &&
    score !== undefined &&
    score >= 0 &&
    score <= 100 &&
    compareRatings(level, ratingForScore(score, ruleSet)) < 0
  ) {
    const reachable = ratingForScore(score, ruleSet)
    reader.add(
      'RATING_ABOVE_SCORE',
      {
        en: `A score of ${score} reaches at most ${reachable} under ${ruleSet.id}, not ${level}`,
        vi: `Điểm ${score} chỉ đạt tối đa mức ${reachable} theo ${ruleSet.id}, không thể xếp ${level}`,
      },
      [...ratingPath, 'level'],
      level,
    )
  }
  const input = {
    score: score ?? null,
    rating: level !== undefined && isRating(level) ? level : null,
    ratingRulesId: rules ?? null,
  }
  return {
    rating: { level: input.rating, score: score ?? null, rules: rules ?? null },
    input,
  }
}
