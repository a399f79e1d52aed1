import { FINDINGS_PARTS, type Findings, type NewAssessment } from '../assessment/assessment.js'
import { ratingForScore } from '../assessment/rate.js'
import { compareRatings, isRating, RATINGS } from '../assessment/rating.js'
import { RATING_RULE_SETS } from '../assessment/rating-rules.js'
import { type AssessmentInput, validateAssessment } from '../assessment/validate-assessment.js'
import { validateNewDirective } from '../directive/directive.js'
import { validateDirectiveRelation } from '../directive/directive-relation.js'
import { type DomainError, type ErrorPath, withPathPrefix } from '../domain-error.js'
import { validateOrganizationMembership } from '../organization/membership.js'
import { validateOrganizationHierarchy } from '../organization/organization-tree.js'
import { validateOrganizationSuccessions } from '../organization/succession.js'
import { validateNewOrganization } from '../organization/validate-organization.js'
import { err, ok, type Result } from '../result.js'
import { validateProgressReport } from '../task/progress-report.js'
import { validateNewTask } from '../task/validate-task.js'
import type {
  Bundle,
  BundleAssessment,
  BundleAssessmentInput,
  BundleAssessmentSubject,
  BundleAssessmentSubjectInput,
  BundleIndicatorInput,
  BundleInput,
  BundleMembership,
  BundleRating,
  BundleRelation,
  BundleSocialCritique,
  BundleSocialCritiqueInput,
} from './bundle.js'
import { BundleReader, shownValue } from './bundle-reader.js'
import { type EveryFieldOf, fieldsOf } from './parse/bundle-fields.js'
import { BundleReferences } from './parse/bundle-references.js'
import { parseDirectives, toBundleDirectives } from './parse/parse-directives.js'
import {
  parseHeader,
  readSection,
  SECTIONS,
  type SectionName,
  toBundleHeader,
} from './parse/parse-header.js'
import { parseMemberships } from './parse/parse-memberships.js'
import { parseOrganizations, toBundleOrganizations } from './parse/parse-organizations.js'
import { parseRelations } from './parse/parse-relations.js'
import { parseTasks, toBundleTasks } from './parse/parse-tasks.js'
import { allErrors, renameError, type SectionContext } from './parse/section-support.js'
import { StandIns } from './parse/stand-ins.js'

const ASSESSMENT_FIELDS = fieldsOf<BundleAssessmentInput>({
  key: 'required',
  kind: 'required',
  subject: 'required',
  period: 'required',
  title: 'optional',
  assessor: 'required',
  assessedOn: 'required',
  findings: 'optional',
  indicators: 'optional',
  rating: 'optional',
  socialCritique: 'optional',
})
const SUBJECT_FIELDS = fieldsOf<BundleAssessmentSubjectInput>({
  directive: 'optional',
  organization: 'optional',
  task: 'optional',
  year: 'optional',
})
const PERIOD_FIELDS = fieldsOf<BundleAssessmentInput['period']>({
  from: 'required',
  to: 'required',
})
const RATING_FIELDS = fieldsOf<NonNullable<BundleAssessmentInput['rating']>>({
  level: 'optional',
  score: 'optional',
  rules: 'optional',
})
const CRITIQUE_FIELDS = fieldsOf<BundleSocialCritiqueInput>({
  subjectTitle: 'required',
  requestingBody: 'optional',
  form: 'required',
  requestedOn: 'optional',
  heldOn: 'required',
  reportedOn: 'optional',
  reportNumber: 'optional',
  response: 'optional',
  respondedOn: 'optional',
})
// The findings are read part by part in the domain's order (FINDINGS_PARTS), which must name
// every part the bundle may write.
const FINDINGS_FIELDS: EveryFieldOf<
  NonNullable<BundleAssessmentInput['findings']>,
  typeof FINDINGS_PARTS
> = FINDINGS_PARTS
const INDICATOR_FIELDS = fieldsOf<BundleIndicatorInput>({
  name: 'required',
  unit: 'required',
  baseline: 'optional',
  periods: 'optional',
  evidence: 'optional',
})
const BASELINE_FIELDS = fieldsOf<NonNullable<BundleIndicatorInput['baseline']>>({
  value: 'required',
  date: 'optional',
})
const INDICATOR_PERIOD_FIELDS = fieldsOf<NonNullable<BundleIndicatorInput['periods']>[number]>({
  from: 'required',
  to: 'required',
  target: 'optional',
  actual: 'optional',
})

/**
 * Validates and normalises a bundle (a parsed JSON or YAML document, see {@link BundleInput})
 * and returns every error found, never only the first, each with the JSON path of the
 * offending field (`['tasks', 12, 'lead']`), a message in English and Vietnamese naming the
 * offending value, and the value itself. Never throws.
 *
 * What is checked, reusing the domain's validators for the records themselves:
 * - the header: `format` (`INVALID_BUNDLE_FORMAT`), `version` (`UNSUPPORTED_BUNDLE_VERSION`:
 *   nothing else is read then), the tenant id (`INVALID_TENANT_ID`);
 * - every object: fields of the wrong type (`INVALID_TYPE`), missing (`REQUIRED`) or unknown
 *   (`UNKNOWN_FIELD`, suggesting the field meant: `coordinator` → `coordinators`);
 * - natural keys used twice (`DUPLICATE_KEY`): organisation code, directive symbol and year
 *   of issue, task directive and reference, assessment key, and a progress report's date and
 *   organisation within its task;
 * - references to nothing (`UNKNOWN_ORGANIZATION`, `UNKNOWN_DIRECTIVE`, `UNKNOWN_TASK`) or to
 *   a symbol that two directives share without `@year` (`AMBIGUOUS_DIRECTIVE_REF`);
 * - organisations: {@link validateNewOrganization}, the hierarchy
 *   ({@link validateOrganizationHierarchy}: `CYCLE_IN_HIERARCHY`, `INVALID_PARENT_LEVEL`),
 *   successions ({@link validateOrganizationSuccessions}), and the district level, which only a
 *   body dissolved by 2025-07-01 may keep (`DISTRICT_LEVEL_ABOLISHED`); memberships
 *   ({@link validateOrganizationMembership}, overlaps);
 * - directives ({@link validateNewDirective}), relations ({@link validateDirectiveRelation}, and
 *   every duplicate and cycle of the graph: `DUPLICATE_RELATION`, `CYCLE_IN_RELATIONS`);
 * - tasks ({@link validateNewTask}: deadlines read with the directive's year of issue, lead also
 *   coordinator…), parent cycles (`CYCLE_IN_HIERARCHY`), status (`INVALID_TASK_STATUS`) and
 *   dates: `completedOn` exactly when `COMPLETED` (`COMPLETION_DATE_WITHOUT_COMPLETION`,
 *   `COMPLETION_DATE_REQUIRED`), not before the directive (`COMPLETED_BEFORE_ISSUED`); progress
 *   reports ({@link validateProgressReport}: percent 0–100…), not before the directive
 *   (`REPORT_BEFORE_ISSUED`);
 * - assessments ({@link validateAssessment}), their subject (`INVALID_ASSESSMENT_SUBJECT`), the
 *   rating rule set (`UNKNOWN_RATING_RULES`) and a level no better than the score allows
 *   (`RATING_ABOVE_SCORE`).
 *
 * The normalised bundle keeps the order of the input; {@link bundleToJson} sorts.
 *
 * @example
 * ```ts
 * const r = parseBundle(JSON.parse(text))
 * if (r.ok) r.value.tasks.length
 * else for (const e of r.error) console.error(e.path.join('.'), e.code, e.message)
 * // tasks.12.lead UNKNOWN_ORGANIZATION No organisation with code "SO-KHCM" in the bundle
 * ```
 */
export function parseBundle(value: unknown): Result<Bundle, readonly DomainError[]> {
  const reader = new BundleReader()
  const header = parseHeader(reader, value)
  if (header === undefined) return err(Object.freeze(reader.errors))
  const { root, tenantId } = header
  const standIns = new StandIns()
  const references = new BundleReferences(reader)
  const context: SectionContext = { reader, standIns, references }
  const list = (section: SectionName) => readSection(reader, root, section)

  const organizations = parseOrganizations(context, list('organizations'), tenantId)
  const memberships = parseMemberships(context, list('memberships'))

  const directives = parseDirectives(context, list('directives'))
  const relations = parseRelations(context, list('relations'))

  const tasks = parseTasks(context, list('tasks'))

  // ---------------------------------------------------------------- assessments
  const assessments: (BundleAssessment | undefined)[] = []
  const assessmentIndex = new Map<string, number>()
  const knownRules = new Map(RATING_RULE_SETS.map((r) => [r.id, r]))
  for (const [index, raw] of list('assessments').entries()) {
    const path = ['assessments', index]
    const record = reader.record(raw, path, ASSESSMENT_FIELDS.allowed, ASSESSMENT_FIELDS.required)
    if (record === undefined) {
      assessments.push(undefined)
      continue
    }
    const key = reader.requiredText(record, 'key', path)
    if (key !== undefined) {
      const first = assessmentIndex.get(key)
      if (first !== undefined) {
        reader.add(
          'DUPLICATE_KEY',
          {
            en: `Assessment key ${shownValue(key)} is used twice (first at assessments[${first}])`,
            vi: `Khóa đánh giá ${shownValue(key)} bị trùng (đã dùng ở assessments[${first}])`,
          },
          [...path, 'key'],
          key,
        )
      } else assessmentIndex.set(key, index)
    }
    const kind = reader.field(record, 'kind', path, 'string')
    const assessor =
      record.assessor == null
        ? undefined
        : references.organization(record.assessor, [...path, 'assessor'])
    const assessedOn = reader.field(record, 'assessedOn', path, 'date')
    const title = reader.field(record, 'title', path, 'string')

    // Subject.
    const subjectPath = [...path, 'subject']
    const subjectRecord = reader.record(
      record.subject ?? {},
      subjectPath,
      SUBJECT_FIELDS.allowed,
      SUBJECT_FIELDS.required,
    )
    let subject: BundleAssessmentSubject | undefined
    let subjectInput: AssessmentInput['subject'] | undefined
    if (subjectRecord !== undefined && record.subject != null) {
      const has = (k: string) => subjectRecord[k] !== undefined && subjectRecord[k] !== null
      const year = reader.field(subjectRecord, 'year', subjectPath, 'integer')
      const shape = has('task')
        ? !has('directive') && !has('organization') && !has('year')
        : has('directive')
          ? has('organization') && !has('year')
          : has('organization') && has('year')
      if (!shape) {
        reader.add(
          'INVALID_ASSESSMENT_SUBJECT',
          {
            en: 'The subject must be a directive and an organisation, a task, or an organisation and a year',
            vi: 'Đối tượng đánh giá phải là: một văn bản và một tổ chức, một nhiệm vụ, hoặc một tổ chức và một năm',
          },
          subjectPath,
          Object.keys(subjectRecord).join(', '),
        )
      } else if (has('task')) {
        const task = references.task(subjectRecord.task, [...subjectPath, 'task'])
        if (task !== undefined) {
          subject = { kind: 'TASK', task: references.taskRef(task) }
        }
        subjectInput = { kind: 'TASK', taskId: standIns.id(task ?? `?task${index}`) }
      } else if (has('directive')) {
        const directive = references.directive(subjectRecord.directive, [
          ...subjectPath,
          'directive',
        ])
        const organization = references.organization(subjectRecord.organization, [
          ...subjectPath,
          'organization',
        ])
        if (directive !== undefined && organization !== undefined) {
          subject = {
            kind: 'DIRECTIVE_IMPLEMENTATION',
            directive: references.directiveRef(directive),
            organization,
          }
        }
        subjectInput = {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: standIns.id(directive ?? `?directive${index}`),
          organizationId: organization === undefined ? standIns.fresh() : standIns.id(organization),
        }
      } else {
        const organization = references.organization(subjectRecord.organization, [
          ...subjectPath,
          'organization',
        ])
        if (organization !== undefined && year !== undefined) {
          subject = { kind: 'ORGANIZATION_YEAR', organization, year }
        }
        subjectInput = {
          kind: 'ORGANIZATION_YEAR',
          organizationId: organization === undefined ? standIns.fresh() : standIns.id(organization),
          ...(year === undefined ? {} : { year }),
        }
      }
    }

    // Period.
    const periodRecord = reader.field(record, 'period', path, 'object')
    const period = reader.record(
      periodRecord ?? {},
      [...path, 'period'],
      PERIOD_FIELDS.allowed,
      periodRecord === undefined ? [] : PERIOD_FIELDS.required,
    )
    const periodFrom = reader.field(period, 'from', [...path, 'period'], 'date')
    const periodTo = reader.field(period, 'to', [...path, 'period'], 'date')

    // Findings.
    const findingsRecord = reader.field(record, 'findings', path, 'object')
    const findingsChecked = reader.record(
      findingsRecord ?? {},
      [...path, 'findings'],
      FINDINGS_FIELDS,
      [],
    )
    const findings: Partial<Record<keyof Findings, string[]>> = {}
    for (const part of FINDINGS_FIELDS) {
      findings[part] = reader
        .list(findingsChecked, part, [...path, 'findings'], (p, pPath) =>
          reader.value(p, pPath, 'string'),
        )
        .filter((p): p is string => typeof p === 'string')
    }

    // Indicators.
    const indicators = reader.list(record, 'indicators', path, (item, itemPath) =>
      readIndicator(reader, item, itemPath),
    )

    // Rating.
    const ratingRecord = reader.field(record, 'rating', path, 'object')
    let rating: BundleRating | null = null
    let ratingInput: Pick<AssessmentInput, 'score' | 'rating' | 'ratingRulesId'> = {}
    if (ratingRecord !== undefined) {
      const ratingPath = [...path, 'rating']
      const r = reader.record(
        ratingRecord,
        ratingPath,
        RATING_FIELDS.allowed,
        RATING_FIELDS.required,
      )
      const level = reader.field(r, 'level', ratingPath, 'string')
      const score = reader.field(r, 'score', ratingPath, 'number')
      const rules = reader.text(r, 'rules', ratingPath)
      if (level === undefined && score === undefined && !reader.hasErrorAt(ratingPath)) {
        reader.add(
          'REQUIRED',
          {
            en: 'A rating needs a level, a score, or both',
            vi: 'Xếp loại phải có mức xếp loại, điểm số, hoặc cả hai',
          },
          ratingPath,
        )
      }
      if (level !== undefined && !isRating(level)) {
        reader.add(
          'INVALID_RATING',
          {
            en: `Unknown rating level ${shownValue(level)}; expected one of ${RATINGS.join(', ')}`,
            vi: `Mức xếp loại ${shownValue(level)} không hợp lệ; phải là một trong ${RATINGS.join(', ')}`,
          },
          [...ratingPath, 'level'],
          level,
        )
      }
      const ruleSet = rules === undefined ? undefined : knownRules.get(rules)
      if (rules !== undefined && ruleSet === undefined) {
        reader.add(
          'UNKNOWN_RATING_RULES',
          {
            en: `Unknown rating rule set ${shownValue(rules)}; known: ${[...knownRules.keys()].join(', ')}`,
            vi: `Bộ quy tắc xếp loại ${shownValue(rules)} không có; các bộ hiện có: ${[...knownRules.keys()].join(', ')}`,
          },
          [...ratingPath, 'rules'],
          rules,
        )
      }
      if (
        ruleSet !== undefined &&
        level !== undefined &&
        isRating(level) &&
        score !== undefined &&
        score >= 0 &&
        score <= 100 &&
        compareRatings(level, ratingForScore(score, ruleSet)) < 0
      ) {
        const reachable = ratingForScore(score, ruleSet)
        reader.add(
          'RATING_ABOVE_SCORE',
          {
            en: `A score of ${score} reaches at most ${reachable} under ${ruleSet.id}, not ${level}`,
            vi: `Điểm ${score} chỉ đạt tối đa mức ${reachable} theo ${ruleSet.id}, không thể xếp ${level}`,
          },
          [...ratingPath, 'level'],
          level,
        )
      }
      ratingInput = {
        score: score ?? null,
        rating: level !== undefined && isRating(level) ? level : null,
        ratingRulesId: rules ?? null,
      }
      rating = {
        level: ratingInput.rating as BundleRating['level'],
        score: score ?? null,
        rules: rules ?? null,
      }
    }

    // Social critique.
    const critiqueRecord = reader.field(record, 'socialCritique', path, 'object')
    let critiqueInput: AssessmentInput['socialCritique'] = null
    let requestingBody: string | undefined
    if (critiqueRecord !== undefined) {
      const cPath = [...path, 'socialCritique']
      const c = reader.record(
        critiqueRecord,
        cPath,
        CRITIQUE_FIELDS.allowed,
        CRITIQUE_FIELDS.required,
      )
      if (critiqueRecord.requestingBody != null) {
        requestingBody = references.organization(critiqueRecord.requestingBody, [
          ...cPath,
          'requestingBody',
        ])
      }
      critiqueInput = {
        subjectTitle: reader.field(c, 'subjectTitle', cPath, 'string') ?? 'x',
        requestingBodyId:
          requestingBody === undefined
            ? critiqueRecord.requestingBody == null
              ? null
              : standIns.fresh()
            : standIns.id(requestingBody),
        form: reader.field(c, 'form', cPath, 'string') ?? 'OTHER',
        requestedOn: reader.field(c, 'requestedOn', cPath, 'date') ?? null,
        heldOn: reader.field(c, 'heldOn', cPath, 'date') ?? '2000-01-01',
        reportedOn: reader.field(c, 'reportedOn', cPath, 'date') ?? null,
        reportNumber: reader.field(c, 'reportNumber', cPath, 'string') ?? null,
        response: reader.field(c, 'response', cPath, 'string') ?? null,
        respondedOn: reader.field(c, 'respondedOn', cPath, 'date') ?? null,
      }
    }

    const checked = allErrors<AssessmentInput, NewAssessment>(
      {
        kind: kind ?? (critiqueInput === null ? 'PERIODIC_REPORT' : 'SOCIAL_CRITIQUE'),
        subject: subjectInput ?? { kind: 'TASK', taskId: standIns.fresh() },
        period: { from: periodFrom ?? '2000-01-01', to: periodTo ?? periodFrom ?? '2000-01-01' },
        title: title ?? null,
        assessorId: assessor === undefined ? standIns.fresh() : standIns.id(assessor),
        assessedOn: assessedOn ?? '2000-01-01',
        findings,
        indicators: indicators.map((i) => i ?? { name: 'x', unit: 'x' }),
        socialCritique: critiqueInput,
        ...ratingInput,
      },
      validateAssessment,
      (input, error) => {
        switch (error.path[0]) {
          case 'kind':
            return {
              ...input,
              kind: input.socialCritique == null ? 'PERIODIC_REPORT' : 'SOCIAL_CRITIQUE',
            }
          case 'subject':
            return { ...input, subject: { kind: 'TASK', taskId: standIns.fresh() } }
          case 'period':
            return { ...input, period: { from: '2000-01-01', to: '2000-01-01' } }
          case 'title':
            return { ...input, title: null }
          case 'assessorId':
            return { ...input, assessorId: standIns.fresh() }
          case 'assessedOn':
            return { ...input, assessedOn: '2000-01-01' }
          case 'findings':
            return { ...input, findings: null }
          case 'indicators':
            return { ...input, indicators: [] }
          case 'socialCritique':
            return error.code === 'SOCIAL_CRITIQUE_REQUIRED'
              ? { ...input, kind: 'PERIODIC_REPORT' }
              : error.code === 'UNEXPECTED_SOCIAL_CRITIQUE'
                ? { ...input, socialCritique: null }
                : {
                    ...input,
                    socialCritique: { subjectTitle: 'x', form: 'OTHER', heldOn: '2000-01-01' },
                  }
          case 'score':
            return { ...input, score: null }
          case 'rating':
            return { ...input, rating: null }
          case 'ratingRulesId':
            return { ...input, ratingRulesId: 'x' }
          default:
            return null
        }
      },
    )
    for (const error of checked.errors) {
      reader.addUnlessCovered(
        withPathPrefix(
          renameError(standIns.unfake(error), {
            'subject.kind': ['subject'],
            'subject.directiveId': ['subject', 'directive'],
            'subject.organizationId': ['subject', 'organization'],
            'subject.taskId': ['subject', 'task'],
            assessorId: ['assessor'],
            score: ['rating', 'score'],
            rating: ['rating', 'level'],
            ratingRulesId: ['rating', 'rules'],
            'socialCritique.requestingBodyId': ['socialCritique', 'requestingBody'],
          }),
          path,
        ),
      )
    }
    const v = checked.value
    if (v === undefined || key === undefined || subject === undefined || assessor === undefined) {
      assessments.push(undefined)
      continue
    }
    const c = v.socialCritique
    const critique: BundleSocialCritique | null =
      c === null
        ? null
        : Object.freeze({
            subjectTitle: c.subjectTitle,
            requestingBody: requestingBody ?? null,
            form: c.form,
            requestedOn: c.requestedOn,
            heldOn: c.heldOn,
            reportedOn: c.reportedOn,
            reportNumber: c.reportNumber,
            response: c.response,
            respondedOn: c.respondedOn,
          })
    assessments.push(
      Object.freeze({
        key,
        kind: v.kind,
        subject: Object.freeze(subject),
        period: v.period,
        title: v.title,
        assessor,
        assessedOn: v.assessedOn,
        findings: v.findings,
        indicators: v.indicators,
        rating: rating === null ? null : Object.freeze(rating),
        socialCritique: critique,
      }),
    )
  }

  if (reader.errors.length > 0) return err(Object.freeze(sortErrors(reader.errors)))

  // ---------------------------------------------------------------- the normalised bundle
  const bundle: Bundle = {
    ...toBundleHeader(header),
    organizations: toBundleOrganizations(organizations),
    memberships: Object.freeze(memberships as BundleMembership[]),
    directives: toBundleDirectives(directives),
    relations: Object.freeze(relations as BundleRelation[]),
    tasks: toBundleTasks(tasks, references),
    assessments: Object.freeze(assessments as BundleAssessment[]),
  }
  return ok(Object.freeze(bundle))
}

function sortErrors(errors: readonly DomainError[]): DomainError[] {
  const sections: readonly string[] = SECTIONS
  const rank = (e: DomainError) => {
    const section = sections.indexOf(String(e.path[0]))
    return section < 0 ? -1 : section
  }
  return errors
    .map((error, order) => ({ error, order }))
    .sort((a, b) => {
      const ra = rank(a.error)
      const rb = rank(b.error)
      if (ra !== rb) return ra - rb
      const ia = typeof a.error.path[1] === 'number' ? a.error.path[1] : -1
      const ib = typeof b.error.path[1] === 'number' ? b.error.path[1] : -1
      return ia - ib || a.order - b.order
    })
    .map((x) => x.error)
}

type IndicatorInput = NonNullable<AssessmentInput['indicators']>[number]

function readIndicator(
  reader: BundleReader,
  item: unknown,
  path: ErrorPath,
): IndicatorInput | undefined {
  const record = reader.record(item, path, INDICATOR_FIELDS.allowed, INDICATOR_FIELDS.required)
  if (record === undefined) return undefined
  const name = reader.field(record, 'name', path, 'string')
  const unit = reader.field(record, 'unit', path, 'string')
  const baselineRecord = reader.field(record, 'baseline', path, 'object')
  let baseline: IndicatorInput['baseline'] = null
  if (baselineRecord !== undefined) {
    const bPath = [...path, 'baseline']
    const b = reader.record(
      baselineRecord,
      bPath,
      BASELINE_FIELDS.allowed,
      BASELINE_FIELDS.required,
    )
    const value = reader.field(b, 'value', bPath, 'number')
    const date = reader.field(b, 'date', bPath, 'date')
    baseline = { value: value ?? 0, date: date ?? null }
  }
  const periods = reader.list(record, 'periods', path, (p, pPath) => {
    const r = reader.record(
      p,
      pPath,
      INDICATOR_PERIOD_FIELDS.allowed,
      INDICATOR_PERIOD_FIELDS.required,
    )
    return {
      from: reader.field(r, 'from', pPath, 'date') ?? '2000-01-01',
      to: reader.field(r, 'to', pPath, 'date') ?? '2000-01-01',
      target: reader.field(r, 'target', pPath, 'number') ?? null,
      actual: reader.field(r, 'actual', pPath, 'number') ?? null,
    }
  })
  const evidence = reader
    .list(record, 'evidence', path, (e, ePath) => reader.value(e, ePath, 'string'))
    .map((e) => (typeof e === 'string' ? e : 'x'))
  return { name: name ?? 'x', unit: unit ?? 'x', baseline, periods, evidence }
}
