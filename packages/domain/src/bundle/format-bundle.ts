import { FINDINGS_PARTS, type Indicator } from '../assessment/assessment.js'
import type { DirectiveSection } from '../directive/directive.js'
import { DIRECTIVE_RELATION_TYPES } from '../directive/directive-relation.js'
import { parseReportingRule } from '../reporting/reporting-rule.js'
import type {
  Bundle,
  BundleAssessment,
  BundleDirective,
  BundleOrganization,
  BundleProgressReport,
  BundleRelation,
  BundleReportingRule,
  BundleTask,
} from './bundle.js'
import { directiveRefsOf } from './bundle-ref.js'
import { compareTaskReferences } from './compare-task-references.js'

/** The line width of the repository's formatter (Biome), which the output must survive. */
const LINE_WIDTH = 100

type Json = string | number | boolean | null | readonly Json[] | JsonObject
interface JsonObject {
  readonly [key: string]: Json | undefined
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Display width as the formatter counts it: combining marks take no column, East Asian wide
// characters two.
const MARK = /\p{M}/u
function width(text: string): number {
  let columns = 0
  for (const char of text) {
    if (MARK.test(char)) continue
    const code = char.codePointAt(0)!
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd)
    columns += wide ? 2 : 1
  }
  return columns
}

function isScalar(value: Json): boolean {
  return value === null || typeof value !== 'object'
}

// JSON with 2-space indentation in the layout Biome keeps as it is: objects always one field a
// line; lists of scalars on one line when the line fits, else one item a line.
function write(value: Json, indent: string, column: number, trailing: number): string {
  if (isScalar(value)) return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    const items = value as readonly Json[]
    if (items.length === 0) return '[]'
    if (items.every(isScalar)) {
      const line = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`
      if (column + width(line) + trailing <= LINE_WIDTH) return line
    }
    const lines = items.map(
      (item, i) =>
        `${inner}${write(item, inner, inner.length, i < items.length - 1 ? 1 : 0)}${i < items.length - 1 ? ',' : ''}`,
    )
    return `[\n${lines.join('\n')}\n${indent}]`
  }
  const entries = Object.entries(value as JsonObject).filter(
    (entry): entry is [string, Json] => entry[1] !== undefined,
  )
  if (entries.length === 0) return '{}'
  const lines = entries.map(([key, item], i) => {
    const head = `${inner}${JSON.stringify(key)}: `
    const last = i === entries.length - 1
    return `${head}${write(item, inner, width(head), last ? 0 : 1)}${last ? '' : ','}`
  })
  return `{\n${lines.join('\n')}\n${indent}}`
}

// Optional values: absent (`undefined`, so not written) when null or empty.
function opt<T>(value: T | null): T | undefined {
  return value === null ? undefined : value
}
function optText(value: string): string | undefined {
  return value === '' ? undefined : value
}
function optList<T>(value: readonly T[]): readonly T[] | undefined {
  return value.length === 0 ? undefined : value
}

function organizationJson(o: BundleOrganization): JsonObject {
  return {
    code: o.code,
    name: o.name,
    shortName: opt(o.shortName),
    kind: o.kind,
    level: o.level,
    parent: opt(o.parent),
    foundedOn: opt(o.foundedOn),
    dissolvedOn: opt(o.dissolvedOn),
    successor: o.successors.length > 1 ? undefined : opt(o.successor),
    successors: o.successors.length > 1 ? [...o.successors] : undefined,
    partyTerm: opt(o.partyTerm),
  }
}

function sectionJson(section: DirectiveSection): JsonObject {
  return {
    number: section.number,
    heading: optText(section.heading),
    body: optText(section.body),
    children: optList(section.children.map(sectionJson)),
  }
}

function directiveJson(d: BundleDirective): JsonObject {
  return {
    symbol: d.symbol,
    kind: d.kind,
    issuer: d.issuer,
    issuerTerm: opt(d.issuerTerm),
    issuedOn: d.issuedOn,
    title: d.title,
    secrecy: d.secrecy,
    urgency: d.urgency,
    sections: optList(d.sections.map(sectionJson)),
    reportingRule: d.reportingRule ? reportingRuleJson(d.reportingRule) : undefined,
  }
}

// The words alone when they say all of the rule; else the words and the fields they miss.
function reportingRuleJson(rule: BundleReportingRule): Json {
  const parsed = parseReportingRule(rule.text)
  const sameCadences = parsed.ok && parsed.value.cadences.join() === rule.cadences.join()
  const sameDays =
    parsed.ok && JSON.stringify(parsed.value.dueDays) === JSON.stringify(rule.dueDays)
  if (sameCadences && sameDays && rule.recipient === null) return rule.text
  return {
    text: rule.text,
    cadences: sameCadences ? undefined : [...rule.cadences],
    dueDays: sameDays ? undefined : (JSON.parse(JSON.stringify(rule.dueDays)) as JsonObject),
    recipient: opt(rule.recipient),
  }
}

function relationJson(r: BundleRelation): JsonObject {
  return { from: r.from, to: r.to, type: r.type, effectiveOn: r.effectiveOn }
}

function reportJson(r: BundleProgressReport): JsonObject {
  return {
    reportedOn: r.reportedOn,
    organization: r.organization,
    percent: opt(r.percent),
    narrative: optText(r.narrative),
    evidence: optList(r.evidence),
    period: opt(r.period ?? null),
  }
}

function compareReports(a: BundleProgressReport, b: BundleProgressReport): number {
  return (
    compareText(a.reportedOn, b.reportedOn) ||
    compareText(a.organization, b.organization) ||
    compareText(a.narrative, b.narrative) ||
    (a.percent ?? -1) - (b.percent ?? -1)
  )
}

function taskJson(t: BundleTask): JsonObject {
  return {
    directive: t.directive,
    reference: t.reference,
    title: t.title,
    description: optText(t.description),
    lead: t.lead,
    coordinators: optList(t.coordinators),
    monitor: opt(t.monitor),
    deadline: t.deadline === null ? undefined : t.deadline.text,
    reportingDuty:
      t.reportingDuty === null
        ? undefined
        : { cadence: t.reportingDuty.cadence, recipient: t.reportingDuty.recipient },
    parent: opt(t.parent),
    status: t.status,
    completedOn: opt(t.completedOn),
    progressReports: optList([...t.progressReports].sort(compareReports).map(reportJson)),
    // In the order they were granted: each extends the one before.
    extensions: optList(
      t.extensions.map((e) => ({
        on: e.on,
        deadline: e.deadline.text,
        document: e.document,
        reason: e.reason,
        previousDeadline: e.previousDeadline?.text,
      })),
    ),
    // An edit after the last extension: a blank text when it removed the deadline.
    deadlineInForce: t.deadlineInForce === undefined ? undefined : (t.deadlineInForce?.text ?? ''),
  }
}

function indicatorJson(i: Indicator): JsonObject {
  return {
    name: i.name,
    unit: i.unit,
    baseline:
      i.baseline === null ? undefined : { value: i.baseline.value, date: opt(i.baseline.date) },
    periods: optList(
      i.periods.map((p) => ({
        from: p.from,
        to: p.to,
        target: opt(p.target),
        actual: opt(p.actual),
      })),
    ),
    evidence: optList(i.evidence),
  }
}

function assessmentJson(a: BundleAssessment): JsonObject {
  const s = a.subject
  const subject: JsonObject =
    s.kind === 'DIRECTIVE_IMPLEMENTATION'
      ? { directive: s.directive, organization: s.organization }
      : s.kind === 'TASK'
        ? { task: s.task }
        : { organization: s.organization, year: s.year }
  const c = a.socialCritique
  return {
    key: a.key,
    kind: a.kind,
    subject,
    period: { from: a.period.from, to: a.period.to },
    title: optText(a.title),
    assessor: a.assessor,
    assessedOn: a.assessedOn,
    findings: Object.fromEntries(FINDINGS_PARTS.map((part) => [part, a.findings[part]])),
    indicators: optList(a.indicators.map(indicatorJson)),
    rating:
      a.rating === null
        ? undefined
        : { level: opt(a.rating.level), score: opt(a.rating.score), rules: opt(a.rating.rules) },
    socialCritique:
      c === null
        ? undefined
        : {
            subjectTitle: c.subjectTitle,
            requestingBody: opt(c.requestingBody),
            form: c.form,
            requestedOn: opt(c.requestedOn),
            heldOn: c.heldOn,
            reportedOn: opt(c.reportedOn),
            reportNumber: opt(c.reportNumber),
            response: c.response,
            respondedOn: opt(c.respondedOn),
          },
  }
}

/**
 * Writes a bundle in its canonical JSON form, the form in which bundles are exported, diffed
 * and committed:
 *
 * - fields in a fixed order (that of {@link BundleInput}); optional fields absent rather than
 *   `null`, and optional lists absent when empty; defaults written out (`kind`, `secrecy`,
 *   `urgency`, `status`); the six collections and the seven parts of findings always written;
 * - organisations sorted by code; memberships by union, member and start; directives by
 *   canonical symbol, then issue date; relations by source, target (in directive order), type
 *   and date; tasks by directive (in directive order), then reference compared naturally
 *   ({@link compareTaskReferences}: "III.2" before "III.10"); progress reports by date, then
 *   organisation; assessments by key. Coordinators, evidence, sections, findings and
 *   indicators keep their order: it is part of the data;
 * - deadlines written back as the text they were read from; refs in canonical form;
 * - 2-space indentation, a trailing newline, and the layout the repository's formatter
 *   (Biome, 100 columns) leaves unchanged.
 *
 * Canonical JSON is a fixed point: `bundleToJson(parseBundle(JSON.parse(bundleToJson(b))).value)`
 * is `bundleToJson(b)`, byte for byte.
 *
 * @example
 * ```ts
 * const r = parseBundle(JSON.parse(text))
 * if (r.ok) writeFileSync('bundle.json', bundleToJson(r.value))
 * ```
 */
export function bundleToJson(bundle: Bundle): string {
  const directives = [...bundle.directives].sort(
    (a, b) =>
      compareText(a.symbol, b.symbol) ||
      compareText(a.issuedOn, b.issuedOn) ||
      compareText(a.issuer, b.issuer),
  )
  // Position of each directive by its ref (see directiveRefsOf).
  const directiveOrder = new Map<string, number>()
  for (const [i, ref] of directiveRefsOf(directives).entries()) directiveOrder.set(ref, i)
  const order = (ref: string) => directiveOrder.get(ref) ?? Number.MAX_SAFE_INTEGER
  const typeRank = (type: string) => (DIRECTIVE_RELATION_TYPES as readonly string[]).indexOf(type)

  const document: JsonObject = {
    format: bundle.format,
    version: bundle.version,
    tenant: { id: bundle.tenant.id, name: bundle.tenant.name },
    title: opt(bundle.title),
    description: opt(bundle.description),
    source: opt(bundle.source),
    organizations: [...bundle.organizations]
      .sort((a, b) => compareText(a.code, b.code))
      .map(organizationJson),
    memberships: [...bundle.memberships]
      .sort(
        (a, b) =>
          compareText(a.union, b.union) ||
          compareText(a.member, b.member) ||
          compareText(a.from, b.from),
      )
      .map((m) => ({ member: m.member, union: m.union, from: m.from, to: opt(m.to) })),
    directives: directives.map(directiveJson),
    relations: [...bundle.relations]
      .sort(
        (a, b) =>
          order(a.from) - order(b.from) ||
          order(a.to) - order(b.to) ||
          typeRank(a.type) - typeRank(b.type) ||
          compareText(a.effectiveOn, b.effectiveOn),
      )
      .map(relationJson),
    tasks: [...bundle.tasks]
      .sort(
        (a, b) =>
          order(a.directive) - order(b.directive) ||
          compareText(a.directive, b.directive) ||
          compareTaskReferences(a.reference, b.reference),
      )
      .map(taskJson),
    assessments: [...bundle.assessments]
      .sort((a, b) => compareText(a.key, b.key))
      .map(assessmentJson),
  }
  return `${write(document, '', 0, 0)}\n`
}
