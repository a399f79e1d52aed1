/**
 * The JSON Schema of chidao bundles, built from the domain's own types and constants, and the
 * command that writes it to `packages/domain/bundle.schema.json`:
 *
 *   npm run bundle-schema -w @chidao/domain
 *
 * Ties to the TypeScript types: every object below is declared with {@link object}, whose
 * properties must name exactly the keys of the bundle input type it describes, each marked
 * required or optional as the type has it — a field added to, removed from or made optional in
 * `BundleInput` and friends fails `tsc` here until the schema follows. Enumerations come from
 * the domain's constants (`ORGANIZATION_KINDS`, `TASK_STATUSES`, …), never copied by hand.
 * `parseBundle` stays the authority (it checks references, dates, symbols and deadlines that a
 * schema cannot); the schema lets editors catch typos, kinds and missing fields as you type.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  ASSESSMENT_KINDS,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleAssessmentInput,
  type BundleAssessmentSubjectInput,
  type BundleDirectiveInput,
  type BundleExtensionInput,
  type BundleIndicatorInput,
  type BundleInput,
  type BundleMembershipInput,
  type BundleOrganizationInput,
  type BundleProgressReportInput,
  type BundleRelationInput,
  type BundleReportingRuleInput,
  type BundleSocialCritiqueInput,
  type BundleTaskInput,
  DIRECTIVE_KINDS,
  DIRECTIVE_RELATION_TYPES,
  type DirectiveSectionInput,
  FINDINGS_PARTS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  RATING_RULE_SETS,
  RATINGS,
  READABLE_BUNDLE_VERSIONS,
  RECURRENCE_CADENCES,
  SECRECY_LEVELS,
  SOCIAL_CRITIQUE_FORMS,
  SOCIAL_CRITIQUE_RESPONSES,
  TASK_STATUSES,
  URGENCY_LEVELS,
} from '../src/index.js'

/** A JSON Schema (draft-07: the dialect editors and yaml-language-server support best). */
export type JsonSchema = { readonly [key: string]: unknown }

/** Where the generated schema is written and committed. */
export const BUNDLE_SCHEMA_FILE = fileURLToPath(new URL('../bundle.schema.json', import.meta.url))

const REQUIRED = Symbol('required')
interface Property {
  readonly schema: JsonSchema
  readonly [REQUIRED]: boolean
}
interface RequiredProperty extends Property {
  readonly [REQUIRED]: true
}
interface OptionalProperty extends Property {
  readonly [REQUIRED]: false
}

/** A required property. */
const req = (schema: JsonSchema): RequiredProperty => ({ schema, [REQUIRED]: true })
/** An optional property: absent or `null` both mean "not given". */
const opt = (schema: JsonSchema): OptionalProperty => ({
  schema: nullable(schema),
  [REQUIRED]: false,
})

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T]
/** Exactly the keys of `T`, each required or optional as `T` declares it. */
type PropertiesOf<T> = {
  readonly [K in keyof T]-?: K extends OptionalKeys<T> ? OptionalProperty : RequiredProperty
}

/** An object schema whose properties must match the keys of `T` (checked by tsc). */
function object<T>(description: string, properties: PropertiesOf<T>): JsonSchema {
  const entries = Object.entries(properties) as [string, Property][]
  const required = entries.filter(([, p]) => p[REQUIRED]).map(([k]) => k)
  return {
    type: 'object',
    description,
    properties: Object.fromEntries(entries.map(([k, p]) => [k, p.schema])),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  }
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.$ref === 'string') return { anyOf: [schema, { type: 'null' }] }
  if (Array.isArray(schema.enum)) return { ...schema, enum: [...schema.enum, null] }
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] }
  return { anyOf: [schema, { type: 'null' }] }
}

const text = (description: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  minLength: 1,
  description,
  ...extra,
})
const oneOf = (values: readonly string[], description: string): JsonSchema => ({
  type: 'string',
  enum: [...values],
  description,
})
const date = (description: string): JsonSchema => ({
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: `${description} ISO date, YYYY-MM-DD.`,
  examples: ['2025-07-01'],
})
const code = (description: string): JsonSchema => ({ $ref: '#/definitions/code', description })
const codes = (description: string): JsonSchema => ({
  type: 'array',
  items: { $ref: '#/definitions/code' },
  description,
})
const list = (items: JsonSchema, description: string): JsonSchema => ({
  type: 'array',
  items,
  description,
})
const percent = (description: string): JsonSchema => ({
  type: 'number',
  minimum: 0,
  maximum: 100,
  description,
})
const whole = (description: string, minimum = 1): JsonSchema => ({
  type: 'integer',
  minimum,
  description,
})
const strings = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string' },
  description,
})

const organization = object<BundleOrganizationInput>(
  'An organisation (tổ chức). Natural key: code.',
  {
    code: req(code('Natural key, any case (stored upper case): "BTG-TU". Mã tổ chức.')),
    name: req(text('Full name. Tên đầy đủ.')),
    shortName: opt(text('Short name. Tên gọi tắt.')),
    kind: req(oneOf(ORGANIZATION_KINDS, 'Kind of body. Loại tổ chức.')),
    level: req(
      oneOf(
        ORGANIZATION_LEVELS,
        'Administrative level. Cấp. DISTRICT is historic: invalid for records dated from 2025-07-01.',
      ),
    ),
    parent: opt(code('Code of the parent body (administrative tree). Mã tổ chức cấp trên.')),
    foundedOn: opt(date('Founded on. Ngày thành lập.')),
    dissolvedOn: opt(date('Dissolved on. Ngày giải thể.')),
    successor: opt(code('Code of the body that took over on dissolution. Tổ chức kế thừa.')),
    successors: opt(
      list(
        { type: 'string', minLength: 1 },
        'Codes of the bodies that took over its work when it was split among several (a district among communes), the principal first; instead of successor. Các tổ chức kế thừa.',
      ),
    ),
    partyTerm: opt(whole('Party term (khóa) as a whole number: 13 for khóa XIII.')),
  },
)

const membership = object<BundleMembershipInput>(
  'A membership of a member association in a union (hội thành viên của liên hiệp hội).',
  {
    member: req(code('Code of the member association.')),
    union: req(code('Code of the union.')),
    from: req(date('First day of the membership.')),
    to: opt(date('Last day of the membership; absent while it lasts.')),
  },
)

const section = object<DirectiveSectionInput>('A numbered section of a directive (I, II, 1, a…).', {
  number: req(text('The number as written: "III.", "2.", "b)".')),
  heading: opt({ type: 'string', description: 'Heading. Tiêu đề mục.' }),
  body: opt({ type: 'string', description: 'Text of the section.' }),
  children: opt(list({ $ref: '#/definitions/section' }, 'Sub-sections, to any depth.')),
})

const directive = object<BundleDirectiveInput>(
  'A directive or other guiding document (văn bản chỉ đạo). Natural key: symbol + issue year.',
  {
    symbol: req(
      text(
        'Number and symbol, any accepted spelling ("Số: 93-KL/TƯ"); stored canonical ("93-KL/TW"). Số ký hiệu.',
        {
          examples: ['93-KL/TW', '06-CTr/TU', '40/2024/QĐ-UBND'],
        },
      ),
    ),
    kind: opt(
      oneOf(
        DIRECTIVE_KINDS,
        'Kind of document; defaults to the kind the symbol denotes. Loại văn bản.',
      ),
    ),
    issuer: req(code('Code of the issuing organisation. Cơ quan ban hành.')),
    issuerTerm: opt(whole("The issuer's party term (khóa) as a whole number.")),
    issuedOn: req(date('Issue date. Ngày ban hành.')),
    title: req(text('The summary line (trích yếu).')),
    secrecy: opt(oneOf(SECRECY_LEVELS, 'Secrecy mark (độ mật); PUBLIC when omitted.')),
    urgency: opt(oneOf(URGENCY_LEVELS, 'Urgency mark (độ khẩn); NORMAL when omitted.')),
    sections: opt(list({ $ref: '#/definitions/section' }, 'Structured sections (I, II, III…).')),
    reportingRule: opt({
      anyOf: [
        text('The reporting rule in the words of the document: "Báo cáo định kỳ 6 tháng, năm".'),
        { $ref: '#/definitions/reportingRule' },
      ],
    }),
  },
)

const dueDay: JsonSchema = {
  type: 'object',
  description:
    "A due day within each period: month counted from the period's first (1-based), day.",
  properties: {
    month: { type: 'integer', minimum: 1, maximum: 12 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
  },
  required: ['month', 'day'],
  additionalProperties: false,
}

const reportingRule = object<BundleReportingRuleInput>(
  "A directive's reporting rule (chế độ báo cáo) field by field.",
  {
    text: req(text('The words of the document.')),
    cadences: opt(
      list(oneOf(RECURRENCE_CADENCES, 'A cadence.'), 'Cadences; read from the text when omitted.'),
    ),
    dueDays: opt({
      type: 'object',
      description: 'Due day per cadence; read from the text when omitted.',
      propertyNames: { enum: [...RECURRENCE_CADENCES] },
      additionalProperties: dueDay,
    }),
    recipient: opt(code("Code of the body reports go to; the directive's issuer when omitted.")),
  },
)

const relation = object<BundleRelationInput>(
  'A typed, dated relation read from `from` to `to`: "06-CTr/TU IMPLEMENTS 93-KL/TW".',
  {
    from: req(
      text(
        'Directive ref of the source: symbol, with "@year", "@ISSUER" or "@ISSUER/year" when ambiguous.',
      ),
    ),
    to: req(text('Directive ref of the target.')),
    type: req(oneOf(DIRECTIVE_RELATION_TYPES, 'Relation type. Loại quan hệ.')),
    effectiveOn: req(date('Effective from.')),
  },
)

const progressReport = object<BundleProgressReportInput>(
  'A progress report (báo cáo tiến độ); append-only.',
  {
    reportedOn: req(date('Report date.')),
    organization: req(code('Code of the reporting organisation.')),
    percent: opt(percent('0–100; absent for a report without a figure ("no data", not 0).')),
    narrative: opt({ type: 'string', description: 'What was done. Nội dung báo cáo.' }),
    evidence: opt(strings('Links (http/https) or document references. Minh chứng.')),
    period: opt({
      type: 'string',
      pattern: '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$',
      description:
        'The reporting period the report answers, when its title names one: 2026 (year), 2026-H1 (half-year), 2026-Q3 (quarter), 2026-04 (month). Kỳ báo cáo.',
    }),
  },
)

const extension = object<BundleExtensionInput>(
  "A deadline extension (gia hạn), applied after the task's own (original) deadline.",
  {
    on: req(date('The day the extension takes effect.')),
    deadline: req(
      text(
        'The new deadline as written, later than the one in force; the year of "on" fills in a missing year.',
        {
          examples: ['31/12/2026', 'Quý II/2027'],
        },
      ),
    ),
    document: req(
      text("The approving document's symbol (số, ký hiệu).", {
        examples: ['125/QĐ-UBND', '45-CV/TU'],
      }),
    ),
    reason: req(text('Why the deadline was extended. Lý do gia hạn.')),
    previousDeadline: opt({
      type: 'string',
      description:
        "The deadline the extension replaced, as written, only when the deadline was edited since the one before (the task's own or the previous extension's); the year of the directive fills in a missing year.",
    }),
  },
)

const reportingDuty = object<NonNullable<BundleTaskInput['reportingDuty']>>(
  'A reporting duty (chế độ báo cáo).',
  {
    cadence: req(oneOf(RECURRENCE_CADENCES, 'How often.')),
    recipient: req(code('Code of the organisation reported to.')),
  },
)

const task = object<BundleTaskInput>('A task (nhiệm vụ). Natural key: directive + reference.', {
  directive: req(
    text(
      'Directive ref: the symbol in any accepted spelling; when directives share it, "@year", "@ISSUER" or "@ISSUER/year" added ("15-KH/ĐU@DU-XA-BINH-AN/2025").',
    ),
  ),
  reference: req(text('Place of the task in the directive: "III.2.b". Half the natural key.')),
  title: req(text('Title. Tên nhiệm vụ.')),
  description: opt({ type: 'string', description: 'Description.' }),
  lead: req(code('Code of the lead organisation (chủ trì), exactly one.')),
  coordinators: opt(codes('Codes of the coordinating organisations (phối hợp).')),
  monitor: opt(code('Code of the monitoring organisation (theo dõi, đôn đốc).')),
  deadline: opt(
    text(
      'The deadline as written (thời hạn): a date, month, quarter, year, a recurrence or "Thường xuyên". The year of the directive fills in a missing year.',
      {
        examples: [
          'Quý IV/2026',
          'Trước ngày 30/6/2026',
          'Tháng 9/2026',
          'Năm 2027',
          'Hằng năm',
          'Thường xuyên',
        ],
      },
    ),
  ),
  reportingDuty: opt({ $ref: '#/definitions/reportingDuty' }),
  parent: opt(text('Task ref of the task this one cascades from: "<directive ref>#<reference>".')),
  status: opt(oneOf(TASK_STATUSES, 'Lifecycle status (trạng thái); NOT_STARTED when omitted.')),
  completedOn: opt(date('Completion day: given exactly when the status is COMPLETED.')),
  progressReports: opt(
    list({ $ref: '#/definitions/progressReport' }, 'Progress reports, oldest first.'),
  ),
  extensions: opt(
    list(
      { $ref: '#/definitions/extension' },
      'Deadline extensions, oldest first; "deadline" stays the original one.',
    ),
  ),
  deadlineInForce: opt({
    type: 'string',
    description:
      "With extensions only: the deadline in force when it was edited after the last extension (not by one), as written; a blank text when the edit removed it. Omitted when the last extension's deadline is in force.",
  }),
})

const subject = object<BundleAssessmentSubjectInput>(
  'What is judged: directive + organization (a directive as implemented by a body), task, or organization + year.',
  {
    directive: opt(text('Directive ref.')),
    organization: opt(code('Organisation code.')),
    task: opt(text('Task ref "<directive ref>#<reference>".')),
    year: opt(whole('Year, with organization.', 1900)),
  },
)

const indicator = object<BundleIndicatorInput>(
  'An indicator: baseline, then target and actual per period.',
  {
    name: req(text('Name. Tên chỉ tiêu.')),
    unit: req(text('Unit. Đơn vị tính.')),
    baseline: opt({
      type: 'object',
      properties: { value: { type: 'number' }, date: nullable(date('Baseline date.')) },
      required: ['value'],
      additionalProperties: false,
    }),
    periods: opt(
      list(
        {
          type: 'object',
          properties: {
            from: date('First day.'),
            to: date('Last day.'),
            target: nullable({ type: 'number' }),
            actual: nullable({ type: 'number' }),
          },
          required: ['from', 'to'],
          additionalProperties: false,
        },
        'Target and actual per period.',
      ),
    ),
    evidence: opt(strings('Links or document references.')),
  },
)

const socialCritique = object<BundleSocialCritiqueInput>(
  'The record of a social critique (phản biện xã hội).',
  {
    subjectTitle: req(text('What was critiqued.')),
    requestingBody: opt(code('Code of the body that asked; absent when on own initiative.')),
    form: req(oneOf(SOCIAL_CRITIQUE_FORMS, 'Form (hình thức).')),
    requestedOn: opt(date('Requested on.')),
    heldOn: req(date('Held on.')),
    reportedOn: opt(date('Report sent on.')),
    reportNumber: opt(text('Number of the critique report.')),
    response: opt(
      oneOf(SOCIAL_CRITIQUE_RESPONSES, 'How the requesting body responded; PENDING when omitted.'),
    ),
    respondedOn: opt(date('Responded on.')),
  },
)

const findings: JsonSchema = {
  type: 'object',
  description: 'Findings in the standard skeleton: each part a list of paragraphs.',
  properties: Object.fromEntries(FINDINGS_PARTS.map((part) => [part, strings(part)])),
  additionalProperties: false,
}

const rating = object<NonNullable<BundleAssessmentInput['rating']>>(
  'A rating: level, 0–100 score, or both.',
  {
    level: opt(oneOf(RATINGS, 'Rating level (xếp loại).')),
    score: opt(percent('Score, 0–100.')),
    rules: opt(
      text('Id of the rating rule set; required with a level.', {
        examples: RATING_RULE_SETS.map((r) => r.id),
      }),
    ),
  },
)

const assessment = object<BundleAssessmentInput>('An assessment (đánh giá). Natural key: key.', {
  key: req(text('Natural key, unique in the bundle: "so-ket-06-ctr-2023".')),
  kind: req(oneOf(ASSESSMENT_KINDS, 'Kind (sơ kết, tổng kết…).')),
  subject: req({ $ref: '#/definitions/assessmentSubject' }),
  period: req({
    type: 'object',
    description: 'Period assessed.',
    properties: { from: date('First day.'), to: date('Last day.') },
    required: ['from', 'to'],
    additionalProperties: false,
  }),
  title: opt({ type: 'string', description: 'Title.' }),
  assessor: req(code('Code of the organisation that judged.')),
  assessedOn: req(date('Assessment date.')),
  findings: opt({ $ref: '#/definitions/findings' }),
  indicators: opt(list({ $ref: '#/definitions/indicator' }, 'Indicators.')),
  rating: opt({ $ref: '#/definitions/rating' }),
  socialCritique: opt({ $ref: '#/definitions/socialCritique' }),
})

const ref = (name: string, description: string): JsonSchema =>
  list({ $ref: `#/definitions/${name}` }, description)

const root = object<BundleInput>('', {
  format: req({ const: BUNDLE_FORMAT, description: `Always "${BUNDLE_FORMAT}".` }),
  version: req({
    enum: [...READABLE_BUNDLE_VERSIONS],
    description: `Bundle format version; this release reads ${READABLE_BUNDLE_VERSIONS.join(' and ')} and writes ${BUNDLE_VERSION}. Version 2 identifies a directive by symbol, issuer and year, and lets refs name the issuer ("15-KH/ĐU@DU-XA-BINH-AN/2025").`,
  }),
  tenant: req({
    type: 'object',
    description: 'The deploying province or body (the same id as CHIDAO_TENANT).',
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
        description: 'Lower-case letters, digits and hyphens, at most 63 characters.',
      },
      name: text('Name of the province or body.'),
    },
    required: ['id', 'name'],
    additionalProperties: false,
  }),
  title: opt({ type: 'string', description: 'Title of the bundle.' }),
  description: opt({ type: 'string', description: 'Description.' }),
  source: opt({ type: 'string', description: 'Where the data comes from, in free text.' }),
  organizations: opt(ref('organization', 'Organisations (tổ chức).')),
  memberships: opt(ref('membership', 'Memberships of associations in unions.')),
  directives: opt(ref('directive', 'Directives (văn bản).')),
  relations: opt(ref('relation', 'Relations between directives.')),
  tasks: opt(ref('task', 'Tasks (nhiệm vụ) with their progress reports.')),
  assessments: opt(ref('assessment', 'Assessments (đánh giá).')),
})

/**
 * The bundle JSON Schema, as a value.
 *
 * @example
 * ```ts
 * new Ajv().compile(bundleJsonSchema())(JSON.parse(text))
 * ```
 */
export function bundleJsonSchema(): JsonSchema {
  const { description: _, ...rest } = root
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/@chidao/domain/bundle.schema.json',
    title: 'chidao bundle',
    description: `A chidao bundle (format ${BUNDLE_FORMAT}, version ${BUNDLE_VERSION}): one tenant's organisations, directives, relations, tasks and assessments, referring to each other by natural keys. Generated from @chidao/domain's types by scripts/bundle-schema.ts; \`chidao validate\` checks what a schema cannot (references, symbols, deadlines, dates).`,
    ...rest,
    properties: {
      $schema: {
        type: 'string',
        description: 'Where editors find this schema; carries no data and is not exported.',
      },
      ...(rest as { properties: Record<string, JsonSchema> }).properties,
    },
    definitions: {
      code: { type: 'string', minLength: 1, description: 'An organisation code (natural key).' },
      organization,
      membership,
      section,
      directive,
      relation,
      progressReport,
      extension,
      reportingDuty,
      reportingRule,
      task,
      assessmentSubject: subject,
      indicator,
      findings,
      rating,
      socialCritique,
      assessment,
    },
  }
}

/** The schema as committed: two-space JSON with a final newline. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(BUNDLE_SCHEMA_FILE, bundleJsonSchemaText())
  // Formatted as the repository's formatter wants it, so that `npm run lint` stays green; the
  // up-to-date test compares parsed JSON, not bytes.
  spawnSync('npx', ['biome', 'format', '--write', BUNDLE_SCHEMA_FILE], { stdio: 'ignore' })
  process.stdout.write(`wrote ${BUNDLE_SCHEMA_FILE}\n`)
}
