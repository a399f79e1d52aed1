import { domainError } from '@chidao/domain'
import { mayMarkRemindersRead } from '../policy/policy.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReminderInbox, StoredReminder } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, enforce, REFUSAL_CODES } from '../use-case/use-case.js'
import { reminderNotFound } from './reminder-errors.js'
import { urgingScope } from './urging-scope.js'

/** The keys of the reminders read (1–500). */
export interface MarkRemindersReadInput {
  readonly keys: readonly string[]
}

/** The ports {@link markRemindersRead} calls. */
export interface MarkRemindersReadPorts {
  readonly organizations: Pick<OrganizationReader, 'findByCode'>
  readonly reminders: Pick<ReminderInbox, 'reminders' | 'markRemindersRead'>
}

const MAX_KEYS = 500

/**
 * Marks reminders of the caller's inbox read (one already read keeps the day it was read),
 * all or none: a key the caller may not see — another subtree's reminder, or one above the
 * caller's clearance — is answered exactly as one that does not exist (`REMINDER_NOT_FOUND`
 * at `keys.<index>`), and nothing is marked. Answers the reminders as they now stand.
 *
 * @example
 * ```ts
 * const result = await markRemindersRead(context, { keys: [reminder.key] })
 * if (result.ok) result.value[0]?.readAt // a Date
 * ```
 */
export const markRemindersRead = defineUseCase({
  name: 'markRemindersRead',
  errors: [...REFUSAL_CODES, 'VALIDATION', 'REMINDER_NOT_FOUND'],
  async run(
    context: UseCaseContext<MarkRemindersReadPorts>,
    input: MarkRemindersReadInput,
  ): Promise<StoredReminder[]> {
    enforce(mayMarkRemindersRead(context.caller))
    const keys = [...new Set(input.keys)]
    if (keys.length === 0 || keys.length > MAX_KEYS)
      abort(
        domainError(
          'VALIDATION',
          {
            en: `Give from 1 to ${MAX_KEYS} keys`,
            vi: `Cần từ 1 đến ${MAX_KEYS} khóa nhắc việc`,
          },
          ['keys'],
          input.keys.length,
        ),
      )
    const scope = await urgingScope(context.caller, context.ports.organizations)
    if (scope === 'NONE') abort(reminderNotFound(['keys', 0], input.keys[0]))
    const inbox = context.ports.reminders
    const visible = await visibleKeys(inbox, keys, scope)
    const missing = input.keys.findIndex((key) => !visible.has(key))
    if (missing >= 0) abort(reminderNotFound(['keys', missing], input.keys[missing]))
    await inbox.markRemindersRead(keys, scope, context.clock.now())
    const marked = await inbox.reminders({ scope, filter: { keys }, first: keys.length })
    const byKey = new Map(marked.edges.map((e) => [e.node.key, e.node]))
    return keys.flatMap((key) => byKey.get(key) ?? [])
  },
})

/** What {@link markRemindersRead} may fail with. */
export const MARK_REMINDERS_READ_ERRORS = markRemindersRead.errors

/** A code {@link markRemindersRead} may fail with. */
export type MarkRemindersReadError = UseCaseErrorOf<typeof markRemindersRead>

async function visibleKeys(
  inbox: Pick<ReminderInbox, 'reminders'>,
  keys: readonly string[],
  scope: Parameters<ReminderInbox['markRemindersRead']>[1],
): Promise<ReadonlySet<string>> {
  const page = await inbox.reminders({ scope, filter: { keys }, first: keys.length })
  return new Set(page.edges.map((e) => e.node.key))
}
