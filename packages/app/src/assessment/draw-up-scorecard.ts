import {
  type DirectiveId,
  domainError,
  groupByLead,
  type IsoDate,
  isIsoDate,
  leadTallyOf,
  type OrganizationId,
  type Scorecard,
  scorecardsFromTallies,
} from '@chidao/domain'
import type { TaskReader } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, orAbort } from '../use-case/use-case.js'
import { SCORECARD_ERRORS } from './scorecard-errors.js'
import type { ScorecardLine } from './scorecard-per-lead.js'

/**
 * Whose tasks to score: an organisation's (with its subtree by default) or a document's (with
 * the documents implementing it) — exactly one of the two.
 */
export interface DrawUpScorecardInput {
  readonly organizationId?: OrganizationId | null
  /** With the organisations below it; default `true`. */
  readonly includeSubtree?: boolean | null
  readonly directiveId?: DirectiveId | null
  /** Only the tasks due on or after this day. */
  readonly from?: IsoDate | null
  /** Only the tasks due on or before this day. */
  readonly to?: IsoDate | null
  /** The day the tasks are judged on; default today. */
  readonly asOf?: IsoDate | null
  /** A score 0–100, to have the rating computed with the task conditions. */
  readonly score?: number | null
}

/** The scorecard, and the same broken down by lead organisation. */
export interface DrawUpScorecardOutput {
  readonly card: Scorecard
  readonly byLead: readonly ScorecardLine[]
}

/** The ports {@link drawUpScorecard} calls. */
export interface DrawUpScorecardPorts {
  readonly tasks: Pick<TaskReader, 'scorecardByLead'>
}

/**
 * Draws up a scorecard (bảng đánh giá) as of a day: the tasks an organisation leads, or those
 * of a document and of the documents implementing it, counted by timeliness, with the rates
 * on both denominators, the progress rolled up, the rating when a score is given, and one line
 * per lead organisation, listed by `groupByLead` (the grouping and the order of a drafted
 * report's lines, and of `scorecardPerLead`). The tasks are counted per lead in the
 * database in one statement, with the leads (`scorecardByLead`); only the roll-up, which
 * follows the tree, and the sums and rates are reckoned here, by the domain.
 * Only what the caller may see is counted; an organisation or a document it may not see, like
 * one that does not exist, has no tasks.
 *
 * Fails with `VALIDATION` when neither or both of `organizationId` and `directiveId` are
 * given, or a score outside 0–100.
 *
 * @example
 * ```ts
 * const result = await drawUpScorecard(context, { directiveId, asOf: '2026-03-01' })
 * if (result.ok) result.value.card.rates.onTimeDueByDate.percent
 * ```
 */
export const drawUpScorecard = defineUseCase({
  name: 'drawUpScorecard',
  errors: ['VALIDATION', ...SCORECARD_ERRORS],
  async run(
    context: UseCaseContext<DrawUpScorecardPorts>,
    input: DrawUpScorecardInput,
  ): Promise<DrawUpScorecardOutput> {
    const { ports, clock } = context
    if ((input.organizationId == null) === (input.directiveId == null)) {
      abort(
        domainError(
          'VALIDATION',
          {
            en: 'Give exactly one of organizationId or directiveId',
            vi: 'Cần đúng một trong organizationId hoặc directiveId',
          },
          [],
        ),
      )
    }
    const score = input.score ?? null
    if (score !== null && !(score >= 0 && score <= 100)) {
      abort(
        domainError(
          'VALIDATION',
          { en: 'score must be 0–100', vi: 'điểm phải từ 0 đến 100' },
          ['score'],
          score,
        ),
      )
    }
    const asOf = input.asOf ?? clock.today()
    if (!isIsoDate(asOf)) {
      abort(
        domainError(
          'VALIDATION',
          { en: 'asOf must be a date YYYY-MM-DD', vi: 'asOf phải là ngày YYYY-MM-DD' },
          ['asOf'],
          asOf,
        ),
      )
    }
    const counted = await ports.tasks.scorecardByLead({
      asOf,
      filter: {
        ...(input.organizationId != null
          ? {
              leadOrganizationId: input.organizationId,
              includeSubtree: input.includeSubtree ?? true,
            }
          : { directiveId: input.directiveId ?? null, includeImplementing: true }),
        dueFrom: input.from ?? null,
        dueTo: input.to ?? null,
      },
    })
    const tallies = counted.map((line) => leadTallyOf(line, { asOf }))
    const cards = orAbort(scorecardsFromTallies(tallies, { asOf, score }))
    const cardOf = new Map(counted.map((line, i) => [line.leadId, cards.byLead[i]!]))
    const byLead = groupByLead(
      counted,
      counted.map((line) => line.lead),
    ).map((group) =>
      Object.freeze({ leadId: group.leadId, lead: group.lead, card: cardOf.get(group.leadId)! }),
    )
    return { card: cards.card, byLead: Object.freeze(byLead) }
  },
})

/** What {@link drawUpScorecard} may fail with. */
export const DRAW_UP_SCORECARD_ERRORS = drawUpScorecard.errors

/** A code {@link drawUpScorecard} may fail with. */
export type DrawUpScorecardError = UseCaseErrorOf<typeof drawUpScorecard>
