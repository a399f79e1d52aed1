/**
 * The types of the dashboard's answers that have no `id` and live inside the record holding
 * them (a scorecard and its lines, rates, counts, a place in the implementation tree), for the
 * client's `EMBEDDED_TYPES`.
 */
export const DASHBOARD_EMBEDDED_TYPES = [
  'DirectiveImplementation',
  'ProgressRollUp',
  'Rate',
  'Scorecard',
  'ScorecardLine',
  'TimelinessCounts',
] as const
