import { FINDINGS_PARTS, type Findings, type NewAssessment } from '../assessment/assessment.js'
import { ratingForScore } from '../assessment/rate.js'
import { compareRatings, isRating, RATINGS } from '../assessment/rating.js'
import { RATING_RULE_SETS } from '../assessment/rating-rules.js'
import { type AssessmentInput, validateAssessment } from '../assessment/validate-assessment.js'
import type { IsoDate } from '../calendar/iso-date.js'
import { validateNewDirective } from '../directive/directive.js'
import { validateDirectiveRelation } from '../directive/directive-relation.js'
import { type DomainError, type ErrorPath, withPathPrefix } from '../domain-error.js'
import { validateOrganizationMembership } from '../organization/membership.js'
import { parseOrganizationCode } from '../organization/organization-code.js'
import { validateOrganizationHierarchy } from '../organization/organization-tree.js'
import { validateOrganizationSuccessions } from '../organization/succession.js'
import { validateNewOrganization } from '../organization/validate-organization.js'
import { err, ok, type Result } from '../result.js'
import { validateProgressReport } from '../task/progress-report.js'
import type { NewTask } from '../task/task.js'
import { isTaskStatus, TASK_STATUSES, type TaskStatus } from '../task/task-status.js'
import { type NewTaskInput, validateNewTask } from '../task/validate-task.js'
import type {
  Bundle,
  BundleAssessment,
  BundleAssessmentInput,
  BundleAssessmentSubject,
  BundleAssessmentSubjectInput,
  BundleIndicatorInput,
  BundleInput,
  BundleMembership,
  BundleProgressReport,
  BundleProgressReportInput,
  BundleRating,
  BundleRelation,
  BundleSocialCritique,
  BundleSocialCritiqueInput,
  BundleTask,
  BundleTaskInput,
} from './bundle.js'
import { BundleReader, type BundleRecord, shownValue } from './bundle-reader.js'
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
import {
  allErrors,
  issueYearOf,
  parseCode,
  renameError,
  type SectionContext,
} from './parse/section-support.js'
import { StandIns } from './parse/stand-ins.js'

const TASK_FIELDS = fieldsOf<BundleTaskInput>({
  directive: 'required',
  reference: 'required',
  title: 'required',
  description: 'optional',
  lead: 'required',
  coordinators: 'optional',
  monitor: 'optional',
  deadline: 'optional',
  reportingDuty: 'optional',
  parent: 'optional',
  status: 'optional',
  completedOn: 'optional',
  progressReports: 'optional',
})
const REPORTING_DUTY_FIELDS = fieldsOf<NonNullable<BundleTaskInput['reportingDuty']>>({
  cadence: 'required',
  recipient: 'required',
})
const REPORT_FIELDS = fieldsOf<BundleProgressReportInput>({
  reportedOn: 'required',
  organization: 'required',
  percent: 'optional',
  narrative: 'optional',
  evidence: 'optional',
})
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

interface TaskDraft {
  readonly index: number
  readonly record: BundleRecord | undefined
  directiveKey?: string
  reference?: string
  key?: string
  parentKey?: string
  status: TaskStatus
  completedOn: IsoDate | null
  reports: BundleProgressReport[]
  value?: NewTask
}

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

  // ---------------------------------------------------------------- tasks
  const tasks: TaskDraft[] = []
  const taskIndex = new Map<string, number>()
  for (const [index, raw] of list('tasks').entries()) {
    const path = ['tasks', index]
    const record = reader.record(raw, path, TASK_FIELDS.allowed, TASK_FIELDS.required)
    const draft: TaskDraft = {
      index,
      record,
      status: 'NOT_STARTED',
      completedOn: null,
      reports: [],
    }
    tasks.push(draft)
    if (record === undefined) continue
    if (record.directive != null) {
      draft.directiveKey = references.directive(record.directive, [...path, 'directive'])
    }
    draft.reference = reader.requiredText(record, 'reference', path)
    if (draft.directiveKey === undefined || draft.reference === undefined) continue
    const key = `${draft.directiveKey}#${draft.reference}`
    const first = taskIndex.get(key)
    if (first !== undefined) {
      const shown = `${references.directiveRef(draft.directiveKey)}#${draft.reference}`
      reader.add(
        'DUPLICATE_KEY',
        {
          en: `Task ${shown} appears twice (first at tasks[${first}])`,
          vi: `Nhiệm vụ ${shown} bị trùng (đã có ở tasks[${first}])`,
        },
        [...path, 'reference'],
        draft.reference,
      )
    } else {
      taskIndex.set(key, index)
      draft.key = key
    }
  }

  references.addTasks(tasks)

  for (const draft of tasks) {
    const { index, record } = draft
    const path = ['tasks', index]
    if (record === undefined) continue
    const issuedOn =
      draft.directiveKey === undefined ? undefined : references.issuedOn(draft.directiveKey)
    const lead =
      record.lead == null ? undefined : references.organization(record.lead, [...path, 'lead'])
    const coordinators = reader.list(record, 'coordinators', path, (item, itemPath) => {
      // A null in the list is a hole, not "no coordinator": report it rather than store it.
      if (item == null) {
        reader.add(
          'REQUIRED',
          {
            en: 'A coordinator must be an organisation code, not null',
            vi: 'Cơ quan phối hợp phải là mã tổ chức, không được để trống',
          },
          itemPath,
          item,
        )
        return undefined
      }
      return references.organization(item, itemPath)
    })
    const monitor =
      record.monitor == null
        ? undefined
        : references.organization(record.monitor, [...path, 'monitor'])
    const title = reader.field(record, 'title', path, 'string')
    const description = reader.field(record, 'description', path, 'string')
    const deadline = reader.field(record, 'deadline', path, 'string')
    const dutyRecord = reader.field(record, 'reportingDuty', path, 'object')
    let duty: NewTaskInput['reportingDuty'] = null
    let recipient: string | undefined
    if (dutyRecord !== undefined) {
      const dutyPath = [...path, 'reportingDuty']
      const checkedDuty = reader.record(
        dutyRecord,
        dutyPath,
        REPORTING_DUTY_FIELDS.allowed,
        REPORTING_DUTY_FIELDS.required,
      )
      const cadence = reader.field(checkedDuty, 'cadence', dutyPath, 'string')
      recipient =
        dutyRecord.recipient == null
          ? undefined
          : references.organization(dutyRecord.recipient, [...dutyPath, 'recipient'])
      duty = {
        cadence: cadence ?? 'YEARLY',
        recipientId: recipient === undefined ? standIns.fresh() : standIns.id(recipient),
      }
    }
    if (record.parent != null) draft.parentKey = references.task(record.parent, [...path, 'parent'])

    const status = reader.field(record, 'status', path, 'string')
    if (status !== undefined) {
      if (isTaskStatus(status)) draft.status = status
      else {
        reader.add(
          'INVALID_TASK_STATUS',
          {
            en: `Unknown task status ${shownValue(status)}; expected one of ${TASK_STATUSES.join(', ')}`,
            vi: `Trạng thái nhiệm vụ ${shownValue(status)} không hợp lệ; phải là một trong ${TASK_STATUSES.join(', ')}`,
          },
          [...path, 'status'],
          status,
        )
      }
    }
    const completedOn = reader.field(record, 'completedOn', path, 'date')
    draft.completedOn = completedOn ?? null
    if (completedOn !== undefined && status !== undefined && draft.status !== 'COMPLETED') {
      reader.add(
        'COMPLETION_DATE_WITHOUT_COMPLETION',
        {
          en: `completedOn is ${completedOn} but the status is ${draft.status}: only a COMPLETED task has a completion date`,
          vi: `Có ngày hoàn thành ${completedOn} nhưng trạng thái là ${draft.status}: chỉ nhiệm vụ đã hoàn thành (COMPLETED) mới có ngày hoàn thành`,
        },
        [...path, 'completedOn'],
        completedOn,
      )
    } else if (completedOn !== undefined && status === undefined) {
      reader.add(
        'COMPLETION_DATE_WITHOUT_COMPLETION',
        {
          en: `completedOn is ${completedOn} but no status is given: add "status": "COMPLETED"`,
          vi: `Có ngày hoàn thành ${completedOn} nhưng không ghi trạng thái: thêm "status": "COMPLETED"`,
        },
        [...path, 'completedOn'],
        completedOn,
      )
    }
    if (
      draft.status === 'COMPLETED' &&
      completedOn === undefined &&
      !reader.hasErrorAt([...path, 'completedOn'])
    ) {
      reader.add(
        'COMPLETION_DATE_REQUIRED',
        {
          en: 'A COMPLETED task needs its completion date (completedOn)',
          vi: 'Nhiệm vụ đã hoàn thành phải có ngày hoàn thành (completedOn)',
        },
        [...path, 'completedOn'],
      )
    }
    if (completedOn !== undefined && issuedOn !== undefined && completedOn < issuedOn) {
      reader.add(
        'COMPLETED_BEFORE_ISSUED',
        {
          en: `Completed on ${completedOn}, before the directive was issued (${issuedOn})`,
          vi: `Ngày hoàn thành ${completedOn} trước ngày ban hành văn bản (${issuedOn})`,
        },
        [...path, 'completedOn'],
        completedOn,
      )
    }

    const coordinatorIds = coordinators.map((code) =>
      code === undefined ? standIns.fresh() : standIns.id(code),
    )
    const checked = allErrors(
      {
        directiveId: standIns.id(draft.directiveKey ?? `?${index}`),
        reference: draft.reference ?? null,
        title: title ?? 'x',
        description: description ?? null,
        leadId: lead === undefined ? standIns.fresh() : standIns.id(lead),
        coordinatorIds,
        monitorId: monitor === undefined ? null : standIns.id(monitor),
        deadline: deadline ?? null,
        reportingDuty: duty,
        parentId: draft.parentKey === undefined ? null : standIns.id(draft.parentKey),
      } satisfies NewTaskInput,
      (input) =>
        validateNewTask(input, issuedOn === undefined ? {} : { year: issueYearOf(issuedOn) }),
      (input, error) => {
        switch (error.path[0]) {
          case 'directiveId':
            return { ...input, directiveId: standIns.fresh() }
          case 'reference':
            return { ...input, reference: null }
          case 'title':
            return { ...input, title: 'x' }
          case 'description':
            return { ...input, description: null }
          case 'leadId':
            return { ...input, leadId: standIns.fresh() }
          case 'coordinatorIds': {
            const at = error.path[1]
            if (typeof at !== 'number') return { ...input, coordinatorIds: [] }
            const next = [...input.coordinatorIds]
            next[at] = standIns.fresh()
            return { ...input, coordinatorIds: next }
          }
          case 'monitorId':
            return { ...input, monitorId: null }
          case 'deadline':
            return { ...input, deadline: null }
          case 'reportingDuty':
            return { ...input, reportingDuty: null }
          case 'parentId':
            return { ...input, parentId: null }
          default:
            return null
        }
      },
    )
    for (const raw of checked.errors) {
      // Without its directive, a deadline has no year to fall back on: not the author's error.
      if (issuedOn === undefined && raw.code === 'MISSING_YEAR') continue
      const error = standIns.unfake(raw)
      reader.addUnlessCovered(
        withPathPrefix(
          renameError(raw.path[0] === 'deadline' ? { ...error, path: ['deadline'] } : error, {
            directiveId: ['directive'],
            leadId: ['lead'],
            coordinatorIds: ['coordinators'],
            monitorId: ['monitor'],
            'reportingDuty.recipientId': ['reportingDuty', 'recipient'],
            parentId: ['parent'],
          }),
          path,
        ),
      )
    }
    draft.value = checked.value

    // Progress reports.
    const seenReports = new Map<string, number>()
    reader.list(record, 'progressReports', path, (item, itemPath, j) => {
      const report = reader.record(item, itemPath, REPORT_FIELDS.allowed, REPORT_FIELDS.required)
      if (report === undefined) return
      const reportedOn = reader.field(report, 'reportedOn', itemPath, 'date')
      const organization =
        report.organization == null
          ? undefined
          : references.organization(report.organization, [...itemPath, 'organization'])
      const percent = reader.field(report, 'percent', itemPath, 'number')
      const narrative = reader.field(report, 'narrative', itemPath, 'string')
      const evidence = reader.list(report, 'evidence', itemPath, (e, ePath) =>
        reader.value(e, ePath, 'string'),
      ) as (string | undefined)[]
      const result = allErrors(
        {
          id: standIns.fresh(),
          taskId: standIns.fresh(),
          reportedOn: reportedOn ?? '2000-01-01',
          organizationId: organization === undefined ? standIns.fresh() : standIns.id(organization),
          percent: percent ?? null,
          narrative: narrative ?? null,
          evidence: evidence.map((e) => e ?? 'x'),
        },
        validateProgressReport,
        (input, error) => {
          switch (error.path[0]) {
            case 'reportedOn':
              return { ...input, reportedOn: '2000-01-01' }
            case 'percent':
              return { ...input, percent: 0 }
            case 'narrative':
              return error.code === 'EMPTY_PROGRESS_REPORT' ? null : { ...input, narrative: 'x' }
            case 'evidence': {
              const at = error.path[1]
              if (typeof at !== 'number') return { ...input, evidence: [] }
              const next = [...input.evidence]
              next[at] = 'x'
              return { ...input, evidence: next }
            }
            case 'organizationId':
              return { ...input, organizationId: standIns.fresh() }
            default:
              return null
          }
        },
      )
      for (const error of result.errors) {
        reader.addUnlessCovered(
          withPathPrefix(
            renameError(standIns.unfake(error), { organizationId: ['organization'] }),
            itemPath,
          ),
        )
      }
      if (reportedOn !== undefined && issuedOn !== undefined && reportedOn < issuedOn) {
        reader.add(
          'REPORT_BEFORE_ISSUED',
          {
            en: `Report dated ${reportedOn}, before the directive was issued (${issuedOn})`,
            vi: `Báo cáo ghi ngày ${reportedOn}, trước ngày ban hành văn bản (${issuedOn})`,
          },
          [...itemPath, 'reportedOn'],
          reportedOn,
        )
      }
      if (reportedOn !== undefined && organization !== undefined) {
        const key = `${reportedOn}\u0000${organization}`
        const first = seenReports.get(key)
        if (first !== undefined) {
          reader.add(
            'DUPLICATE_KEY',
            {
              en: `${organization} already reported on ${reportedOn} for this task (progressReports[${first}]): merge the two reports`,
              vi: `${organization} đã có báo cáo ngày ${reportedOn} cho nhiệm vụ này (progressReports[${first}]): gộp hai báo cáo làm một`,
            },
            [...itemPath, 'reportedOn'],
            reportedOn,
          )
        } else seenReports.set(key, j)
      }
      if (result.value !== undefined && organization !== undefined) {
        draft.reports.push(
          Object.freeze({
            reportedOn: result.value.reportedOn,
            organization,
            percent: result.value.percent,
            narrative: result.value.narrative,
            evidence: result.value.evidence,
          }),
        )
      }
    })
  }

  // Parent cycles: follow parents from each task; a walk that meets itself found a loop,
  // blamed on the member that comes last in the list.
  const taskByKey = new Map(tasks.filter((t) => t.key !== undefined).map((t) => [t.key!, t]))
  const settled = new Map<string, number>()
  let walkNumber = 0
  for (const start of taskByKey.values()) {
    if (settled.has(start.key!)) continue
    walkNumber++
    const walk: TaskDraft[] = []
    let at: TaskDraft | undefined = start
    while (at !== undefined && !settled.has(at.key!)) {
      settled.set(at.key!, walkNumber)
      walk.push(at)
      at = at.parentKey === undefined ? undefined : taskByKey.get(at.parentKey)
    }
    if (at !== undefined && settled.get(at.key!) === walkNumber) {
      const members = walk.slice(walk.indexOf(at))
      const blamed = members.reduce((a, b) => (b.index > a.index ? b : a))
      const from = members.indexOf(blamed)
      const loop = [...members.slice(from), ...members.slice(0, from), blamed]
        .map((t) => references.taskRef(t.key!))
        .join(' → ')
      reader.add(
        'CYCLE_IN_HIERARCHY',
        {
          en: `Parent tasks loop: ${loop}`,
          vi: `Nhiệm vụ cấp trên bị vòng lặp: ${loop}`,
        },
        ['tasks', blamed.index, 'parent'],
        blamed.record?.parent,
      )
    }
  }

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
    tasks: Object.freeze(
      tasks.map((t): BundleTask => {
        const v = t.value!
        const record = t.record!
        const coordinators = (Array.isArray(record.coordinators) ? record.coordinators : []).map(
          (c) => parseOrganizationCode(String(c)),
        )
        const duty = record.reportingDuty as BundleRecord | null | undefined
        return Object.freeze({
          directive: references.directiveRef(t.directiveKey!),
          reference: t.reference!,
          title: v.title,
          description: v.description,
          lead: parseCode(record.lead),
          coordinators: Object.freeze(coordinators.map((c) => (c.ok ? c.value : ''))),
          monitor: record.monitor == null ? null : parseCode(record.monitor),
          deadline: v.deadline,
          reportingDuty:
            v.reportingDuty === null
              ? null
              : Object.freeze({
                  cadence: v.reportingDuty.cadence,
                  recipient: parseCode(duty?.recipient),
                }),
          parent: t.parentKey === undefined ? null : references.taskRef(t.parentKey),
          status: t.status,
          completedOn: t.completedOn,
          progressReports: Object.freeze(t.reports),
        })
      }),
    ),
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
