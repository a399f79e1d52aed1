/**
 * Every argument of every Query field that names a record (`tasks.filter.directiveId`), and of
 * every field of an object type read below them (`Directive.report.organizationCode`), with the
 * query that names it by `$v`: the read half of the authorisation matrix. The matrix test walks the schema and fails
 * when an argument is missing here, so that a new argument that names a record gets its cells
 * by being listed.
 */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay'

/**
 * What an argument names, and so which records may be hidden from a caller behind it:
 * - `task`, `directive`, `directive symbol`, `assessment`: above the caller's clearance (TỐI MẬT),
 *   or of another tenant;
 * - `organization`, `organization code`: organisations are not secret; of another tenant;
 * - `node`: any of them, by global ID (tasks, documents, progress reports, assessments,
 *   organisations).
 */
export type ReadReferenceKind =
  | 'task'
  | 'directive'
  | 'directive symbol'
  | 'organization'
  | 'organization code'
  | 'assessment'
  | 'node'

export interface ReadReference {
  readonly kind: ReadReferenceKind
  /** A query naming the record by the variable `$v`, selecting what would show it. */
  readonly query: string
  /** Whether `$v` is a list (the value is put in a list of one). */
  readonly list?: boolean
}

/** The records the read matrix hides: TỐI MẬT ones of the tenant, and ones of another tenant. */
export interface ReadFixture {
  readonly secret: {
    readonly task: string
    readonly directive: string
    readonly directiveSymbol: string
    readonly report: string
    readonly assessment: string
  }
  readonly otherTenant: {
    readonly organization: string
    readonly organizationCode: string
    readonly task: string
    readonly directive: string
    readonly directiveSymbol: string
    readonly report: string
    readonly assessment: string
  }
}

/** One comparison: the answer to `hidden` must be the answer to `absent`. */
export interface HiddenCase {
  readonly label: string
  readonly hidden: string
  readonly absent: string
  /** Hidden by clearance (a caller cleared for TỐI MẬT sees it), not by tenant. */
  readonly secret: boolean
}

const NOBODY = '00000000-0000-4000-8000-000000000000'
const ABSENT_CODE = 'KHONG-CO-TO-CHUC-NAY'
const ABSENT_SYMBOL = '987-KH/TU'

function byId(type: string, label: string, fx: ReadFixture, key: keyof ReadFixture['secret']) {
  const absent = encodeGlobalID(type, NOBODY)
  return [
    { label: `a TỐI MẬT ${label}`, hidden: fx.secret[key], absent, secret: true },
    { label: `a ${label} of another tenant`, hidden: fx.otherTenant[key], absent, secret: false },
  ]
}

/** The records hidden behind an argument of this kind, each with a value that names nothing. */
export function hiddenCases(kind: ReadReferenceKind, fx: ReadFixture): HiddenCase[] {
  const organization = {
    label: 'an organisation of another tenant',
    hidden: fx.otherTenant.organization,
    absent: encodeGlobalID('Organization', NOBODY),
    secret: false,
  }
  switch (kind) {
    case 'task':
      return byId('Task', 'task', fx, 'task')
    case 'directive':
      return byId('Directive', 'document', fx, 'directive')
    case 'assessment':
      return byId('Assessment', 'assessment', fx, 'assessment')
    case 'directive symbol':
      return [
        {
          label: 'a TỐI MẬT document',
          hidden: fx.secret.directiveSymbol,
          absent: ABSENT_SYMBOL,
          secret: true,
        },
        {
          label: 'a document of another tenant',
          hidden: fx.otherTenant.directiveSymbol,
          absent: ABSENT_SYMBOL,
          secret: false,
        },
      ]
    case 'organization':
      return [organization]
    case 'organization code':
      return [
        {
          label: 'an organisation of another tenant',
          hidden: fx.otherTenant.organizationCode,
          absent: ABSENT_CODE,
          secret: false,
        },
      ]
    case 'node':
      return [
        ...byId('Task', 'task', fx, 'task'),
        ...byId('Directive', 'document', fx, 'directive'),
        ...byId('ProgressReport', 'progress report', fx, 'report'),
        ...byId('Assessment', 'assessment', fx, 'assessment'),
        organization,
      ]
  }
}

/**
 * An answer as a caller reads it, with the value the query was given (and the local id inside
 * a global ID) replaced by `<value>`: an error message may name what it was given.
 */
export function answerNaming(answer: unknown, value: string): string {
  let text = JSON.stringify(answer)
  const named = [value]
  try {
    named.push(decodeGlobalID(value).id)
  } catch {
    // Not a global ID: a code or a symbol.
  }
  for (const v of named.filter((n) => n.length > 0)) text = text.split(v).join('<value>')
  return text
}

const PAGE = '{ totalCount edges { node { id } } }'

function listFilter(field: string, input: string, type: string, kind: ReadReferenceKind) {
  return { kind, query: `query($v: ${type}) { ${field}(filter: { ${input}: $v }) ${PAGE} }` }
}

/** The assessments of a public document and of an organisation, filtered. */
function nestedAssessments(input: string, kind: ReadReferenceKind): [string, ReadReference][] {
  const filter = `assessments(filter: { ${input}: $v }) ${PAGE}`
  return [
    [
      `Directive.assessments.filter.${input}`,
      { kind, query: `query($v: ID) { directive(symbol: "06-CTr/TU") { ${filter} } }` },
    ],
    [
      `Organization.assessments.filter.${input}`,
      { kind, query: `query($v: ID) { organization(code: "TU") { ${filter} } }` },
    ],
  ]
}

function directiveReport(argument: string, type: string, kind: ReadReferenceKind): ReadReference {
  return {
    kind,
    query: `query($v: ${type}) { directive(symbol: "06-CTr/TU") {
      report(from: "2026-01-01", to: "2026-06-30", ${argument}: $v) } }`,
  }
}

const CALENDAR = `{ expectedReports { organization { code } directive { id } status }
  totals { organization { code } received missing } }`
const SCORECARD = `{ counts { total overdue } byLead { organization { code } counts { total } } }`

function calendar(argument: string, type: string, kind: ReadReferenceKind): ReadReference {
  return {
    kind,
    query: `query($v: ${type}) { reportingCalendar(from: "2021-01-01", to: "2026-12-31", ${argument}: $v) ${CALENDAR} }`,
  }
}

function scorecard(argument: string, type: string, kind: ReadReferenceKind): ReadReference {
  return {
    kind,
    query: `query($v: ${type}) { scorecard(asOf: "2026-11-29", ${argument}: $v) ${SCORECARD} }`,
  }
}

function taskFilter(input: string, type: string, kind: ReadReferenceKind): [string, ReadReference] {
  return [`tasks.filter.${input}`, listFilter('tasks', input, type, kind)]
}

export const READ_REFERENCES: Readonly<Record<string, ReadReference>> = {
  'assessment.id': {
    kind: 'assessment',
    query: 'query($v: ID!) { assessment(id: $v) { id key } }',
  },
  'assessments.filter.assessorId': listFilter('assessments', 'assessorId', 'ID', 'organization'),
  'assessments.filter.directiveId': listFilter('assessments', 'directiveId', 'ID', 'directive'),
  'assessments.filter.organizationId': listFilter(
    'assessments',
    'organizationId',
    'ID',
    'organization',
  ),
  'assessments.filter.taskId': listFilter('assessments', 'taskId', 'ID', 'task'),
  'reminders.filter.organizationId': {
    kind: 'organization',
    query:
      'query($v: ID) { reminders(filter: { organizationId: $v }) { totalCount edges { node { key } } } }',
  },
  'reminderDeliveries.filter.organizationId': listFilter(
    'reminderDeliveries',
    'organizationId',
    'ID',
    'organization',
  ),
  'directive.id': { kind: 'directive', query: 'query($v: ID) { directive(id: $v) { id symbol } }' },
  'directive.symbol': {
    kind: 'directive symbol',
    query: 'query($v: String) { directive(symbol: $v) { id symbol } }',
  },
  // A symbol several issuers use (two communes' 15-KH/ĐU of 2025), told apart by the issuer.
  'directive.issuerCode': {
    kind: 'organization code',
    query: 'query($v: String) { directive(symbol: "15-KH/ĐU", issuerCode: $v) { id symbol } }',
  },
  'directive.issuerId': {
    kind: 'organization',
    query: 'query($v: ID) { directive(symbol: "15-KH/ĐU", issuerId: $v) { id symbol } }',
  },
  'directives.filter.issuerId': listFilter('directives', 'issuerId', 'ID', 'organization'),
  'node.id': { kind: 'node', query: 'query($v: ID!) { node(id: $v) { __typename id } }' },
  'nodes.ids': {
    kind: 'node',
    list: true,
    query: 'query($v: [ID!]!) { nodes(ids: $v) { __typename id } }',
  },
  'organization.code': {
    kind: 'organization code',
    query: 'query($v: String) { organization(code: $v) { id code } }',
  },
  'organization.id': {
    kind: 'organization',
    query: 'query($v: ID) { organization(id: $v) { id code } }',
  },
  'organizations.filter.parentId': listFilter('organizations', 'parentId', 'ID', 'organization'),
  'reportingCalendar.directiveId': calendar('directiveId', 'ID', 'directive'),
  'reportingCalendar.organizationCode': calendar('organizationCode', 'String', 'organization code'),
  'reportingCalendar.organizationId': calendar('organizationId', 'ID', 'organization'),
  'scorecard.directiveId': scorecard('directiveId', 'ID', 'directive'),
  'scorecard.directiveSymbol': scorecard('directiveSymbol', 'String', 'directive symbol'),
  'scorecard.organizationCode': scorecard('organizationCode', 'String', 'organization code'),
  'scorecard.organizationId': scorecard('organizationId', 'ID', 'organization'),
  'Directive.report.organizationCode': directiveReport(
    'organizationCode',
    'String',
    'organization code',
  ),
  'Directive.report.organizationId': directiveReport('organizationId', 'ID', 'organization'),
  ...Object.fromEntries([
    ...nestedAssessments('assessorId', 'organization'),
    ...nestedAssessments('directiveId', 'directive'),
    ...nestedAssessments('organizationId', 'organization'),
    ...nestedAssessments('taskId', 'task'),
    taskFilter('coordinatorOrganizationCode', 'String', 'organization code'),
    taskFilter('coordinatorOrganizationId', 'ID', 'organization'),
    taskFilter('directiveId', 'ID', 'directive'),
    taskFilter('directiveSymbol', 'String', 'directive symbol'),
    taskFilter('involvedOrganizationCode', 'String', 'organization code'),
    taskFilter('involvedOrganizationId', 'ID', 'organization'),
    taskFilter('leadOrganizationCode', 'String', 'organization code'),
    taskFilter('leadOrganizationId', 'ID', 'organization'),
    taskFilter('parentId', 'ID', 'task'),
  ]),
}
