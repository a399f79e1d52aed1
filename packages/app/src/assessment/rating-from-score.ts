import {
  type DomainError,
  domainError,
  err,
  type NewAssessment,
  ok,
  RATING_RULE_SETS,
  type Result,
  ratingForScore,
  ratingRulesOn,
} from '@chidao/domain'

/**
 * The assessment with its rating filled in from its score when only a score is given: the
 * level the score reaches under the named rule set, or under the one in force on the day of
 * the assessment. A named rule set must be one chidao knows (`UNKNOWN_RATING_RULES`).
 *
 * @example
 * ```ts
 * const rated = withRatingFromScore({ ...assessment, score: 92, rating: null, ratingRulesId: null })
 * rated.ok && rated.value.ratingRulesId // the rule set in force on assessedOn
 * ```
 */
export function withRatingFromScore(assessment: NewAssessment): Result<NewAssessment, DomainError> {
  const rulesId = assessment.ratingRulesId
  const named = rulesId === null ? null : RATING_RULE_SETS.find((r) => r.id === rulesId)
  if (rulesId !== null && !named) {
    const known = RATING_RULE_SETS.map((r) => r.id).join(', ')
    return err(
      domainError(
        'UNKNOWN_RATING_RULES',
        {
          en: `Unknown rating rule set "${rulesId}" (ratingRulesId); known: ${known}`,
          vi: `Không có bộ quy tắc xếp loại "${rulesId}" (ratingRulesId); các bộ hiện có: ${known}`,
        },
        ['ratingRulesId'],
        rulesId,
      ),
    )
  }
  if (assessment.rating !== null || assessment.score === null) return ok(assessment)
  const rules = named ?? ratingRulesOn(assessment.assessedOn)
  if (!rules) return ok(assessment)
  return ok({
    ...assessment,
    rating: ratingForScore(assessment.score, rules),
    ratingRulesId: rules.id,
  })
}
