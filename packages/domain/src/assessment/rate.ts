import { RATINGS, type Rating } from './rating.js'
import { RATING_RULES_2025, type RatingCondition, type RatingRules } from './rating-rules.js'

/**
 * The facts a rating is decided on: the score (0–100) and, where known, the task counts of
 * the period and whether a disqualifying violation occurred. A condition whose facts are not
 * given is not checked (and is listed as unchecked), so that a score alone can be rated.
 *
 * @example
 * ```ts
 * const facts: RatingFacts = { score: 92, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 1 }
 * ```
 */
export interface RatingFacts {
  readonly score: number
  readonly tasksAssigned?: number
  readonly tasksCompleted?: number
  /** Of the completed tasks, those completed after their due day. */
  readonly tasksCompletedLate?: number
  readonly disqualifyingViolation?: boolean
}

/**
 * Why a level was not given: the level refused, the condition it failed, and the facts
 * behind it, in both languages. `CAPPED` marks a demotion by {@link applyExcellentCap}.
 *
 * @example
 * ```ts
 * // { rating: 'GOOD', condition: 'ALL_TASKS_ON_TIME', message: '1 of 10 tasks was completed late', … }
 * ```
 */
export interface RatingReason {
  readonly rating: Rating
  readonly condition: RatingCondition['kind'] | 'CAPPED'
  readonly message: string
  readonly messageVi: string
}

/**
 * The outcome of {@link rate}: the level given, the level the score alone reaches, the
 * reasons each higher level was refused, conditions that could not be checked for lack of
 * facts, and the rule set used.
 *
 * @example
 * ```ts
 * // { rating: 'COMPLETED', byScore: 'GOOD', reasons: [...], unchecked: [], rulesId: 'vn-366-qd-tw-2025' }
 * ```
 */
export interface RatingOutcome {
  readonly rating: Rating
  readonly byScore: Rating
  readonly reasons: readonly RatingReason[]
  readonly unchecked: readonly RatingCondition['kind'][]
  readonly rulesId: string
}

function levelIndexForScore(score: number, rules: RatingRules): number {
  const levels = rules.levels
  for (let i = 0; i < levels.length; i++) {
    if (score >= levels[i]!.minScore) return i
  }
  return levels.length - 1
}

/**
 * The level a score reaches under a rule set, by thresholds alone (conditions are checked by
 * {@link rate}). Default: the 2025 rules — ≥ 90 EXCELLENT, 70 to < 90 GOOD, 50 to < 70
 * COMPLETED, < 50 NOT_COMPLETED. A score that is not a number rates at the floor.
 *
 * @example
 * ```ts
 * ratingForScore(90) // 'EXCELLENT'
 * ratingForScore(89.5) // 'GOOD'
 * ratingForScore(49.9) // 'NOT_COMPLETED'
 * ```
 */
export function ratingForScore(score: number, rules: RatingRules = RATING_RULES_2025): Rating {
  const level = rules.levels[levelIndexForScore(score, rules)]
  return level === undefined ? RATINGS[RATINGS.length - 1]! : level.rating
}

type Check = { readonly passed: boolean | null; readonly en: string; readonly vi: string }

function check(condition: RatingCondition, facts: RatingFacts): Check {
  const { tasksAssigned: assigned, tasksCompleted: completed, tasksCompletedLate: late } = facts
  switch (condition.kind) {
    case 'NO_DISQUALIFYING_VIOLATION':
      if (facts.disqualifyingViolation === undefined) return { passed: null, en: '', vi: '' }
      return {
        passed: !facts.disqualifyingViolation,
        en: 'a disqualifying violation occurred',
        vi: 'có vi phạm thuộc trường hợp không được xếp loại ở mức này',
      }
    case 'ALL_TASKS_COMPLETED':
      if (assigned === undefined || completed === undefined) return { passed: null, en: '', vi: '' }
      return {
        passed: completed >= assigned,
        en: `${assigned - completed} of ${assigned} tasks were not completed`,
        vi: `${assigned - completed}/${assigned} nhiệm vụ chưa hoàn thành`,
      }
    case 'ALL_TASKS_ON_TIME':
      if (assigned === undefined || completed === undefined || late === undefined) {
        return { passed: null, en: '', vi: '' }
      }
      return {
        passed: completed >= assigned && late === 0,
        en: `${assigned - completed + late} of ${assigned} tasks were not completed on time`,
        vi: `${assigned - completed + late}/${assigned} nhiệm vụ không hoàn thành đúng hạn`,
      }
    case 'MAX_LATE_SHARE':
      if (assigned === undefined || late === undefined) return { passed: null, en: '', vi: '' }
      return {
        passed: assigned === 0 || late / assigned <= condition.share + 1e-12,
        en: `${late} of ${assigned} tasks were completed late (more than ${condition.share * 100} %)`,
        vi: `${late}/${assigned} nhiệm vụ hoàn thành quá hạn (quá ${condition.share * 100}%)`,
      }
  }
}

/**
 * Rates facts under a rule set: starts from the level the score reaches and goes down until
 * a level's conditions hold, saying for each refused level which condition lowered it.
 * The floor level (no conditions) always holds. Conditions whose facts are missing are not
 * held against the rating; they are listed in `unchecked`.
 *
 * @example
 * ```ts
 * rate({ score: 85, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 1 })
 * // { rating: 'COMPLETED', byScore: 'GOOD',
 * //   reasons: [{ rating: 'GOOD', condition: 'ALL_TASKS_ON_TIME', … }], … }
 * rate({ score: 95, disqualifyingViolation: true }).rating // 'NOT_COMPLETED'
 * ```
 */
export function rate(facts: RatingFacts, rules: RatingRules = RATING_RULES_2025): RatingOutcome {
  const start = levelIndexForScore(facts.score, rules)
  const reasons: RatingReason[] = []
  const unchecked = new Set<RatingCondition['kind']>()
  let given = rules.levels.length - 1
  for (let i = start; i < rules.levels.length; i++) {
    const level = rules.levels[i]!
    let passed = true
    for (const condition of level.conditions) {
      const result = check(condition, facts)
      if (result.passed === null) unchecked.add(condition.kind)
      else if (!result.passed) {
        passed = false
        reasons.push(
          Object.freeze({
            rating: level.rating,
            condition: condition.kind,
            message: result.en,
            messageVi: result.vi,
          }),
        )
      }
    }
    if (passed) {
      given = i
      break
    }
  }
  return Object.freeze({
    rating: rules.levels[given]?.rating ?? 'NOT_COMPLETED',
    byScore: ratingForScore(facts.score, rules),
    reasons: Object.freeze(reasons),
    unchecked: Object.freeze([...unchecked]),
    rulesId: rules.id,
  })
}

/**
 * A rated member of a group, for {@link applyExcellentCap}.
 *
 * @example
 * ```ts
 * const member: RatedMember = { id: 'org-1', score: 93, rating: 'EXCELLENT' }
 * ```
 */
export interface RatedMember {
  readonly id: string
  readonly score: number
  readonly rating: Rating
  readonly reasons?: readonly RatingReason[]
}

/**
 * Applies a rule set's cap on EXCELLENT across a group: at most
 * `floor(maxShareOfGood × number rated GOOD or better)` keep EXCELLENT (those rated
 * EXCELLENT are drawn from those who completed their duties well); the rest, lowest scores
 * first (on equal scores, later in the list first), become GOOD with a `CAPPED` reason.
 * Without a cap, the group is returned unchanged. Order is kept.
 *
 * @example
 * ```ts
 * applyExcellentCap(members, RATING_RULES_2025).filter((m) => m.rating === 'EXCELLENT').length
 * ```
 */
export function applyExcellentCap<M extends RatedMember>(
  members: readonly M[],
  rules: RatingRules = RATING_RULES_2025,
): readonly M[] {
  if (rules.excellentCap === null) return Object.freeze([...members])
  const pool = members.filter((m) => m.rating === 'EXCELLENT' || m.rating === 'GOOD').length
  const allowed = Math.floor(rules.excellentCap.maxShareOfGood * pool + 1e-9)
  const excellent = members
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.rating === 'EXCELLENT')
    .sort((a, b) => b.m.score - a.m.score || a.index - b.index)
  const demoted = new Set(excellent.slice(allowed).map(({ index }) => index))
  const share = rules.excellentCap.maxShareOfGood * 100
  return Object.freeze(
    members.map((m, index) =>
      demoted.has(index)
        ? Object.freeze({
            ...m,
            rating: 'GOOD' as Rating,
            reasons: Object.freeze([
              ...(m.reasons ?? []),
              Object.freeze({
                rating: 'EXCELLENT' as Rating,
                condition: 'CAPPED' as const,
                message: `EXCELLENT is capped at ${share} % of those rated GOOD (${allowed} of ${pool})`,
                messageVi: `Số đạt mức xuất sắc không vượt quá ${share}% số hoàn thành tốt (${allowed}/${pool})`,
              }),
            ]),
          })
        : m,
    ),
  )
}
