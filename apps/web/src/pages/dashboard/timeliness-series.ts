import type { Timeliness } from '@chidao/domain'
import { graphql } from '../../graphql/graphql.js'

/**
 * The counts by timeliness that the chart and the table show of a scorecard line
 * ({@link TIMELINESS_SERIES}). Plain figures: unmasked (`@_unmask`), its fields sit in the
 * query's result.
 */
export const TimelinessCountsFragment = graphql(`
  fragment TimelinessCounts on TimelinessCounts @_unmask {
    total
    completedOnTime
    completedLate
    inProgress
    overdue
  }
`)

/** The counts of a scorecard line, by how its tasks stand. */
export interface TimelinessCountsFigures {
  readonly total: number
  readonly completedOnTime: number
  readonly completedLate: number
  readonly inProgress: number
  readonly overdue: number
}

/** One series of the chart and one column of the table: a way a task stands, and its colour. */
export interface TimelinessSeries {
  readonly timeliness: Timeliness
  readonly count: keyof Omit<TimelinessCountsFigures, 'total'>
  /** Contrast of at least 4.5:1 on white, and told apart by the legend's words too. */
  readonly colour: string
}

/** The series in the order a report lists them: done on time, done late, open, overdue. */
export const TIMELINESS_SERIES: readonly TimelinessSeries[] = [
  { timeliness: 'COMPLETED_ON_TIME', count: 'completedOnTime', colour: '#1b6e2a' },
  { timeliness: 'COMPLETED_LATE', count: 'completedLate', colour: '#8a5300' },
  { timeliness: 'IN_PROGRESS', count: 'inProgress', colour: '#1f4f9c' },
  { timeliness: 'OVERDUE', count: 'overdue', colour: '#a31515' },
]
