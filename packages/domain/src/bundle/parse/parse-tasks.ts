import type { IsoDate } from '../../calendar/iso-date.js'
import type { Deadline } from '../../deadline/deadline.js'
import { type ErrorPath, withPathPrefix } from '../../domain-error.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import type { NewTask } from '../../task/task.js'
import { isTaskStatus, TASK_STATUSES, type TaskStatus } from '../../task/task-status.js'
import { type NewTaskInput, validateNewTask } from '../../task/validate-task.js'
import { unknownCodeText } from '../../vocabulary.js'
import type {
  BundleExtension,
  BundleProgressReport,
  BundleTask,
  BundleTaskInput,
} from '../bundle.js'
import { type BundleReader, type BundleRecord, shownValues } from '../bundle-reader.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import type { BundleReferences } from './bundle-references.js'
import { NaturalKeys } from './natural-keys.js'
import { parseExtensions } from './parse-extensions.js'
import { parseProgressReports } from './parse-progress-reports.js'
import type { SectionContext } from './section-context.js'
import {
  allErrors,
  type FieldRepairs,
  issueYearOf,
  parseCode,
  renameError,
  repairFields,
  sectionRecords,
} from './section-support.js'
import type { StandIns } from './stand-ins.js'

/** The fields of a task (nhiệm vụ). */
export const TASK_FIELDS = fieldsOf<BundleTaskInput>({
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
  extensions: 'optional',
  deadlineInForce: 'optional',
})

/** The fields of a task's reporting duty: how often, and to whom. */
export const REPORTING_DUTY_FIELDS = fieldsOf<NonNullable<BundleTaskInput['reportingDuty']>>({
  cadence: 'required',
  recipient: 'required',
})

const INPUT_RENAMES = {
  directiveId: ['directive'],
  leadId: ['lead'],
  coordinatorIds: ['coordinators'],
  monitorId: ['monitor'],
  'reportingDuty.recipientId': ['reportingDuty', 'recipient'],
  parentId: ['parent'],
} as const satisfies FieldRenames<NewTaskInput, BundleTaskInput>

type TaskInput = NewTaskInput & { readonly coordinatorIds: readonly string[] }

/** A task of the bundle while it is read: what could be read of it so far. */
export interface TaskDraft {
  readonly index: number
  readonly record: BundleRecord | undefined
  directiveKey?: string
  reference?: string
  key?: string
  parentKey?: string
  status: TaskStatus
  completedOn: IsoDate | null
  reports: BundleProgressReport[]
  extensions: BundleExtension[]
  /** Set when the deadline was edited after the last extension (`null`: removed). */
  deadlineInForce?: Deadline | null
  value?: NewTask
}

/**
 * Reads the tasks of a bundle: their natural keys first (directive and reference,
 * `DUPLICATE_KEY`), registered with the references so that a parent may come after its child;
 * then each one ({@link validateNewTask}, status and completion date, progress reports), and
 * the loops of parents (`CYCLE_IN_HIERARCHY`).
 *
 * @example
 * ```ts
 * const drafts = parseTasks(context, readSection(reader, root, 'tasks'))
 * ```
 */
export function parseTasks(context: SectionContext, inputs: readonly unknown[]): TaskDraft[] {
  const keys = new NaturalKeys(context.reader)
  const tasks = Array.from(
    sectionRecords(context.reader, 'tasks', inputs, TASK_FIELDS),
    ({ index, path, record }) => {
      const draft: TaskDraft = {
        index,
        record,
        status: 'NOT_STARTED',
        completedOn: null,
        reports: [],
        extensions: [],
      }
      readTaskKey(context, keys, draft, path)
      return draft
    },
  )
  context.references.addTasks(tasks)
  for (const draft of tasks) {
    if (draft.record !== undefined) checkTask(context, draft, draft.record)
  }
  checkParentCycles(context.reader, context.references, tasks)
  return tasks
}

// The directive and the reference, and the key they make when no task before had it.
function readTaskKey(
  { reader, references }: SectionContext,
  keys: NaturalKeys,
  draft: TaskDraft,
  path: ErrorPath,
): void {
  const { record } = draft
  if (record === undefined) return
  if (record.directive != null) {
    draft.directiveKey = references.directive(record.directive, [...path, 'directive'])
  }
  const { directiveKey } = draft
  const reference = reader.requiredText(record, 'reference', path)
  draft.reference = reference
  if (directiveKey === undefined || reference === undefined) return
  const key = `${directiveKey}#${reference}`
  const claimed = keys.claim(key, draft.index, [...path, 'reference'], reference, (first) => {
    const shown = `${references.directiveRef(directiveKey)}#${reference}`
    return {
      en: `Task ${shown} appears twice (first at tasks[${first}])`,
      vi: `Nhiệm vụ ${shown} bị trùng (đã có ở tasks[${first}])`,
    }
  })
  if (claimed) draft.key = key
}

function checkTask(context: SectionContext, draft: TaskDraft, record: BundleRecord): void {
  const { reader, standIns, references } = context
  const path = ['tasks', draft.index]
  const issuedOn =
    draft.directiveKey === undefined ? undefined : references.issuedOn(draft.directiveKey)
  const lead = references.organization(record.lead, [...path, 'lead'])
  const coordinators = readCoordinators(context, record, path)
  const monitor = references.organization(record.monitor, [...path, 'monitor'])
  const title = reader.field(record, 'title', path, 'string')
  const description = reader.field(record, 'description', path, 'string')
  const deadline = reader.field(record, 'deadline', path, 'string')
  const reportingDuty = readReportingDuty(context, record, path)
  if (record.parent != null) draft.parentKey = references.task(record.parent, [...path, 'parent'])
  checkCompletion(reader, draft, record, issuedOn)

  const coordinatorIds = coordinators.map((code) =>
    code === undefined ? standIns.fresh() : standIns.id(code),
  )
  const checked = allErrors<TaskInput, NewTask>(
    {
      directiveId: standIns.id(draft.directiveKey ?? `?${draft.index}`),
      reference: draft.reference ?? null,
      title: title ?? 'x',
      description: description ?? null,
      leadId: lead === undefined ? standIns.fresh() : standIns.id(lead),
      coordinatorIds,
      monitorId: monitor === undefined ? null : standIns.id(monitor),
      deadline: deadline ?? null,
      reportingDuty,
      parentId: draft.parentKey === undefined ? null : standIns.id(draft.parentKey),
    },
    (input) =>
      validateNewTask(input, issuedOn === undefined ? {} : { year: issueYearOf(issuedOn) }),
    repairFields(taskRepairs(standIns)),
  )
  for (const raw of checked.errors) {
    // Without its directive, a deadline has no year to fall back on: not the author's error.
    if (issuedOn === undefined && raw.code === 'MISSING_YEAR') continue
    const error = standIns.unfake(raw)
    reader.addUnlessCovered(
      withPathPrefix(
        renameError(
          raw.path[0] === 'deadline' ? { ...error, path: ['deadline'] } : error,
          INPUT_RENAMES,
        ),
        path,
      ),
    )
  }
  draft.value = checked.value
  draft.reports = parseProgressReports(context, record, path, issuedOn)
  const year = issuedOn === undefined ? {} : { year: issueYearOf(issuedOn) }
  const { extensions, deadlineInForce } = parseExtensions(
    context,
    record,
    path,
    checked.value,
    year,
  )
  draft.extensions = extensions
  if (deadlineInForce !== undefined) draft.deadlineInForce = deadlineInForce
}

function readCoordinators(
  { reader, references }: SectionContext,
  record: BundleRecord,
  path: ErrorPath,
): (string | undefined)[] {
  return reader.list(record, 'coordinators', path, (item, itemPath) => {
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
}

function readReportingDuty(
  { reader, standIns, references }: SectionContext,
  record: BundleRecord,
  path: ErrorPath,
): NewTaskInput['reportingDuty'] {
  const dutyRecord = reader.field(record, 'reportingDuty', path, 'object')
  if (dutyRecord === undefined) return null
  const dutyPath = [...path, 'reportingDuty']
  const checkedDuty = reader.record(dutyRecord, dutyPath, REPORTING_DUTY_FIELDS)
  const cadence = reader.field(checkedDuty, 'cadence', dutyPath, 'string')
  const recipient = references.organization(dutyRecord.recipient, [...dutyPath, 'recipient'])
  return {
    cadence: cadence ?? 'YEARLY',
    recipientId: recipient === undefined ? standIns.fresh() : standIns.id(recipient),
  }
}

// The status, and the completion date given exactly when the task is COMPLETED, not before
// its directive was issued.
function checkCompletion(
  reader: BundleReader,
  draft: TaskDraft,
  record: BundleRecord,
  issuedOn: IsoDate | undefined,
): void {
  const path = ['tasks', draft.index]
  const status = reader.field(record, 'status', path, 'string')
  if (status !== undefined) {
    if (isTaskStatus(status)) draft.status = status
    else {
      const name = { en: 'task status', vi: 'Trạng thái nhiệm vụ' }
      const text = unknownCodeText(name, shownValues(status), TASK_STATUSES)
      reader.add('INVALID_TASK_STATUS', text, [...path, 'status'], status)
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
}

// Stand-ins that pass, for the fields validateNewTask may blame.
function taskRepairs(standIns: StandIns): FieldRepairs<TaskInput> {
  return {
    directiveId: (input) => ({ ...input, directiveId: standIns.fresh() }),
    reference: null,
    title: 'x',
    description: null,
    leadId: (input) => ({ ...input, leadId: standIns.fresh() }),
    coordinatorIds: (input, error) => {
      const at = error.path[1]
      if (typeof at !== 'number') return { ...input, coordinatorIds: [] }
      const next = [...input.coordinatorIds]
      next[at] = standIns.fresh()
      return { ...input, coordinatorIds: next }
    },
    monitorId: null,
    deadline: null,
    reportingDuty: null,
    parentId: null,
  }
}

// Follow parents from each task; a walk that meets itself found a loop, blamed on the member
// that comes last in the list.
function checkParentCycles(
  reader: BundleReader,
  references: BundleReferences,
  tasks: readonly TaskDraft[],
): void {
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
}

/**
 * The tasks of the normalised bundle, once every one has passed its checks.
 *
 * @example
 * ```ts
 * toBundleTasks(drafts, references)[0].directive // '06-CTr/TU'
 * ```
 */
export function toBundleTasks(
  tasks: readonly TaskDraft[],
  references: BundleReferences,
): readonly BundleTask[] {
  return Object.freeze(
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
        extensions: Object.freeze(t.extensions),
        ...(t.deadlineInForce === undefined ? {} : { deadlineInForce: t.deadlineInForce }),
      })
    }),
  )
}
