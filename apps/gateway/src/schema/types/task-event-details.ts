import type {
  DeadlineExtendedEvent,
  ExtensionDeclinedEvent,
  ExtensionRequestedEvent,
  LeadReassignedEvent,
  TaskEvent,
} from '@chidao/domain'
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

const ExtensionRequestRef = builder
  .objectRef<ExtensionRequestedEvent>('ExtensionRequest')
  .implement({
    description:
      'What a request for an extension (xin gia hạn) recorded: the deadline asked for and the ' +
      "organisation that asked (the lead); the reason is the event's.",
    fields: (t) => ({
      requestedDeadline: t.field({
        type: DeadlineRef,
        description: 'The deadline asked for, later than the one in force when asked.',
        resolve: (e) => e.requestedDeadline,
      }),
      by: t.expose('by', {
        type: OrganizationNode,
        nullable: true,
        description: 'The organisation that asked: the lead of the task then.',
      }),
    }),
  })

const ExtensionRefusalRef = builder
  .objectRef<ExtensionDeclinedEvent>('ExtensionRefusal')
  .implement({
    description:
      'What a refusal of a request for an extension (không đồng ý gia hạn) recorded: who ' +
      "answered; the reason is the event's.",
    fields: (t) => ({
      by: t.expose('by', {
        type: OrganizationNode,
        nullable: true,
        description: 'The organisation that answered, when the caller who declined had one.',
      }),
    }),
  })

/** The GraphQL type of each event's details. */
const DETAILS_OF_TYPE = {
  DEADLINE_EXTENDED: DeadlineExtensionRef,
  LEAD_REASSIGNED: LeadReassignmentRef,
  EXTENSION_REQUESTED: ExtensionRequestRef,
  EXTENSION_DECLINED: ExtensionRefusalRef,
} as const

/** An event that carries details. */
type DetailedEvent = Extract<TaskEvent, { type: keyof typeof DETAILS_OF_TYPE }>

/** The details of the events that carry some: an extension, a reassignment, a request and its refusal. */
export const TaskEventDetailsUnion = builder.unionType('TaskEventDetails', {
  description: 'What an event recorded beyond its type, day and reason.',
  types: [DeadlineExtensionRef, LeadReassignmentRef, ExtensionRequestRef, ExtensionRefusalRef],
  resolveType: (event) => DETAILS_OF_TYPE[(event as DetailedEvent).type],
})

/**
 * The details of an event, or `null` for a step of the lifecycle (which has none).
 *
 * @example
 * ```ts
 * details: t.field({ type: TaskEventDetailsUnion, nullable: true, resolve: detailsOf })
 * ```
 */
export function detailsOf(event: TaskEvent): DetailedEvent | null {
  return event.type in DETAILS_OF_TYPE ? (event as DetailedEvent) : null
}
