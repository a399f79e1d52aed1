import type { OrganizationId, Page, PageRequest, ReminderKind } from '@chidao/domain'
import type { ReminderInbox, StoredReminder } from '../ports/reminder-log.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { defineInboxRead, EMPTY_INBOX_PAGE, type InboxReadPorts } from './define-inbox-read.js'

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
export interface RemindersPorts extends InboxReadPorts {
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
export const NO_REMINDERS: Page<StoredReminder> = EMPTY_INBOX_PAGE

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
export const reminders = defineInboxRead(
  'reminders',
  (ports: RemindersPorts, request, input: RemindersInput): Promise<Page<StoredReminder>> => {
    const filter = input.filter ?? null
    return ports.reminders.reminders({
      ...request,
      filter: filter && {
        unread: filter.unread ?? null,
        kinds: filter.kinds ?? null,
        recipientId: filter.organizationId ?? null,
        keys: filter.keys ?? null,
      },
    })
  },
)

/** What {@link reminders} may fail with. */
export const REMINDERS_ERRORS = reminders.errors

/** A code {@link reminders} may fail with. */
export type RemindersError = UseCaseErrorOf<typeof reminders>
