import type { DeadlineExtendedEvent, LeadReassignedEvent, TaskEvent } from '@chidao/domain'
import { builder } from '../../builder.js'
import { DeadlineRef } from './deadline.js'
import { OrganizationNode } from './organization.js'

const DeadlineExtensionRef = builder
  .objectRef<DeadlineExtendedEvent>('DeadlineExtension')
  .implement({
    description:
      'What a deadline extension (gia hạn) recorded: the deadline it replaced, the one in force ' +
      'from then on, and the approving document.',
    fields: (t) => ({
      previousDeadline: t.field({
        type: DeadlineRef,
        description: 'The deadline in force before; at the first extension, the original one.',
        resolve: (e) => e.previousDeadline,
      }),
      deadline: t.field({
        type: DeadlineRef,
        description: 'The deadline in force from the extension on.',
        resolve: (e) => e.deadline,
      }),
      document: t.exposeString('document', {
        // Nullable as LeadReassignment.document is, so that both can be asked in one selection.
        nullable: true,
        description:
          'The approving document\'s symbol, canonical (e.g. "125/QĐ-UBND"); always given.',
      }),
    }),
  })

const LeadReassignmentRef = builder.objectRef<LeadReassignedEvent>('LeadReassignment').implement({
  description: 'What a reassignment of the lead (giao lại đơn vị chủ trì) recorded.',
  fields: (t) => ({
    previousLead: t.expose('fromLeadId', {
      type: OrganizationNode,
      description: 'The lead before.',
    }),
    lead: t.expose('toLeadId', { type: OrganizationNode, description: 'The lead after.' }),
    document: t.exposeString('document', {
      nullable: true,
      description: "The deciding document's symbol, canonical, when one is named.",
    }),
  }),
})

/** The details of the events that carry some: an extension, a reassignment. */
export const TaskEventDetailsUnion = builder.unionType('TaskEventDetails', {
  description: 'What an event recorded beyond its type, day and reason.',
  types: [DeadlineExtensionRef, LeadReassignmentRef],
  resolveType: (event) =>
    (event as TaskEvent).type === 'DEADLINE_EXTENDED' ? DeadlineExtensionRef : LeadReassignmentRef,
})

/**
 * The details of an event, or `null` for a step of the lifecycle (which has none).
 *
 * @example
 * ```ts
 * details: t.field({ type: TaskEventDetailsUnion, nullable: true, resolve: detailsOf })
 * ```
 */
export function detailsOf(event: TaskEvent): DeadlineExtendedEvent | LeadReassignedEvent | null {
  return event.type === 'DEADLINE_EXTENDED' || event.type === 'LEAD_REASSIGNED' ? event : null
}
