/**
 * Whether a record the caller may not see is answered as fast as an absent one, on every write
 * path that names a document or a task.
 *
 * `npm run bench -- hidden-vs-absent [--pairs 200] [--warmup 20] [--backend pglite|postgres]
 *  [--paths reportProgress,updateTask] [--quick]`
 *
 * 1. A gateway in this process (`createGateway`, requests through `yoga.fetch`: no socket, so
 *    nothing between the timer and the gateway but the gateway) on a fresh database from
 *    `@chidao/db/testing`: PGlite, and PostgreSQL as well when `DATABASE_URL` is set (a
 *    database created for the run and dropped after it). `--backend` picks one.
 * 2. The example bundle, then, as an ADMIN cleared for everything, the records of the policy
 *    matrix (apps/gateway/test/policy-matrix.test.ts): 88-KH/TU, a document marked MẬT issued by
 *    BTV-TU, and in it a twin of task II.6 of 06-CTr/TU (lead SKHCN, coordinators LHH and SNV).
 * 3. Per path, a caller cleared PUBLIC who may otherwise do the write — first checked by making
 *    it once on the public record — posts `pairs` pairs after `warmup` unrecorded ones: one
 *    request naming the MẬT record, one naming an absent record (a global id of the same type
 *    around a fresh random UUID); the inputs are otherwise the same, the order within a pair
 *    alternates. Each answer must be byte for byte the first absent answer (a NotFoundError):
 *    if one differs the run stops.
 * 4. Per path: median and p90 of each, the ratio of medians hidden / absent, the Mann–Whitney
 *    two-sided p-value, the chance a hidden request is slower than an absent one, a bootstrap
 *    95 % interval of median(hidden) − median(absent), the SQL statements per request and the
 *    time spent in them (Kysely's own measure: where a difference lies, database or gateway).
 *    A path is flagged when the ratio leaves 0.8–1.25 or p < 0.01.
 */
import { randomUUID } from 'node:crypto'
import { loadavg } from 'node:os'
import { importBundle, loadExampleBundle } from '@chidao/db'
import { createTestDatabase, type TestBackend } from '@chidao/db/testing'
import type { TenantId } from '@chidao/domain'
import { createGateway, DEFAULT_LIMITS, readSecurityConfig } from '@chidao/gateway'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import type { BenchmarkReport, Measurement } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark } from '../lib/command-line.js'
import { median, percentile, timingOf } from '../lib/measure.js'
import { bootstrapMedianDifference, mannWhitney } from '../lib/stats.js'

const SECRET = 'chidao-hidden-vs-absent-bench-secret-0123456789abcdef-0123'
type Role = 'REPORTER' | 'EDITOR' | 'ADMIN'

interface Options {
  readonly pairs: number
  readonly warmup: number
  readonly backends: readonly TestBackend[]
  /** The mutations to measure (`--paths reportProgress,updateTask`); default all. */
  readonly paths: readonly WritePath[]
}

function options(argv: readonly string[]): Options {
  const quick = argv.includes('--quick')
  const count = (name: string, fallback: number) => {
    const v = argValue(argv, name)
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`)
    return n
  }
  const backend = argValue(argv, 'backend')
  if (backend !== undefined && backend !== 'pglite' && backend !== 'postgres') {
    throw new Error(`--backend must be pglite or postgres, got "${backend}"`)
  }
  if (backend === 'postgres' && !process.env.DATABASE_URL) {
    throw new Error(
      '--backend postgres needs DATABASE_URL (a server where it may create a database)',
    )
  }
  const backends: TestBackend[] = backend
    ? [backend]
    : process.env.DATABASE_URL
      ? ['pglite', 'postgres']
      : ['pglite']
  const only = argValue(argv, 'paths')?.split(',')
  const paths = PATHS.filter((p) => !only || only.includes(p.field))
  const unknown = only?.filter((f) => !PATHS.some((p) => p.field === f)) ?? []
  if (unknown.length > 0) {
    throw new Error(
      `--paths: no ${unknown.join(', ')}; known: ${PATHS.map((p) => p.field).join(', ')}`,
    )
  }
  return {
    pairs: count('pairs', quick ? 20 : 200),
    warmup: count('warmup', quick ? 5 : 20),
    backends,
    paths,
  }
}

/** The records the paths name (global ids), read or made once per backend. */
interface Fixture {
  readonly task: Record<'PUBLIC' | 'MAT', string>
  readonly directive: Record<'PUBLIC' | 'MAT', string>
  readonly conclusion: string
  readonly org: Readonly<Record<string, string>>
  /** The version of the MẬT twin (given with the absent id as well). */
  readonly twinVersion: number
}

/** One write path: a mutation and the argument in it that names the record. */
interface WritePath {
  readonly field: string
  /** The argument, dotted, inside `input`. */
  readonly argument: string
  readonly type: 'Task' | 'Directive'
  /** The caller, cleared PUBLIC. */
  readonly caller: { readonly role: Role; readonly org: string }
  /**
   * The input aimed at `named` (a global id), with `version` where the mutation carries one:
   * the twin's for both the hidden and the absent request, so that they differ only in the id;
   * `n` keeps keys unique.
   */
  input(fx: Fixture, named: string, version: number, n: number): Record<string, unknown>
  /**
   * The record's public counterpart, to check the caller may otherwise do the write; by
   * default the public record of `type` (see {@link publicValueOf}).
   */
  publicValue?(fx: Fixture): string
}

/** The public record a path's write is first made on: its own choice, else the public `type`. */
function publicValueOf(path: WritePath, fx: Fixture): string {
  return path.publicValue?.(fx) ?? (path.type === 'Task' ? fx.task : fx.directive).PUBLIC
}

const EDITOR_OF_ISSUER = { role: 'EDITOR', org: 'BTV-TU' } as const

const PATHS: readonly WritePath[] = [
  {
    field: 'createTask',
    argument: 'directiveId',
    type: 'Directive',
    caller: EDITOR_OF_ISSUER,
    input: (fx, named, _version, n) => ({
      directiveId: named,
      reference: `DO.${n}`,
      title: `Nhiệm vụ đo ${n}`,
      leadId: fx.org.SKHCN,
      coordinatorIds: [fx.org.LHH, fx.org.SNV],
    }),
  },
  {
    field: 'linkDirectives',
    argument: 'targetId',
    type: 'Directive',
    caller: EDITOR_OF_ISSUER,
    input: (fx, named) => ({
      sourceId: fx.directive.PUBLIC,
      targetId: named,
      type: 'CITES',
      effectiveOn: '2026-01-10',
    }),
    publicValue: (fx) => fx.conclusion,
  },
  {
    field: 'recordAssessment',
    argument: 'subject.directiveId',
    type: 'Directive',
    // The assessor is SKHCN: an EDITOR records its own organisation's judgements.
    caller: { role: 'EDITOR', org: 'SKHCN' },
    input: (fx, named, _version, n) => ({
      key: `do-${n}`,
      kind: 'SELF_ASSESSMENT',
      subject: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: named,
        organizationId: fx.org.SKHCN,
      },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: fx.org.SKHCN,
      assessedOn: '2026-01-15',
    }),
  },
  {
    field: 'reportProgress',
    argument: 'taskId',
    type: 'Task',
    caller: { role: 'REPORTER', org: 'SKHCN' },
    input: (_fx, named, _version, n) => ({
      taskId: named,
      percent: 40,
      narrative: `Báo cáo đo ${n}`,
    }),
  },
  {
    field: 'updateTask',
    argument: 'id',
    type: 'Task',
    caller: EDITOR_OF_ISSUER,
    input: (_fx, named, version, n) => ({
      id: named,
      version,
      description: `Mô tả đo ${n}`,
    }),
  },
  {
    field: 'pauseTask',
    argument: 'id',
    type: 'Task',
    caller: EDITOR_OF_ISSUER,
    input: (_fx, named, version) => ({ id: named, version }),
  },
  {
    field: 'cascadeTask',
    argument: 'taskId',
    type: 'Task',
    // The lead's side: SKHCN and STC (the subtask's lead) are both under UBND-TINH.
    caller: { role: 'EDITOR', org: 'UBND-TINH' },
    input: (fx, named, _version, n) => ({
      taskId: named,
      leadIds: [fx.org.STC],
      referencePrefix: `GX${n}`,
    }),
  },
]

const inputType = (field: string) => `${field[0]!.toUpperCase()}${field.slice(1)}Input`
const documentOf = (field: string, select = '') =>
  `mutation($input: ${inputType(field)}!) { ${field}(input: $input) {
    __typename ... on Error { code message messageVi path } ${select} } }`

/** A mutation's result as the bench selects it: the union member, and an error's code. */
interface Result {
  readonly __typename?: string
  readonly code?: string
}

/** The result of `field` in an answer, if it has one. */
function resultOf(answer: Answer, field: string): Result | undefined {
  const json = JSON.parse(answer.text) as { data?: Record<string, Result | null> }
  return json.data?.[field] ?? undefined
}

/** One answer of the gateway, as the caller reads it, and what it cost. */
interface Answer {
  readonly status: number
  /** The body as sent: compared byte for byte. */
  readonly text: string
  readonly ms: number
  /** SQL statements the request ran (BEGIN and COMMIT excepted). */
  readonly statements: number
  /** Their time as Kysely measures it, from sending each to its result, in milliseconds. */
  readonly dbMs: number
}

interface Gateway {
  readonly backend: TestBackend
  readonly fixture: Fixture
  tokenFor(role: Role, org: string | null, clearance: 'PUBLIC' | 'TUYET_MAT'): Promise<string>
  /** Posts a document with a bearer token; times it from the request to the last byte. */
  post(token: string, query: string, variables: Record<string, unknown>): Promise<Answer>
  /** Posts as an ADMIN cleared for everything; fails unless the answer has data and no error. */
  admin<T>(query: string, variables?: Record<string, unknown>): Promise<T>
  dispose(): Promise<void>
}

/** A fresh database on `backend` with the example bundle, and a gateway in this process on it. */
async function openGateway(backend: TestBackend): Promise<Gateway> {
  let statements = 0
  let dbMs = 0
  const database = await createTestDatabase(backend, {
    onQuery: (event) => {
      statements++
      dbMs += event.queryDurationMillis
    },
  })
  try {
    const example = await loadExampleBundle()
    const tenantId: TenantId = example.tenant.id
    await database.db.ensureTenant(tenantId, example.tenant.name)
    await importBundle(
      database.db,
      example,
      { actor: 'bench:hidden-vs-absent' },
      { clearance: 'TUYET_MAT' },
    )
    const yoga = createGateway({
      db: database.db,
      tenantId,
      security: { ...readSecurityConfig({}), jwtSecret: SECRET },
      limits: DEFAULT_LIMITS,
    })
    const tokenFor: Gateway['tokenFor'] = (role, org, clearance) =>
      mintDevelopmentToken(SECRET, {
        subject: `bench-${role.toLowerCase()}-${org ?? 'none'}`,
        tenantId,
        organizationCode: org,
        roles: [role],
        clearance,
        ttlSeconds: 24 * 3600,
      })
    const post: Gateway['post'] = async (token, query, variables) => {
      const body = JSON.stringify({ query, variables })
      const before = statements
      const dbBefore = dbMs
      const start = process.hrtime.bigint()
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      })
      const text = await response.text()
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      return {
        status: response.status,
        text,
        ms,
        statements: statements - before,
        dbMs: dbMs - dbBefore,
      }
    }
    const adminToken = await tokenFor('ADMIN', null, 'TUYET_MAT')
    const admin: Gateway['admin'] = async <T>(query: string, variables = {}): Promise<T> => {
      const answer = await post(adminToken, query, variables)
      const json = JSON.parse(answer.text) as {
        data?: Record<string, Result | null>
        errors?: unknown
      }
      const failed = Object.values(json.data ?? {}).some((v) => v?.code !== undefined)
      if (!json.data || json.errors || failed) throw new Error(`set-up failed: ${answer.text}`)
      return json.data as never
    }
    const fixture = await makeFixture(admin)
    return { backend, fixture, tokenFor, post, admin, dispose: () => database.dispose() }
  } catch (error) {
    await database.dispose()
    throw error
  }
}

/** The records of the policy matrix: the example's II.6 and 06-CTr/TU, their MẬT twins. */
async function makeFixture(admin: Gateway['admin']): Promise<Fixture> {
  type Edges<T> = { edges: { node: T }[] }
  const r = await admin<{
    tasks: Edges<{ id: string; reference: string; directive: { id: string; symbol: string } }>
    conclusion: { id: string }
    organizations: Edges<{ id: string; code: string }>
  }>(`{
    tasks(filter: { search: "II.6" }) { edges { node { id reference directive { id symbol } } } }
    conclusion: directive(symbol: "93-KL/TW") { id }
    organizations(first: 100) { edges { node { id code } } } }`)
  const ii6 = r.tasks.edges.find(
    (e) => e.node.reference === 'II.6' && e.node.directive.symbol === '06-CTr/TU',
  )?.node
  if (!ii6) throw new Error('the example bundle has no task II.6 in 06-CTr/TU')
  const org = Object.fromEntries(r.organizations.edges.map((e) => [e.node.code, e.node.id]))
  const secret = await admin<{ createDirective: { directive: { id: string } } }>(
    documentOf('createDirective', '... on CreateDirectivePayload { directive { id } }'),
    {
      input: {
        symbol: '88-KH/TU',
        issuerCode: 'BTV-TU',
        issuedOn: '2026-01-05',
        title: 'Kế hoạch mật thực hiện Chương trình 06',
        secrecy: 'MAT',
      },
    },
  )
  const twin = await admin<{ createTask: { task: { id: string; version: number } } }>(
    documentOf('createTask', '... on TaskPayload { task { id version } }'),
    {
      input: {
        directiveId: secret.createDirective.directive.id,
        reference: 'II.6',
        title: 'Nhiệm vụ mật',
        leadId: org.SKHCN,
        coordinatorIds: [org.LHH, org.SNV],
        deadline: 'Quý III/2027',
      },
    },
  )
  return {
    task: { PUBLIC: ii6.id, MAT: twin.createTask.task.id },
    directive: { PUBLIC: ii6.directive.id, MAT: secret.createDirective.directive.id },
    conclusion: r.conclusion.id,
    org,
    twinVersion: twin.createTask.task.version,
  }
}

/** Checks that the caller may make the write on the public record (it must succeed). */
async function checkAllowed(gw: Gateway, path: WritePath, token: string): Promise<string> {
  const named = publicValueOf(path, gw.fixture)
  let version = 0
  if (path.type === 'Task') {
    const v = await gw.admin<{ node: { version: number } }>(
      'query($id: ID!) { node(id: $id) { ... on Task { version } } }',
      { id: named },
    )
    version = v.node.version
  }
  const answer = await gw.post(token, documentOf(path.field), {
    input: path.input(gw.fixture, named, version, 0),
  })
  const typename = resultOf(answer, path.field)?.__typename
  if (!typename || typename.endsWith('Error')) {
    throw new Error(
      `${path.field} as ${path.caller.role} of ${path.caller.org} on the public record is not allowed, so the hidden record's answer would not be the only refusal measured: ${answer.text}`,
    )
  }
  return typename
}

interface PathSamples {
  readonly allowed: string
  readonly answer: string
  /** How many answers were compared with the first absent one, warm-up included. */
  readonly compared: number
  readonly hidden: readonly Answer[]
  readonly absent: readonly Answer[]
}

/**
 * `warmup` + `pairs` interleaved pairs on one path (hidden first in even pairs, absent first in
 * odd ones); every answer must be the first absent one, byte for byte.
 */
async function measurePath(gw: Gateway, path: WritePath, opts: Options): Promise<PathSamples> {
  const token = await gw.tokenFor(path.caller.role, path.caller.org, 'PUBLIC')
  const allowed = await checkAllowed(gw, path, token)
  const query = documentOf(path.field)
  const hiddenId = path.type === 'Task' ? gw.fixture.task.MAT : gw.fixture.directive.MAT
  let n = 0
  const ask = (named: string) =>
    gw.post(token, query, { input: path.input(gw.fixture, named, gw.fixture.twinVersion, ++n) })
  const absentId = () => encodeGlobalID(path.type, randomUUID())
  const reference = await ask(absentId())
  const code = resultOf(reference, path.field)?.code
  if (code !== `${path.type.toUpperCase()}_NOT_FOUND`) {
    throw new Error(
      `${path.field}: an absent ${path.type} is not answered as not found: ${reference.text}`,
    )
  }
  const hidden: Answer[] = []
  const absent: Answer[] = []
  for (let i = 0; i < opts.warmup + opts.pairs; i++) {
    const order = i % 2 === 0 ? (['hidden', 'absent'] as const) : (['absent', 'hidden'] as const)
    for (const kind of order) {
      const answer = await ask(kind === 'hidden' ? hiddenId : absentId())
      if (answer.status !== reference.status || answer.text !== reference.text) {
        throw new Error(
          `${path.field}.${path.argument} on ${gw.backend}: the ${kind} record is answered differently.\nabsent: ${reference.status} ${reference.text}\n${kind}: ${answer.status} ${answer.text}`,
        )
      }
      if (i >= opts.warmup) (kind === 'hidden' ? hidden : absent).push(answer)
    }
  }
  const compared = 2 * (opts.warmup + opts.pairs)
  return { allowed, answer: reference.text, compared, hidden, absent }
}

/** What one path's samples say. */
interface PathSummary {
  readonly name: string
  readonly backend: TestBackend
  readonly hidden: Side
  readonly absent: Side
  readonly ratio: number
  readonly p: number
  readonly probabilityHiddenSlower: number
  readonly difference: { readonly estimate: number; readonly low: number; readonly high: number }
  /** The same test and interval on the time spent in SQL statements alone. */
  readonly db: {
    readonly p: number
    readonly difference: { readonly estimate: number; readonly low: number; readonly high: number }
  }
  /** Ratio of medians outside 0.8–1.25, or p < 0.01. */
  readonly flagged: boolean
}

/** One kind of request (hidden or absent) on one path. */
interface Side {
  readonly medianMs: number
  readonly p90Ms: number
  readonly statements: string
  /** Median time in SQL statements per request. */
  readonly dbMedianMs: number
}

const sortedMs = (answers: readonly Answer[]) => answers.map((a) => a.ms).sort((a, b) => a - b)
const sortedDbMs = (answers: readonly Answer[]) => answers.map((a) => a.dbMs).sort((a, b) => a - b)

function sideOf(answers: readonly Answer[]): Side {
  const ms = sortedMs(answers)
  return {
    medianMs: median(ms),
    p90Ms: percentile(ms, 0.9),
    statements: statementsOf(answers),
    dbMedianMs: median(sortedDbMs(answers)),
  }
}

/** `5`, or `5–7` when requests of one kind ran different numbers of statements. */
function statementsOf(answers: readonly Answer[]): string {
  const counts = answers.map((a) => a.statements)
  const low = Math.min(...counts)
  const high = Math.max(...counts)
  return low === high ? String(low) : `${low}–${high}`
}

function summarize(backend: TestBackend, path: WritePath, samples: PathSamples): PathSummary {
  const hidden = sortedMs(samples.hidden)
  const absent = sortedMs(samples.absent)
  const test = mannWhitney(hidden, absent)
  const ratio = median(hidden) / median(absent)
  const dbHidden = sortedDbMs(samples.hidden)
  const dbAbsent = sortedDbMs(samples.absent)
  return {
    name: `${path.field}.${path.argument}`,
    backend,
    hidden: sideOf(samples.hidden),
    absent: sideOf(samples.absent),
    ratio,
    p: test.p,
    probabilityHiddenSlower: test.probabilityAGreater,
    difference: bootstrapMedianDifference(hidden, absent),
    db: {
      p: mannWhitney(dbHidden, dbAbsent).p,
      difference: bootstrapMedianDifference(dbHidden, dbAbsent),
    },
    flagged: ratio < 0.8 || ratio > 1.25 || test.p < 0.01,
  }
}

const fixed = (x: number, digits = 2) => x.toFixed(digits)
const pValue = (p: number) => (p < 0.001 ? '<0.001' : p.toFixed(3))

/** The two rows of a path in the runner's table, with every sample in the JSON. */
function measurementsOf(s: PathSummary, samples: PathSamples, opts: Options): Measurement[] {
  const row = (kind: 'hidden' | 'absent', answers: readonly Answer[]): Measurement => ({
    label: `${s.name} (${s.backend})`,
    variant: 'chidao',
    input: kind === 'hidden' ? 'hidden (MẬT)' : 'absent (random id)',
    timing: timingOf(
      answers.map((a) => a.ms),
      opts.warmup,
    ),
    figures: {
      'p90 ms': fixed(s[kind].p90Ms),
      statements: s[kind].statements,
      'db ms': fixed(s[kind].dbMedianMs),
      ...(kind === 'hidden'
        ? {
            'hidden/absent': fixed(s.ratio, 3),
            'p (M-W)': pValue(s.p),
            'P(h>a)': fixed(s.probabilityHiddenSlower),
            'Δmedian 95% CI ms': `[${fixed(s.difference.low)}, ${fixed(s.difference.high)}]`,
            'same answer': true,
            flag: s.flagged ? 'LOOK' : '',
          }
        : {}),
    },
  })
  return [row('hidden', samples.hidden), row('absent', samples.absent)]
}

function noteOf(s: PathSummary, samples: PathSamples): string {
  return (
    `${s.name} on ${s.backend}: hidden ${fixed(s.hidden.medianMs)} ms (p90 ${fixed(s.hidden.p90Ms)}), ` +
    `absent ${fixed(s.absent.medianMs)} ms (p90 ${fixed(s.absent.p90Ms)}), ratio ${fixed(s.ratio, 3)}, ` +
    `p ${pValue(s.p)}, median(hidden) − median(absent) ${fixed(s.difference.estimate)} ms, ` +
    `95 % CI [${fixed(s.difference.low)}, ${fixed(s.difference.high)}]; statements ${s.hidden.statements} / ${s.absent.statements}; ` +
    `in SQL ${fixed(s.hidden.dbMedianMs, 3)} / ${fixed(s.absent.dbMedianMs, 3)} ms, difference ${fixed(s.db.difference.estimate, 3)} ms, ` +
    `95 % CI [${fixed(s.db.difference.low, 3)}, ${fixed(s.db.difference.high, 3)}], p ${pValue(s.db.p)}; ` +
    `${samples.compared} answers (warm-up included) identical to the first absent one: ${samples.answer}; ` +
    `the caller's write on the public record: ${samples.allowed}` +
    (s.flagged ? ' — FLAGGED: ratio outside 0.8–1.25 or p < 0.01' : '')
  )
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')

async function main(argv: readonly string[]): Promise<BenchmarkReport> {
  const opts = options(argv)
  const measurements: Measurement[] = []
  const notes: string[] = [
    `${opts.pairs} interleaved pairs per path after ${opts.warmup} unrecorded ones; requests through yoga.fetch in this process, one at a time; callers cleared PUBLIC`,
  ]
  for (const backend of opts.backends) {
    const loadBefore = load()
    const gw = await openGateway(backend)
    try {
      for (const path of opts.paths) {
        const samples = await measurePath(gw, path, opts)
        const summary = summarize(backend, path, samples)
        measurements.push(...measurementsOf(summary, samples, opts))
        notes.push(noteOf(summary, samples))
        console.log(
          `${backend} ${summary.name}: hidden/absent ${fixed(summary.ratio, 3)}, p ${pValue(summary.p)}${summary.flagged ? ' FLAGGED' : ''}`,
        )
      }
    } finally {
      await gw.dispose()
    }
    notes.push(`${backend}: load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`)
  }
  return { measurements, comparisons: [], notes }
}

export default commandLineBenchmark(
  'hidden-vs-absent',
  'write paths: a hidden record answered as fast as an absent one',
  main,
)
