import type {
  Directive,
  DirectiveId,
  Organization,
  OrganizationId,
  Task,
  TaskId,
} from '@chidao/domain'
import type { FieldRef, ObjectFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import { taskAfterWrite } from '../loaders/task-loaders.js'
import { DirectiveNode } from '../types/directive.js'
import { OrganizationNode } from '../types/organization.js'
import { TaskNode } from '../types/task.js'

/*
 * A mutation's payload answers every record it changed, as it stands after the change, so that
 * a normalised client cache (urql Graphcache, Apollo) keyed by `__typename` and `id` is right
 * without a second query: a progress report changes its task's `progress` and `version`, a
 * link changes both documents' `relations`. Each is read afresh, never from a loader's cache
 * filled before the write.
 */

/**
 * The field `task` of a payload: the task the mutation changed, after the change.
 *
 * @example
 * ```ts
 * fields: (t) => ({ report: …, task: changedTaskField(t, (p) => p.report.taskId) })
 * ```
 */
export function changedTaskField<Payload extends object>(
  t: ObjectFieldBuilder<GatewayTypes, Payload>,
  taskIdOf: (payload: Payload) => TaskId,
  description = 'The task as it stands after the change: its `progress`, `version`, `timeliness`.',
): FieldRef<GatewayTypes, string | Task, 'Object'> {
  return t.field({
    type: TaskNode,
    description,
    resolve: (payload, _args, context) => taskAfterWrite(context, taskIdOf(payload)),
  })
}

/**
 * The field of a payload naming a document the mutation changed, after the change (loaded by
 * its node, so its fields are read afresh).
 *
 * @example
 * ```ts
 * source: changedDirectiveField(t, (p) => p.relation.sourceId, 'The source document.')
 * ```
 */
export function changedDirectiveField<Payload extends object>(
  t: ObjectFieldBuilder<GatewayTypes, Payload>,
  directiveIdOf: (payload: Payload) => DirectiveId,
  description: string,
): FieldRef<GatewayTypes, string | Directive, 'Object'> {
  return t.field({ type: DirectiveNode, description, resolve: (p) => directiveIdOf(p) })
}

/**
 * The field of a payload listing organisations the mutation changed or named (a successor).
 *
 * @example
 * ```ts
 * successors: changedOrganizationsField(t, (p) => successorIdsOf(p.organization), '…')
 * ```
 */
export function changedOrganizationsField<Payload extends object>(
  t: ObjectFieldBuilder<GatewayTypes, Payload>,
  organizationIdsOf: (payload: Payload) => readonly OrganizationId[],
  description: string,
): FieldRef<GatewayTypes, readonly (string | Organization)[], 'Object'> {
  return t.field({
    type: [OrganizationNode],
    description,
    resolve: (p) => [...organizationIdsOf(p)],
  })
}
