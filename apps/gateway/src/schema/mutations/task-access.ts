import type { DirectiveFacts, TaskFacts } from '@chidao/app'
import {
  type DirectiveId,
  directiveNotFound as domainDirectiveNotFound,
  taskNotFound as domainTaskNotFound,
  type OrganizationId,
  type Task,
  type TaskId,
} from '@chidao/domain'
import { organizationCodes } from '../../auth/policy-gate.js'
import type { GatewayContext } from '../../context.js'
import { NotFoundFailure } from '../support/error.js'
import { requireLocalId } from './task-input.js'

/** The failure for a task id that names nothing the caller may see: absent and hidden alike. */
export function taskNotFound(path: readonly string[]): NotFoundFailure {
  return new NotFoundFailure(domainTaskNotFound(path))
}

/** The failure for a directive id that names nothing the caller may see: absent and hidden alike. */
export function directiveNotFound(path: readonly string[]): NotFoundFailure {
  return new NotFoundFailure(domainDirectiveNotFound(path))
}

/**
 * Loads the task a global id names, under the caller's clearance; a malformed, absent or hidden
 * one fails the same way, naming the field (`path` after `input`).
 */
export async function requireVisibleTask(
  context: GatewayContext,
  globalId: unknown,
  path: readonly string[],
): Promise<Task> {
  const id = requireLocalId(globalId, 'Task', ['input', ...path]) as TaskId
  const task = await context.tenant.tasks.findById(id)
  if (!task) throw taskNotFound(path)
  return task
}

/** What the policy needs of a directive the caller sees, or null when it sees none by that id. */
export async function directiveFactsOf(
  context: GatewayContext,
  directiveId: string,
): Promise<(DirectiveFacts & { readonly issuedOn: string }) | null> {
  const directive = await context.tenant.directives.findById(directiveId as DirectiveId)
  if (!directive) return null
  const [issuerCode] = await organizationCodes(context, [directive.issuerId], [[]])
  return { issuerCode: issuerCode ?? '', secrecy: directive.secrecy, issuedOn: directive.issuedOn }
}

/**
 * The facts of a task as stored: its document and every organisation it names, the issuer with
 * them in one look-up (its organisations exist: no input paths to name).
 */
export async function storedTaskFacts(context: GatewayContext, task: Task): Promise<TaskFacts> {
  const directive = await context.tenant.directives.findById(task.directiveId)
  // A visible task's document is visible: its secrecy is never above the task's.
  if (!directive) throw taskNotFound(['id'])
  const ids = [
    directive.issuerId,
    task.leadId,
    task.monitorId,
    task.reportingDuty?.recipientId ?? null,
    ...task.coordinatorIds,
  ]
  const [issuer, lead, monitor, recipient, ...coordinators] = await organizationCodes(
    context,
    ids,
    ids.map(() => []),
  )
  return {
    directive: { issuerCode: issuer ?? '', secrecy: directive.secrecy },
    leadCode: lead ?? '',
    coordinatorCodes: coordinators.map((code) => code ?? ''),
    monitorCode: monitor ?? null,
    recipientCode: recipient ?? null,
  }
}

/** The input paths of a task's organisations in createTask and updateTask. */
export const TASK_INPUT_PATHS = {
  lead: ['leadId'],
  coordinators: ['coordinatorIds'],
  monitor: ['monitorId'],
  recipient: ['reportingDuty', 'recipientId'],
} as const

/** The code of the caller's organisation's id, when it has one the tenant knows. */
export async function ownOrganizationId(context: GatewayContext): Promise<OrganizationId | null> {
  const code = context.viewer.organizationCode
  if (!code) return null
  return (await context.tenant.organizations.findByCode(code))?.id ?? null
}
