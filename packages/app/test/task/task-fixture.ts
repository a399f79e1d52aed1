import {
  applyTaskEvent,
  type Directive,
  type DirectiveId,
  type DomainError,
  domainError,
  type ErrorPath,
  err,
  type Organization,
  type OrganizationId,
  ok,
  type ProgressReport,
  type ProgressReportId,
  type Task,
  type TaskId,
  type TenantId,
  createTask as taskOf,
  validateNewTask,
  validateProgressReport,
} from '@chidao/domain'
import type { Caller, Role } from '../../src/caller.js'
import { fixedClock } from '../../src/ports/clock.js'
import type { TaskReader, TaskWriter } from '../../src/ports/task-store.js'
import type { UseCaseContext } from '../../src/use-case/use-case-context.js'

/**
 * A tenant in memory for the task use cases: the province (UBND-TINH) with two departments
 * below it (SKHCN, STC), an association on its own (LHH), one public document issued by the
 * province, and one task led by SKHCN and coordinated by STC. The ports are tiny objects that
 * keep what is written and count what is read: no database, no SQL.
 */

/** A UUID from a number, so that ids read in failures. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

const TENANT = 'test' as TenantId

function organization(n: number, code: string, parent: number | null): Organization {
  return {
    id: uuid(n) as OrganizationId,
    tenantId: TENANT,
    code,
    name: code,
    shortName: null,
    kind: 'DEPARTMENT',
    level: 'PROVINCE',
    parentId: parent === null ? null : (uuid(parent) as OrganizationId),
    foundedOn: null,
    dissolvedOn: null,
    successorId: null,
    partyTerm: null,
    version: 1,
  } as Organization
}

export const ORGANIZATIONS = {
  province: organization(1, 'UBND-TINH', null),
  skhcn: organization(2, 'SKHCN', 1),
  stc: organization(3, 'STC', 1),
  lhh: organization(4, 'LHH', null),
} as const

/** An organisation id nobody has. */
export const NO_ORGANIZATION = uuid(99) as OrganizationId
/** A task id nobody has. */
export const NO_TASK = uuid(98) as TaskId

export const DIRECTIVE = {
  id: uuid(10) as DirectiveId,
  issuerId: ORGANIZATIONS.province.id,
  issuedOn: '2025-01-10',
  secrecy: 'PUBLIC',
} as Directive

function storedTask(n: number, input: Parameters<typeof validateNewTask>[0]): Task {
  const checked = validateNewTask(input, { year: 2025 })
  if (!checked.ok) throw new Error(checked.error.message)
  return taskOf(checked.value, { id: uuid(n) as TaskId, tenantId: TENANT })
}

/** Led by SKHCN, coordinated by STC, in the province's document. */
export const TASK = storedTask(20, {
  directiveId: DIRECTIVE.id,
  title: 'Tổ chức hội thảo khoa học',
  leadId: ORGANIZATIONS.skhcn.id,
  coordinatorIds: [ORGANIZATIONS.stc.id],
  deadline: 'Quý III/2025',
})

/** SKHCN's report on {@link TASK}. */
export const REPORT: ProgressReport = {
  id: uuid(30) as ProgressReportId,
  taskId: TASK.id,
  reportedOn: '2025-03-01',
  organizationId: ORGANIZATIONS.skhcn.id,
  percent: 40,
  narrative: 'Đã xây dựng kế hoạch',
  evidence: ['https://example.gov.vn/bc-1'],
}

/** How the store refuses a write (see `failWrite`): with this code, at this path. */
export function storeRefusal(code: string, path: ErrorPath): DomainError {
  return domainError(code, { en: `Refused: ${code}`, vi: `Bị từ chối: ${code}` }, path)
}

/** A caller with one role, of an organisation (by code). */
export function callerOf(role: Role, organizationCode: string | null): Caller {
  return {
    authenticated: true,
    subject: `${role}-${organizationCode}`,
    actor: `user:${role.toLowerCase()}`,
    organizationCode,
    roles: [role],
    clearance: 'PUBLIC',
  }
}

/**
 * The in-memory tenant: its ports (with a read session), the writes they took, the reads they
 * answered. `tasks` and `reports` are those the caller sees (a hidden one is simply left out);
 * `failWrite` makes every write refuse with that error, as the store would.
 */
export function memoryTenant(
  options: {
    readonly tasks?: readonly Task[]
    readonly reports?: readonly ProgressReport[]
    readonly failWrite?: DomainError
  } = {},
) {
  const tasks = new Map((options.tasks ?? [TASK]).map((t) => [t.id as string, t]))
  const reports = new Map((options.reports ?? [REPORT]).map((r) => [r.id as string, r]))
  const organizations = Object.values(ORGANIZATIONS)
  /** Every write the stores took, in order. */
  const writes: { readonly method: string; readonly args: readonly unknown[] }[] = []
  /** How many times each read method was called (`organizations.findByIds`…). */
  const reads = new Map<string, number>()
  /** How many read sessions were opened. */
  const sessions = { count: 0 }
  const read = <T>(name: string, value: T): Promise<T> => {
    reads.set(name, (reads.get(name) ?? 0) + 1)
    return Promise.resolve(value)
  }
  const wrote = (method: string, ...args: unknown[]) => {
    writes.push({ method, args })
    return options.failWrite
  }
  const unused = () => Promise.reject(new Error('not used by the task use cases'))
  const ports = {
    directives: {
      findById: (id: DirectiveId) =>
        read('directives.findById', id === DIRECTIVE.id ? DIRECTIVE : null),
    },
    organizations: {
      findByIds: (ids: readonly OrganizationId[]) =>
        read(
          'organizations.findByIds',
          ids.map((id) => organizations.find((o) => o.id === id) ?? null),
        ),
      findByCode: (code: string) =>
        read('organizations.findByCode', organizations.find((o) => o.code === code) ?? null),
      ancestorsOf: (id: OrganizationId) => {
        const line: Organization[] = []
        let at = organizations.find((o) => o.id === id)
        while (at?.parentId) {
          const parentId: OrganizationId = at.parentId
          at = organizations.find((o) => o.id === parentId)
          if (at) line.push(at)
        }
        return read('organizations.ancestorsOf', line)
      },
    },
    tasks: {
      findById: (id: TaskId) => read('tasks.findById', tasks.get(id) ?? null),
      progressReportsByIds: (ids: readonly ProgressReportId[]) =>
        read(
          'tasks.progressReportsByIds',
          ids.map((id) => reports.get(id) ?? null),
        ),
      async create(task, context) {
        const refused = wrote('create', task, context)
        if (refused) return err(refused)
        return ok(taskOf(task, { id: uuid(21) as TaskId, tenantId: TENANT }))
      },
      async update(id, patch, version, context) {
        const refused = wrote('update', id, patch, version, context)
        if (refused) return err(refused)
        const task = tasks.get(id)
        if (!task) return err(domainError('TASK_NOT_FOUND', { en: 'No', vi: 'Không' }, ['id']))
        return ok({ ...task, ...patch, version: version + 1 } as Task)
      },
      async transition(id, step, version, context) {
        const refused = wrote('transition', id, step, version, context)
        if (refused) return err(refused)
        const task = tasks.get(id)
        if (!task || typeof step === 'function') throw new Error('a fixture task, by event')
        return applyTaskEvent(task, step.type, { on: step.on, reason: step.reason ?? null })
      },
      async change(id, step, version, context) {
        const refused = wrote('change', id, step, version, context)
        if (refused) return err(refused)
        const task = tasks.get(id)
        if (!task) return err(domainError('TASK_NOT_FOUND', { en: 'No', vi: 'Không' }, ['id']))
        return step({ ...task, version })
      },
      async appendProgressReport(input, context, idempotencyKey) {
        const refused = wrote('appendProgressReport', input, context, idempotencyKey)
        if (refused) return err(refused)
        return validateProgressReport(input)
      },
      findByIds: unused,
      findByIdsWithRelated: unused,
      list: unused,
      listWithRelated: unused,
      listMany: unused,
      countMany: unused,
      scorecardFacts: unused,
      scorecardByLead: unused,
      recurringPeriodCounts: unused,
      subtasksOf: unused,
      progressReportsOf: unused,
      correctionsOf: unused,
      createMany: unused,
    } satisfies TaskReader & TaskWriter,
  }
  const withSession = {
    ...ports,
    readSession: <T>(work: (readers: typeof ports) => Promise<T>) => {
      sessions.count++
      return work(ports)
    },
  }
  return { ports: withSession, writes, reads, sessions }
}

/** What a use case is called with: the tenant's ports, the caller, and 15 June 2025. */
export function contextOf<Ports>(ports: Ports, caller: Caller): UseCaseContext<Ports> {
  return { ports, caller, clock: fixedClock('2025-06-15T03:00:00Z'), requestId: 'req-1' }
}
