/**
 * Property-based fuzzing (fast-check) of every GraphQL input through the real yoga handler:
 * every argument of every root field (each mutation's input, each query's filters, symbols,
 * search texts, cursors, ids and dates) and every argument of a field on an object type
 * (`Directive.report`, `Organization.tasks`, `Deadline.dueDates`…), generated from the schema
 * itself, so a field added later is fuzzed without touching this file.
 *
 * Values mix plausible ones (ids of the example data, real dates, versions) with hostile ones:
 * Vietnamese text in NFC and NFD, control characters, empty and huge (≥ 100 kB) strings, SQL and
 * HTML fragments, lone surrogates, numbers out of range, values of the wrong type.
 *
 * Checked on every answer: no 5xx, no unmasked error ("Unexpected error."), no stack trace or
 * SQL text (once the fuzzed values themselves are taken out); after a refused write (a typed
 * error or a GraphQL error) every table's row count, the audit log's included, is unchanged.
 *
 * CHIDAO_FUZZ_RUNS (default 2000) sets the number of inputs, CHIDAO_FUZZ_SEED (default
 * 20260301) the seed; a failure prints the seed, the path and the counterexample.
 */
import fc from 'fast-check'
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schema } from '../../src/schema/index.js'
import { gatewayHarness, loadExampleInto } from '../support/gateway-harness.js'
import { leakIn } from './support.js'

const RUNS = Number(process.env.CHIDAO_FUZZ_RUNS ?? 2000)
const SEED = Number(process.env.CHIDAO_FUZZ_SEED ?? 20260301)

type Harness = Awaited<ReturnType<typeof gatewayHarness>>

// ---------------------------------------------------------------------------------------------
// Hostile values

const VIETNAMESE = [
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
  'Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Ban Bí thư Trung ương Đảng khóa X',
  'Kết luận 93-KL/TƯ',
  'Số: 93-kl-tw',
  'Tỉnh ủy Thừa Thiên Huế',
  'Sở Khoa học và Công nghệ',
  'chậm nhất ngày 14/5/2021',
  'Quý III/2027',
  'hằng năm từ năm 2022',
  'Thường xuyên',
  'Đảng bộ xã Ỷ La',
  'Liên hiệp các Hội Khoa học và Kỹ thuật',
  'ỨNG DỤNG CÔNG NGHỆ',
  'TU',
  'SKHCN',
  'II.6',
]
const SQL = [
  "'; drop table task; --",
  "' or '1'='1",
  "1' union select password from pg_shadow --",
  '$$; select pg_sleep(10); $$',
  "\\'; delete from audit_event where true; --",
  '%_%',
  '\\',
  "');--",
  "E'\\x00'",
  '/* */ or 1=1',
]
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '&lt;b&gt; &amp; &#x27;',
  '{{constructor.constructor("x")()}}',
  '$'.concat('{process.exit(1)}'),
  '__proto__',
  'constructor',
]
const CONTROL = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u200b',
  '\ufeff',
  '\u202e',
  '\r\n',
  '\t',
  '\u2028',
]
const SURROGATES = ['\ud800', '\udfff', 'a\ud83d', '\udc00b', '\ud83d\ude00']
const DATES = [
  '2026-03-01',
  '2025-07-01',
  '2024-02-29',
  '2023-02-29',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '10000-01-01',
  '2026-3-1',
  '01/03/2026',
  '2026-03-01T00:00:00Z',
  '2026-03-01T03:00:00.000Z',
  '-001000-01-01',
  'today',
]
const INTS = [
  0,
  1,
  -1,
  2,
  3,
  10,
  100,
  2022,
  2026,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e300,
  1.5,
]
const FLOATS = [0, -0, 50, 100, 100.0001, -1, 101, 1e308, -1e308, 5e-324, 0.1 + 0.2, 2 ** 53 + 2]

/** Case and normalisation changes that must read the same (or be refused) everywhere. */
const variants = (s: string) =>
  fc.constantFrom(s, s.normalize('NFD'), s.toUpperCase(), s.toLowerCase(), ` ${s} `)

/** The strings of the fuzz: mixes of everything above, huge and empty ones included. */
function hostileString(plausible: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE).chain(variants) },
    { weight: 2, arbitrary: fc.constantFrom(...SQL) },
    { weight: 2, arbitrary: fc.constantFrom(...HTML) },
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
    { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...DATES) },
  )
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
    },
    ...(plausible.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...plausible) }] : []),
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom(' ', '   \t\n') },
    {
      weight: 1,
      // ≥ 100 kB: Vietnamese (2–3 bytes a letter in UTF-8), ASCII, or one huge "word".
      arbitrary: fc.constantFrom(
        'Đảng bộ tỉnh thực hiện nghị quyết. '.repeat(3_000),
        'x'.repeat(100_001),
        `${'a'.repeat(60_000)} ${'Đ'.repeat(40_000)}`,
        `93-KL/${'T'.repeat(100_000)}`,
      ),
    },
  )
}

/** A value of the wrong shape, to reach the coercion of every scalar. */
const wrongShape = fc.oneof(
  fc.constantFrom<unknown>(true, false, {}, [], [[]], { a: 1 }, '1', 1, -1, 1e308, 'null'),
  fc.jsonValue({ maxDepth: 2 }),
)

// ---------------------------------------------------------------------------------------------
// Values from the schema

interface Plausible {
  /** Global IDs of the example data, by type name. */
  readonly ids: Record<string, string[]>
  readonly codes: string[]
  readonly symbols: string[]
  readonly cursors: string[]
}

function globalIds(plausible: Plausible): string[] {
  return Object.values(plausible.ids).flat()
}

/** Forged global IDs: right type, wrong local id (not a UUID, SQL, huge), or garbage. */
const forgedIds = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Task', 'Organization', 'Directive', 'Assessment', 'Tenant', ''),
      fc.oneof(
        fc.constantFrom(
          'not-a-uuid',
          '00000000-0000-0000-0000-000000000000',
          "1' or '1'='1",
          '-1',
          '99999999999999999999',
          'ffffffff-ffff-ffff-ffff-ffffffffffff',
        ),
        fc.string({ unit: 'binary', maxLength: 40 }),
      ),
    )
    .map(([type, id]) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64')),
  fc.constantFrom('', '=', '!!!', 'VGFzaw==', 'Og==', 'a'.repeat(5000)),
)

/**
 * The arguments of one field: half the time "wild" (anything, wrong types and nulls included,
 * mostly refused by coercion or validation), half the time "tame" (well-typed values, known ids,
 * real dates, the current versions, hostile strings) so that writes get through and store them.
 */
function argumentsFor(
  args: readonly GraphQLArgument[],
  plausible: Plausible,
): fc.Arbitrary<Record<string, unknown>> {
  const of = (tame: boolean) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {}
    const required: string[] = []
    for (const arg of args) {
      record[arg.name] = valueOfType(arg.type, arg.name, plausible, 0, tame)
      if (isNonNullType(arg.type)) required.push(arg.name)
    }
    return fc.record(record, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>
  }
  return fc.oneof(of(false), of(true))
}

/** A fast-check arbitrary for one input type; `name` is the field's, to pick plausible values. */
function valueOfType(
  type: GraphQLInputType,
  name: string,
  plausible: Plausible,
  depth: number,
  tame: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueOfType(type.ofType, name, plausible, depth, tame)
    if (tame) return inner
    // Now and then a null (or nothing) where the schema says non-null.
    return fc.oneof({ weight: 30, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) })
  }
  const nullable = (inner: fc.Arbitrary<unknown>) =>
    tame
      ? inner
      : fc.oneof(
          { weight: 12, arbitrary: inner },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: wrongShape },
        )
  if (isListType(type)) {
    const item = valueOfType(type.ofType, name, plausible, depth + 1, tame)
    if (tame) return fc.array(item, { maxLength: depth > 1 ? 2 : 4 })
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.array(item, { maxLength: depth > 1 ? 2 : 5 }) },
        // A long list of one plausible item, and a long list of anything.
        { weight: 1, arbitrary: item.map((v) => Array.from({ length: 200 }, () => v)) },
      ),
    )
  }
  if (isEnumType(type)) {
    if (tame) return fc.constantFrom(...type.getValues().map((v) => v.name))
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constantFrom('', 'ADMIN', 'tw', 'DROP', '__proto__') },
      ),
    )
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
    if (depth > 4) return fc.constant(null)
    const record: Record<string, fc.Arbitrary<unknown>> = {}
    const required: string[] = []
    for (const field of fields) {
      record[field.name] = valueOfType(field.type, field.name, plausible, depth + 1, tame)
      if (isNonNullType(field.type)) required.push(field.name)
    }
    if (tame) return fc.record(record, { requiredKeys: required })
    return nullable(
      fc.oneof(
        { weight: 12, arbitrary: fc.record(record, { requiredKeys: required }) },
        // Unknown fields are refused by coercion, never passed on.
        {
          weight: 1,
          arbitrary: fc
            .record(record, { requiredKeys: required })
            .map((v) => ({ ...v, __proto__x: 1, tenantId: 'khac' })),
        },
      ),
    )
  }
  if (isScalarType(type)) {
    return tame
      ? tameScalarOf(type.name, name, plausible)
      : nullable(scalarOf(type.name, name, plausible))
  }
  throw new Error(`no generator for ${String(type)}`)
}

function scalarOf(scalar: string, field: string, plausible: Plausible): fc.Arbitrary<unknown> {
  const lower = field.toLowerCase()
  switch (scalar) {
    case 'ID': {
      const known = globalIds(plausible)
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...known) },
        { weight: 3, arbitrary: forgedIds },
        { weight: 2, arbitrary: hostileString([]) },
      )
    }
    case 'Int':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...INTS) },
        { weight: 4, arbitrary: fc.integer({ min: -5, max: 200 }) },
        { weight: 1, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.double() },
      )
    case 'Float':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...FLOATS) },
        { weight: 4, arbitrary: fc.double({ min: -10, max: 110, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ noNaN: true }) },
      )
    case 'Boolean':
      return fc.boolean()
    case 'Date':
    case 'DateTime':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...DATES) },
        {
          weight: 3,
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
            .map((d) => (scalar === 'Date' ? d.toISOString().slice(0, 10) : d.toISOString())),
        },
        { weight: 1, arbitrary: hostileString([]) },
      )
    case 'String': {
      let known: string[] = []
      if (lower.includes('code')) known = plausible.codes
      else if (lower.includes('symbol') || lower === 'search' || lower === 'text')
        known = plausible.symbols
      else if (lower === 'after' || lower === 'before') known = plausible.cursors
      else if (lower === 'deadline') known = ['Quý III/2027', 'chậm nhất ngày 14/5/2021', '']
      else if (lower === 'bundle') known = BUNDLES
      return hostileString(known)
    }
    default:
      return hostileString([])
  }
}

/** Well-typed values: the example's ids, current versions, real dates, hostile strings. */
function tameScalarOf(scalar: string, field: string, plausible: Plausible): fc.Arbitrary<unknown> {
  const lower = field.toLowerCase()
  switch (scalar) {
    case 'ID': {
      const type =
        lower.includes('task') || lower === 'parentid'
          ? 'Task'
          : lower.includes('directive') || lower === 'sourceid' || lower === 'targetid'
            ? 'Directive'
            : lower.includes('assessment')
              ? 'Assessment'
              : lower === 'id' || lower === 'ids'
                ? null
                : 'Organization'
      return fc.constantFrom(...(type ? plausible.ids[type]! : globalIds(plausible)))
    }
    case 'Int':
      if (lower === 'version') return fc.integer({ min: 1, max: 3 })
      if (lower.includes('year')) return fc.integer({ min: 2020, max: 2030 })
      if (lower.includes('term')) return fc.integer({ min: 10, max: 14 })
      return fc.integer({ min: 0, max: 100 })
    case 'Float':
      return fc.double({ min: 0, max: 100, noNaN: true })
    case 'Boolean':
      return fc.boolean()
    case 'Date':
      return fc
        .date({ min: new Date('2025-07-01'), max: new Date('2026-02-28'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10))
    case 'DateTime':
      return fc.constant('2026-03-01T00:00:00Z')
    default: {
      if (lower.includes('code')) {
        return fc.oneof(
          fc.constantFrom(...plausible.codes),
          fc.stringMatching(/^[A-Z][A-Z0-9-]{1,10}$/),
        )
      }
      if (lower === 'symbol') return fc.nat({ max: 9999 }).map((n) => `${n + 100}-CT/TU`)
      if (lower === 'after' || lower === 'before') return fc.constantFrom(...plausible.cursors)
      if (lower === 'bundle') return fc.constantFrom(...BUNDLES)
      if (lower === 'deadline')
        return fc.constantFrom('Quý III/2027', 'chậm nhất ngày 14/5/2026', 'Thường xuyên')
      if (lower === 'ratingrulesid') return fc.constant('vn-366-qd-tw-2025')
      return hostileString([])
    }
  }
}

const BUNDLES = [
  '{}',
  '[]',
  'null',
  '{"format":"chidao-bundle","version":999}',
  'format: chidao-bundle\nversion: 1\ntenant: {id: khac, name: Khác}\n',
  'a: &a [*a]',
  'a: &a ["x","x"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]',
  '{"a":1,"a":2}',
  'a: 1\na: 2\n',
  '\ufeff{}',
]

// ---------------------------------------------------------------------------------------------
// Targets: one GraphQL document per field that takes arguments

interface Target {
  readonly path: string
  readonly kind: 'query' | 'mutation'
  readonly args: readonly GraphQLArgument[]
  /** The document, with `$a_<name>` variables for the field's arguments. */
  readonly document: string
}

function variableDefinitions(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) return ''
  return `(${args.map((a) => `$a_${a.name}: ${String(a.type)}`).join(', ')})`
}

function callOf(field: GraphQLField<unknown, unknown>): string {
  if (field.args.length === 0) return field.name
  return `${field.name}(${field.args.map((a) => `${a.name}: $a_${a.name}`).join(', ')})`
}

/** A selection that runs the resolvers behind a field without exceeding the cost limit. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named: GraphQLNamedType = getNamedType(type)
  if (isLeafType(named)) return ''
  if (isUnionType(named) || isInterfaceType(named)) {
    const isResult = isUnionType(named) && named.getTypes().some((t) => t.name.endsWith('Error'))
    if (isResult) {
      const success = named.getTypes().filter((t) => !t.name.endsWith('Error'))
      return `{ __typename ... on Error { code message messageVi path } ${success
        .map((t) => `... on ${t.name} ${selectionOf(t, depth + 1)}`)
        .join(' ')} }`
    }
    return '{ __typename }'
  }
  if (!isObjectType(named)) return ''
  const fields = Object.values(named.getFields())
  const leaves = fields
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
    .map((f) => f.name)
  if (depth >= 2) return `{ __typename ${leaves.slice(0, 3).join(' ')} }`
  const objects = fields
    .filter((f) => !isLeafType(getNamedType(f.type)) && f.args.length === 0)
    .slice(0, 4)
    .map((f) => `${f.name} ${selectionOf(f.type, depth + 1)}`)
  return `{ __typename ${leaves.join(' ')} ${objects.join(' ')} }`
}

/** Where an object type's fields can be reached from the root, with an id of the example data. */
const HOSTS: Record<string, { readonly idType: string; readonly wrap: (inner: string) => string }> =
  {
    Directive: {
      idType: 'Directive',
      wrap: (i) => `node(id: $host) { ... on Directive { ${i} } }`,
    },
    Organization: {
      idType: 'Organization',
      wrap: (i) => `node(id: $host) { ... on Organization { ${i} } }`,
    },
    Task: { idType: 'Task', wrap: (i) => `node(id: $host) { ... on Task { ${i} } }` },
    Deadline: {
      idType: 'Task',
      wrap: (i) => `node(id: $host) { ... on Task { deadline { ${i} } } }`,
    },
  }

function targets(): Target[] {
  const out: Target[] = []
  for (const [kind, root] of [
    ['mutation', schema.getMutationType()],
    ['query', schema.getQueryType()],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      if (field.args.length === 0) continue
      out.push({
        path: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
        kind,
        args: field.args,
        document: `${kind}${variableDefinitions(field.args)} { ${callOf(field)} ${selectionOf(field.type)} }`,
      })
    }
  }
  // Subscriptions stream over SSE and take only optional ids: live-updates.test.ts walks every
  // one of their arguments with hidden, absent and malformed ids.
  const rootNames = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (root) => root?.name,
    ),
  )
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || rootNames.has(type.name)) continue
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue
      const host = HOSTS[type.name]
      if (!host) throw new Error(`no host to reach ${type.name}.${field.name}: add one to HOSTS`)
      const defs = variableDefinitions(field.args).slice(1, -1)
      out.push({
        path: `${type.name}.${field.name}`,
        kind: 'query',
        args: field.args,
        document: `query($host: ID!, ${defs}) { ${host.wrap(`${callOf(field)} ${selectionOf(field.type, 1)}`)} }`,
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every table's row count (the audit log's included), in one statement. */
async function rowCounts(h: Harness): Promise<Record<string, number>> {
  const kysely = h.db.kysely as any
  tableNames ??= (await kysely.introspection.getTables())
    .filter((t: { isView: boolean; name: string }) => !t.isView && !t.name.startsWith('kysely_'))
    .map((t: { name: string }) => t.name)
  const row = await kysely
    .selectNoFrom((eb: any) =>
      tableNames!.map((t) => eb.selectFrom(t).select(eb.fn.countAll().as('n')).as(t)),
    )
    .executeTakeFirstOrThrow()
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}
let tableNames: string[] | undefined

/** Every string the request carried, as sent and as an error message would quote it. */
function stringsOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (value.length >= 3) {
      for (const s of [
        value,
        value.normalize('NFC'),
        value.trim(),
        value.normalize('NFC').trim(),
      ]) {
        into.add(s)
        into.add(JSON.stringify(s)) // graphql-js quotes values this way in coercion errors
      }
    }
  } else if (Array.isArray(value)) {
    for (const v of value) stringsOf(v, into)
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) stringsOf(v, into)
  }
  return into
}

/**
 * What the server itself wrote in an answer: every string of the parsed body, with the fuzzed
 * values taken out (an error may quote the value it refuses; that is not a leak).
 */
function serverText(
  body: unknown,
  variables: Record<string, unknown>,
  stored: ReadonlySet<string>,
): string {
  const strings = [...stringsOf(variables, new Set(stored))].sort((a, b) => b.length - a.length)
  const out: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      let own = v
      for (const s of strings) if (own.includes(s)) own = own.split(s).join('«input»')
      out.push(withoutQuotedInput(own, strings))
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(body)
  return out.join('\n')
}

/**
 * A message that names a refused value may quote its beginning as a JSON string
 * (`Not an ID given by this server: "E'\\x00'Liên hiệp…"`): such a quotation of a prefix of an
 * input is the input, not the server's own text.
 */
function withoutQuotedInput(text: string, inputs: readonly string[]): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => {
    let value: unknown
    try {
      value = JSON.parse(quoted)
    } catch {
      return quoted
    }
    // A long value is cut and marked so: "…the beginning…".
    const quotedPart = typeof value === 'string' ? value.replace(/…$/, '') : ''
    return quotedPart !== '' && inputs.some((s) => s.startsWith(quotedPart)) ? '«input»' : quoted
  })
}

function shorten(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v) =>
      typeof v === 'string' && v.length > 200
        ? `${v.slice(0, 80)}…(${v.length} chars)`
        : Array.isArray(v) && v.length > 20
          ? [...v.slice(0, 3), `…(${v.length} items)`]
          : v,
    ),
  )
}

// ---------------------------------------------------------------------------------------------

describe('fuzzing every GraphQL input (PGlite, example data)', () => {
  let h: Harness
  let plausible: Plausible
  let token: string
  const all = targets()
  const tried: Record<string, number> = {}
  const outcomes: Record<string, number> = {}
  let refusedWrites = 0
  let acceptedWrites = 0
  // What accepted writes stored may come back in a later answer (a task's title in a report):
  // the fuzzer's own text, like the request's, not the server's.
  const stored = new Set<string>()
  let slowest = { ms: 0, path: '', input: '' }

  beforeAll(async () => {
    h = await gatewayHarness('pglite')
    await loadExampleInto(h.db)
    token = await h.tokenFor({ roles: ['ADMIN'], clearance: 'TUYET_MAT', sub: 'fuzz' })
    const r = await h.graphql<any>(`{
      organizations(first: 50) { edges { cursor node { id code } } }
      directives(first: 20) { edges { cursor node { id symbol } } }
      tasks(first: 20) { edges { cursor node { id } } }
      assessments(first: 10) { edges { cursor node { id } } }
    }`)
    expect(r.errors).toBeUndefined()
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id)
    plausible = {
      ids: {
        Organization: ids(r.data.organizations),
        Directive: ids(r.data.directives),
        Task: ids(r.data.tasks),
        Assessment: ids(r.data.assessments),
      },
      codes: r.data.organizations.edges.map((e: any) => e.node.code),
      symbols: r.data.directives.edges.map((e: any) => e.node.symbol),
      cursors: ['tasks', 'organizations', 'directives', 'assessments'].flatMap((k) =>
        r.data[k].edges.map((e: any) => e.cursor),
      ),
    }
    for (const list of Object.values(plausible.ids)) expect(list.length).toBeGreaterThan(0)
  })
  afterAll(async () => {
    const total = Object.values(tried).reduce((a, b) => a + b, 0)
    console.log(
      `[figures] fuzz: ${total} inputs over ${Object.keys(tried).length} fields (seed ${SEED}); ` +
        `writes refused ${refusedWrites} (database unchanged after each), accepted ${acceptedWrites}; ` +
        `outcomes ${JSON.stringify(outcomes)}; slowest ${slowest.ms.toFixed(0)} ms (${slowest.path} ${slowest.input})`,
    )
    console.log(`[figures] fuzz per field: ${JSON.stringify(tried)}`)
    await h?.dispose()
  })

  it('has a target for every field that takes arguments', () => {
    const paths = all.map((t) => t.path)
    for (const name of ['createOrganization', 'reportProgress', 'importBundle', 'updateTask']) {
      expect(paths).toContain(`Mutation.${name}`)
    }
    for (const name of ['directive', 'tasks', 'extractCitations', 'scorecard', 'nodes']) {
      expect(paths).toContain(`Query.${name}`)
    }
    expect(paths).toContain('Directive.report')
    expect(paths).toContain('Deadline.dueDates')
  })

  it(`survives ${RUNS} hostile inputs spread over every field`, async () => {
    const perTarget = Math.max(1, Math.ceil(RUNS / all.length))
    for (const [index, target] of all.entries()) {
      const property = fc.asyncProperty(argumentsFor(target.args, plausible), async (args) => {
        const variables: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(args)) variables[`a_${k}`] = v
        if (target.document.includes('$host')) {
          const hostType = HOSTS[target.path.split('.')[0]!]!.idType
          variables.host = plausible.ids[hostType]![0]
        }
        const before = target.kind === 'mutation' ? await rowCounts(h) : null
        const started = performance.now()
        const response = await h.yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: target.document, variables }),
        })
        const text = await response.text()
        const ms = performance.now() - started
        if (ms > slowest.ms) {
          slowest = { ms, path: target.path, input: JSON.stringify(shorten(args)).slice(0, 400) }
        }
        tried[target.path] = (tried[target.path] ?? 0) + 1

        expect(response.status, text.slice(0, 500)).toBeLessThan(500)
        let body: any
        try {
          body = JSON.parse(text)
        } catch {
          throw new Error(`not JSON (status ${response.status}): ${text.slice(0, 300)}`)
        }
        const own = serverText(body, variables, stored)
        expect(own).not.toContain('Unexpected error')
        expect(leakIn(own), own.slice(0, 2000)).toBeNull()

        const outcome =
          response.status === 413
            ? '413'
            : body.errors
              ? `error:${body.errors[0]?.extensions?.code ?? 'GRAPHQL_VALIDATION'}`
              : target.kind === 'mutation'
                ? Object.values(body.data ?? {})
                    .map((v: any) => v?.__typename)
                    .join()
                : 'data'
        const bucket = outcome.replace(/^error:/, '')
        outcomes[bucket] = (outcomes[bucket] ?? 0) + 1

        if (before) {
          const result = body.data ? Object.values(body.data)[0] : null
          const refused =
            !result || (result as { __typename?: string }).__typename?.endsWith('Error')
          if (refused) {
            refusedWrites++
            expect(await rowCounts(h), `${target.path} was refused but wrote`).toEqual(before)
          } else {
            acceptedWrites++
            stringsOf(variables, stored)
          }
        }
      })
      await fc.assert(property, {
        seed: SEED + index,
        numRuns: perTarget,
        endOnFailure: true,
        reporter: (details) => {
          if (!details.failed) return
          throw new Error(
            `fuzzing ${target.path} failed (seed ${SEED + index}, run ${details.numRuns}): ` +
              `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n` +
              `input: ${JSON.stringify(shorten(details.counterexample), null, 1).slice(0, 3000)}`,
          )
        },
      })
    }
  }, 600_000)
})
