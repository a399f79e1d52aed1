import {
  type Directive,
  type ErrorPath,
  type OrganizationId,
  type Task,
  type TaskId,
  taskNotFound,
} from '@chidao/domain'
import type { DirectiveFactsPorts } from '../directive/directive-facts.js'
import { organizationCodes } from '../organization/organization-codes.js'
import type { DirectiveFacts, TaskFacts } from '../policy/facts.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { TaskReader } from '../ports/task-store.js'
import { abort } from '../use-case/use-case.js'

/**
 * The task an id names, under the caller's clearance. One that does not exist and one the
 * caller may not see end the running use case alike, with `TASK_NOT_FOUND` at `path`.
 */
export async function visibleTask(
  tasks: Pick<TaskReader, 'findById'>,
  id: TaskId,
  path: ErrorPath,
): Promise<Task> {
  const task = await tasks.findById(id)
  if (!task) abort(taskNotFound(path))
  return task
}

/** The organisations of a task, by id, as a new task or a change names them. */
export interface TaskOrganizations {
  readonly leadId: OrganizationId
  readonly coordinatorIds: readonly OrganizationId[]
  readonly monitorId: OrganizationId | null
  readonly reportingDuty?: { readonly recipientId: OrganizationId } | null
}

/** The input paths of a task's organisations, to name the field of one that is not found. */
export interface TaskOrganizationPaths {
  readonly lead: ErrorPath
  readonly coordinators: ErrorPath
  readonly monitor: ErrorPath
  readonly recipient: ErrorPath
}

/** Where createTask and updateTask name a task's organisations. */
export const TASK_INPUT_PATHS: TaskOrganizationPaths = {
  lead: ['leadId'],
  coordinators: ['coordinatorIds'],
  monitor: ['monitorId'],
  recipient: ['reportingDuty', 'recipientId'],
}

/**
 * The document a task is judged with: its facts when they are known, or the stored document,
 * whose issuer is then looked up with the task's own organisations.
 */
export type TaskDocument = DirectiveFacts | Pick<Directive, 'issuerId' | 'secrecy'>

/** Where a stored task names its organisations: nowhere in an input, so no path. */
const STORED_PATHS: TaskOrganizationPaths = {
  lead: [],
  coordinators: [],
  monitor: [],
  recipient: [],
}

/**
 * The facts the policy judges a task by: its document and the codes of every organisation it
 * names (the document's issuer among them when only its id is known), in one look-up. An
 * organisation the caller cannot find ends the running use case with `ORGANIZATION_NOT_FOUND`
 * at its path.
 */
export async function taskFactsOf(
  organizations: Pick<OrganizationReader, 'findByIds'>,
  document: TaskDocument,
  task: TaskOrganizations,
  paths: TaskOrganizationPaths,
): Promise<TaskFacts> {
  const issuerId = 'issuerId' in document ? document.issuerId : null
  const coordinators = task.coordinatorIds
  const [issuerCode, leadCode, monitorCode, recipientCode, ...coordinatorCodes] =
    await organizationCodes(
      organizations,
      [
        issuerId,
        task.leadId,
        task.monitorId ?? null,
        task.reportingDuty?.recipientId ?? null,
        ...coordinators,
      ],
      [
        [],
        paths.lead,
        paths.monitor,
        paths.recipient,
        ...coordinators.map((_, i) => [...paths.coordinators, i]),
      ],
    )
  return {
    directive: {
      issuerCode: 'issuerCode' in document ? document.issuerCode : (issuerCode ?? ''),
      secrecy: document.secrecy,
    },
    leadCode: leadCode ?? '',
    coordinatorCodes: coordinatorCodes.map((code) => code ?? ''),
    monitorCode: monitorCode ?? null,
    recipientCode: recipientCode ?? null,
  }
}

/**
 * The task an id names, under the caller's clearance, and the facts the policy judges it by.
 * One absent or hidden ends the running use case with `TASK_NOT_FOUND` at `path`.
 */
export async function visibleTaskWithFacts(
  ports: DirectiveFactsPorts & { readonly tasks: Pick<TaskReader, 'findById'> },
  id: TaskId,
  path: ErrorPath,
): Promise<{ readonly task: Task; readonly facts: TaskFacts }> {
  const task = await visibleTask(ports.tasks, id, path)
  return { task, facts: await storedTaskFacts(ports, task, path) }
}

/**
 * The facts of a task as stored. A visible task's document is visible (its secrecy is never
 * above the task's), and its organisations exist; were the document hidden all the same, the
 * task is answered as absent, with `TASK_NOT_FOUND` at `path`.
 */
export async function storedTaskFacts(
  ports: DirectiveFactsPorts,
  task: Task,
  path: ErrorPath,
): Promise<TaskFacts> {
  const document = await ports.directives.findById(task.directiveId)
  if (!document) abort(taskNotFound(path))
  return taskFactsOf(ports.organizations, document, task, STORED_PATHS)
}
