import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TEST_IDENTITY, exampleGatewayForSuite } from './support/gateway-harness.js'

/**
 * Queries run compiled (graphql-jit, `useCompiledQueries`) when their document holds one query
 * operation, and through graphql-js otherwise. The same operation sent both ways — alone, and
 * beside a second operation so that it is interpreted — must give the same answer, errors
 * included.
 */

const TASKS = `
query Tasks {
  tasks(first: 20, orderBy: DUE_ASC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id reference title status timeliness
        deadline { text due }
        lead { code name parent { code } }
        coordinators { code name }
        directive { symbol kind }
        progress statusLabel { vi en }
        progressReports { reportedOn percent narrative organization { code name } }
        subtasks { id reference lead { code } }
      }
    }
  }
}`

const SCORECARD = `
query Scorecard($directive: ID!) {
  scorecard(directiveId: $directive, asOf: "2026-03-01") {
    counts { total overdue inProgress completedOnTime completedLate cancelled }
    onTimeRateDueByDate { numerator denominator percent denominatorKind }
    progress { percent childrenWithData childrenTotal }
    byLead { organization { code } counts { total overdue } progress { percent } }
  }
}`

const ERRORS = `
query Errors {
  tasks(first: -1) { totalCount }
}`

describe.each(testBackends())('compiled queries on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let directiveId: string

  beforeAll(async () => {
    const found = await h.graphql<{ directive: { id: string } }>(
      '{ directive(symbol: "06-CTr/TU") { id } }',
    )
    directiveId = found.data!.directive.id
  })

  /** Posts a document naming the operation to run, as the default test caller. */
  async function run(query: string, operationName: string, variables = {}) {
    const token = await h.tokenFor(DEFAULT_TEST_IDENTITY)
    const response = await h.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, operationName, variables }),
    })
    return response.json()
  }

  /** The operation beside a second one, so that it runs interpreted. */
  const interpreted = (document: string, operationName: string, variables = {}) =>
    run(`${document}\nquery Other { __typename }`, operationName, variables)

  it('answers a page of tasks with nested records as graphql-js does', async () => {
    const compiled = await h.graphql(TASKS)
    expect(compiled.errors).toBeUndefined()
    const edges = (compiled.data as { tasks: { edges: unknown[] } }).tasks.edges
    expect(edges.length).toBeGreaterThan(5)
    expect(await interpreted(TASKS, 'Tasks')).toEqual(compiled)
  })

  it('answers a scorecard with variables as graphql-js does', async () => {
    const compiled = await h.graphql(SCORECARD, { directive: directiveId })
    expect(compiled.errors).toBeUndefined()
    expect(await interpreted(SCORECARD, 'Scorecard', { directive: directiveId })).toEqual(compiled)
  })

  it('gives the same error, code and path as graphql-js', async () => {
    const compiled = await h.graphql(ERRORS)
    expect(compiled.errors?.[0]?.extensions?.code).toBe('VALIDATION')
    expect(await interpreted(ERRORS, 'Errors')).toEqual(compiled)
  })

  it('runs the operation named, in a document of several, whichever ran first', async () => {
    const document = `query A { organization(code: "TU") { code } }
      query B { directive(symbol: "06-CTr/TU") { symbol } }`
    for (const [name, expected] of [
      ['B', { directive: { symbol: '06-CTr/TU' } }],
      ['A', { organization: { code: 'TU' } }],
      ['B', { directive: { symbol: '06-CTr/TU' } }],
    ] as const) {
      expect(await run(document, name)).toEqual({ data: expected })
    }
  })
})
