import type { OrganizationId, Page, PageRequest, ReminderKind } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReminderInbox, StoredReminder } from '../ports/reminder-log.js'
import { pageAskedFor } from '../use-case/list-request-of.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import { urgingScope } from './urging-scope.js'

/** Which reminders of the inbox: unread or read, of some kinds, for one organisation, by key. */
export interface ReminderFilter {
  readonly unread?: boolean | null
  readonly kinds?: readonly ReminderKind[] | null
  readonly organizationId?: OrganizationId | null
  /** These reminders only (those of them the caller may see). */
  readonly keys?: readonly string[] | null
}

/** A page of the inbox, filtered. */
export interface RemindersInput extends PageRequest {
  readonly filter?: ReminderFilter | null
}

/** The ports {@link reminders} calls. */
export interface RemindersPorts {
  readonly organizations: Pick<OrganizationReader, 'findByCode'>
  readonly reminders: Pick<ReminderInbox, 'reminders'>
}

/**
 * The inbox of a caller without an organisation: an empty page.
 *
 * @example
 * ```ts
 * NO_REMINDERS.totalCount // 0
 * ```
 */
export const NO_REMINDERS: Page<StoredReminder> = Object.freeze({
  edges: Object.freeze([]),
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
})

/**
 * The reminder inbox (hộp nhắc việc): the reminders for the caller's organisation and every
 * body below it (an ADMIN: the whole tenant), up to the caller's clearance — a reminder is as
 * secret as the task or report it is about, and one above the clearance does not exist for
 * the caller. Newest delivery day first, paginated; filtered by read state, kind and
 * recipient. Anonymous callers are refused (`UNAUTHENTICATED`).
 *
 * @example
 * ```ts
 * const result = await reminders(context, { filter: { unread: true }, first: 20 })
 * if (result.ok) result.value.edges[0]?.node.kind // 'OVERDUE'
 * ```
 */
export const reminders = defineUseCase({
  name: 'reminders',
  errors: ['UNAUTHENTICATED'],
  async run(
    context: UseCaseContext<RemindersPorts>,
    input: RemindersInput,
  ): Promise<Page<StoredReminder>> {
    const scope = await urgingScope(context.caller, context.ports.organizations)
    if (scope === 'NONE') return NO_REMINDERS
    const filter = input.filter ?? null
    return context.ports.reminders.reminders({
      ...pageAskedFor(input),
      scope,
      filter: filter && {
        unread: filter.unread ?? null,
        kinds: filter.kinds ?? null,
        recipientId: filter.organizationId ?? null,
        keys: filter.keys ?? null,
      },
    })
  },
})

/** What {@link reminders} may fail with. */
export const REMINDERS_ERRORS = reminders.errors

/** A code {@link reminders} may fail with. */
export type RemindersError = UseCaseErrorOf<typeof reminders>
