import { readdir, readFile } from 'node:fs/promises'
import { testBackends } from '@chidao/db/testing'
import { asId, type TenantId } from '@chidao/domain'
import { isEnumType, Kind, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import { errorTypeOf } from '../src/schema/support/error-codes.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

/**
 * Keeps docs/api.md true: every ```graphql block preceded by `<!-- run -->` is executed against
 * the example data, in document order (a mutation's effect is seen by the blocks after it), and
 * must answer without errors.
 *
 * The marker may carry JSON: `<!-- run {"variables": {…}, "expect": "ConflictError"} -->`.
 * A variable whose value starts with `@` is looked up in the example data first:
 * `@organization:CODE` and `@directive:SYMBOL` give the global ID, `@task:SYMBOL#REFERENCE` the
 * task's ID, `@version:SYMBOL#REFERENCE` its current version and `@report:SYMBOL#REFERENCE` the
 * id of its latest progress report, `@assessment:KEY` an assessment's, and
 * `@organization-version:CODE` an organisation's current version; in a list, each item is looked
 * up. `expect` names a `__typename` the answer must contain.
 *
 * The gateway serves the tenant `npm start` serves (`demo`), so that a bundle in an example is
 * the one a reader would import. Every field of Query and Mutation has an example; a mutating
 * example writes records of its own or ones no earlier example reads, and the read examples are
 * run again after every write to prove it.
 */

const API_DOC = new URL('../../../docs/api.md', import.meta.url)

interface Example {
  readonly name: string
  readonly query: string
  readonly variables: Record<string, unknown>
  readonly expect: string | null
}

function runnableExamples(markdown: string): Example[] {
  const pattern = /<!--\s*run\b(.*?)-->\s*\n```graphql\n([\s\S]*?)```/g
  return [...markdown.matchAll(pattern)].map((m, i) => {
    const options = m[1]?.trim() ? JSON.parse(m[1]) : {}
    const query = m[2] ?? ''
    const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1] ?? `example ${i + 1}`
    return {
      name,
      query,
      variables: options.variables ?? {},
      expect: options.expect ?? null,
    }
  })
}

const markdown = await readFile(API_DOC, 'utf8')
const examples = runnableExamples(markdown)

/** The tenant of the examples: the one `npm start` serves (`CHIDAO_TENANT`'s default). */
const DOCS_TENANT = asId<TenantId>('demo')

/** The fields of Query and Mutation an example selects at its root. */
function rootFieldsOf(example: Example): string[] {
  const fields: string[] = []
  for (const definition of parse(example.query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD)
        fields.push(`${definition.operation}.${selection.name.value}`)
    }
  }
  return fields
}

/** Whether an example only reads. */
function isRead(example: Example): boolean {
  return parse(example.query).definitions.every(
    (d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query',
  )
}

describe('docs/api.md', () => {
  it('has a runnable example of every field of Query and Mutation', () => {
    const shown = new Set(examples.flatMap(rootFieldsOf))
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `mutation.${f}`),
    ]
    expect(fields.filter((f) => !shown.has(f))).toEqual([])
  })

  it('has a valid example of every field of Subscription (they stream, so they are not run here)', () => {
    // Run over Server-Sent Events in live-updates.test.ts; here each is checked against the schema.
    const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => parse(m[1]!))
    const subscriptions = blocks.filter((document) =>
      document.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
      ),
    )
    for (const document of subscriptions) expect(validate(schema, document)).toEqual([])
    const shown = new Set(
      subscriptions.flatMap((document) =>
        document.definitions.flatMap((d) =>
          d.kind === Kind.OPERATION_DEFINITION
            ? d.selectionSet.selections.flatMap((f) =>
                f.kind === Kind.FIELD ? [f.name.value] : [],
              )
            : [],
        ),
      ),
    )
    const fields = Object.keys(schema.getSubscriptionType()!.getFields())
    expect(fields.filter((f) => !shown.has(f))).toEqual([])
  })

  it('marks its main examples to run', () => {
    const names = examples.map((e) => e.name)
    for (const name of [
      'TaskById',
      'FirstPage',
      'Directive',
      'UrgeList',
      'Scorecard',
      'DirectiveReportingRule',
      'NotReported',
      'HalfYearTotals',
      'Citations',
      'Report',
      'UpdateTask',
      'UpdateTaskStale',
      'ExtendTaskDeadline',
      'ReassignTaskLead',
      'TasksAwaitingReassignment',
      'SetDirectiveReportingRule',
      'ReportProgress',
      'CorrectProgressReport',
    ]) {
      expect(names).toContain(name)
    }
  })

  it('names only codes the source uses, and keeps the generic ones', async () => {
    const section = markdown.slice(
      markdown.indexOf('## Error codes'),
      markdown.indexOf('## Limits'),
    )
    const documented = new Set(section.match(/`[A-Z][A-Z_]{4,}`/g)?.map((c) => c.slice(1, -1)))
    const roots = [
      '../../../packages/domain/src/',
      '../../../packages/app/src/',
      '../../../packages/db/src/',
      '../src/',
    ]
    let source = ''
    for (const root of roots) {
      const dir = new URL(root, import.meta.url)
      for (const file of await readdir(dir, { recursive: true })) {
        if (file.endsWith('.ts')) source += await readFile(new URL(file, dir), 'utf8')
      }
    }
    // Codes graphql-js and graphql-yoga give, and settings named in the table.
    const external =
      /^(GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|INTERNAL_SERVER_ERROR|CHIDAO_\w+)$/
    const unknown = [...documented].filter((c) => !external.test(c) && !source.includes(`'${c}'`))
    expect(unknown).toEqual([])
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'VALIDATION']) {
      expect(documented).toContain(code)
    }
  })
})

describe('the codes of ErrorCode in docs/api.md', () => {
  it('lists every value of ErrorCode under the error type it comes as, and no other', () => {
    const section = markdown.slice(
      markdown.indexOf('### `ErrorCode`'),
      markdown.indexOf('### Access and transport'),
    )
    const listed = new Map<string, string>()
    for (const row of section.matchAll(/^\| `(\w+Error)` \| (.*) \|$/gm)) {
      for (const code of row[2]!.match(/`[A-Z][A-Z0-9_]+`/g) ?? [])
        listed.set(code.slice(1, -1), row[1]!)
    }
    const enumType = schema.getType('ErrorCode')
    if (!isEnumType(enumType)) throw new Error('no enum ErrorCode')
    const expected = new Map(enumType.getValues().map((v) => [v.name, errorTypeOf(v.name)]))
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected))
  })
})

describe.each(testBackends())('the examples of docs/api.md on %s', (backend) => {
  const h = exampleGatewayForSuite(backend, { tenant: DOCS_TENANT })

  async function lookUp(spec: string): Promise<unknown> {
    const [kind, key = ''] = spec.slice(1).split(/:(.*)/s)
    if (kind === 'organization' || kind === 'organization-version') {
      const r = await h.graphql<any>(
        'query($c: String!) { organization(code: $c) { id version } }',
        { c: key },
      )
      return kind === 'organization' ? r.data?.organization?.id : r.data?.organization?.version
    }
    if (kind === 'directive') {
      const r = await h.graphql<any>('query($s: String!) { directive(symbol: $s) { id } }', {
        s: key,
      })
      return r.data?.directive?.id
    }
    if (kind === 'task' || kind === 'version' || kind === 'report') {
      const [symbol, reference] = key.split('#')
      const r = await h.graphql<any>(
        `query($s: String!) { directive(symbol: $s) {
          tasks(first: 50) { edges { node { id reference version progressReports { id } } } } } }`,
        { s: symbol },
      )
      const task = r.data?.directive?.tasks.edges
        .map((e: any) => e.node)
        .find((t: any) => t.reference === reference)
      if (kind === 'report') return task?.progressReports.at(-1)?.id
      return kind === 'task' ? task?.id : task?.version
    }
    if (kind === 'assessment') {
      const r = await h.graphql<any>('{ assessments(first: 50) { edges { node { id key } } } }')
      return r.data?.assessments.edges.find((e: any) => e.node.key === key)?.node.id
    }
    throw new Error(`Unknown look-up ${spec}`)
  }

  async function resolved(value: unknown): Promise<unknown> {
    if (Array.isArray(value)) return Promise.all(value.map(resolved))
    return typeof value === 'string' && value.startsWith('@') ? lookUp(value) : value
  }

  async function resolveVariables(variables: Record<string, unknown>) {
    const values: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(variables)) {
      values[name] = await resolved(value)
      const items = Array.isArray(values[name]) ? (values[name] as unknown[]) : [values[name]]
      for (const item of items) expect(item, `variable ${name} (${String(value)})`).toBeDefined()
    }
    return values
  }

  async function runWithoutErrors(example: Example) {
    const r = await h.graphql<Record<string, unknown>>(
      example.query,
      await resolveVariables(example.variables),
    )
    expect(r.errors, `${example.name}: ${JSON.stringify(r.errors)}`).toBeUndefined()
    for (const [field, value] of Object.entries(r.data ?? {})) {
      expect(value, `${example.name}: ${field}`).not.toBeNull()
    }
    return r
  }

  // In document order: the stale update must come after the one that moved the version on.
  for (const example of examples) {
    it(`runs ${example.name} without errors`, async () => {
      const r = await runWithoutErrors(example)
      if (example.expect) {
        expect(JSON.stringify(r.data)).toContain(`"__typename":"${example.expect}"`)
      }
    })
  }

  it('still runs every read example after every write example', async () => {
    const reads = examples.filter(isRead)
    expect(reads.length).toBeGreaterThan(10)
    for (const example of reads) await runWithoutErrors(example)
  })

  it('answers the examples with data worth showing', async () => {
    const org = await lookUp('@organization:UBND-TINH')
    const urge = examples.find((e) => e.name === 'UrgeList')!
    const r = await h.graphql<any>(urge.query, { org })
    expect(r.data.tasks.totalCount).toBeGreaterThan(0)
    const citations = examples.find((e) => e.name === 'Citations')!
    const c = await h.graphql<any>(citations.query)
    expect(c.data.extractCitations.map((x: any) => x.symbol)).toEqual(['93-KL/TW', '42-CT/TW'])
    expect(c.data.extractCitations[0].directive).not.toBeNull()
    // The response shown after the stale update is the one the server gives.
    const stale = examples.find((e) => e.name === 'UpdateTaskStale')!
    const after = markdown.slice(markdown.indexOf('mutation UpdateTaskStale'))
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(after)![1]!)
    expect(await h.graphql(stale.query, await resolveVariables(stale.variables))).toEqual(shown)
  })

  it('answers a query error as § Errors of queries shows it', async () => {
    const section = markdown.slice(markdown.indexOf('## Errors of queries'))
    const query = /```graphql\n([\s\S]*?)```/.exec(section)![1]!
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!)
    expect(query).toContain('query NotASymbol')
    expect(await h.graphql(query)).toEqual(shown)
  })

  it('gives the top-level error codes and statuses the error table states', async () => {
    const invalid = await h.post('{ tasks { noSuchField } }')
    const invalidBody = (await invalid.json()) as any
    expect(invalidBody.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(invalid.status).toBe(200)
    const strict = await h.post('{ tasks { noSuchField } }', undefined, undefined, {
      accept: 'application/graphql-response+json',
    })
    expect(strict.status).toBe(400)
    const deepQuery = `{ tasks { edges { node { subtasks { subtasks { subtasks { subtasks { subtasks {
        subtasks { subtasks { subtasks { subtasks { title } } } } } } } } } } } } }`
    const deep = await h.post(deepQuery)
    const deepBody = (await deep.json()) as any
    expect(deepBody.errors[0].message).toMatch(/Query depth limit of 12 exceeded/)
    // A limit's refusal has a code of its own and the limit, as the table says.
    expect(deepBody.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12 })
    // A request error like an invalid document: 400 under application/graphql-response+json.
    const deepStrict = await h.post(deepQuery, undefined, undefined, {
      accept: 'application/graphql-response+json',
    })
    expect(deepStrict.status).toBe(400)
    const badSymbol = await h.graphql(`{ directive(symbol: "not a symbol") { id } }`)
    expect(badSymbol.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_DOCUMENT_SYMBOL',
      messageVi: expect.stringContaining('Không phải số, ký hiệu văn bản'),
      path: ['symbol'],
    })
  })
})
