/**
 * The national benchmark's questions and what every server is asked them with: their names,
 * question 6's range and scopes, the fixture read from a loaded database, and global ids.
 * Shared by the harness (load.bench.ts), the SQL floor (floor-sql.ts) and the bare HTTP floor
 * (http-floor-server.ts).
 */

export const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'] as const
export type Question = (typeof QUESTIONS)[number]
export const TITLES: Record<Question, string> = {
  q1: 'urge list',
  q2: 'scorecard',
  q3: 'chain',
  q4: 'node fan-out (100 tasks)',
  q5: 'write mix (1 write : 1 urge list : 1 scorecard)',
  q6: 'missing reports (half-year)',
}

/**
 * Question 6's range: the periods due in the first half of 2025 (monthly, quarterly and
 * 6-monthly ones), judged on the day every question is asked on.
 */
export const HALF_YEAR = { from: '2025-01-01', to: '2025-06-30' } as const

/**
 * Wider and narrower scopes of question 6, asked only to count statements: chidao's count must
 * not grow with the number of organisations or periods (issue 16, "statements constant").
 */
export const Q6_SCOPES = {
  halfYear: { code: 'UBND-TINH', ...HALF_YEAR },
  eighteenMonths: { code: 'UBND-TINH', from: '2024-01-01', to: '2025-06-30' },
  oneDepartment: { code: 'SNV', ...HALF_YEAR },
  partyCommittee: { code: 'TU', from: '2024-01-01', to: '2025-06-30' },
} as const

/** The fixture of a loaded database: the first tenant's People's Committee and its rows. */
export interface Fixture {
  tenantId: string
  organizationId: string
  organizationGid: string
  chainSymbol: string
  taskIds: string[]
  openTaskIds: string[]
  /** Organisations of question 6's scopes (Q6_SCOPES), by code. */
  scopeIds: Record<string, string>
}

/** chidao's global id of a row: base64 of `Type:uuid`. */
export const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString('base64')

/** The row id inside one of chidao's global ids. */
export const idOfGlobal = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!
