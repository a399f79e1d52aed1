import type { OrganizationId, Page, PageRequest } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCase } from '../use-case/define-use-case.js'
import { pageAskedFor } from '../use-case/list-request-of.js'
import type { UseCaseContext } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import { urgingScope } from './urging-scope.js'

/** The page of the inbox a read asks its port for: the page asked, and whose (`null`: all). */
export interface InboxPageRequest extends PageRequest {
  readonly scope: OrganizationId | null
}

/** What every inbox read needs besides its own port: the caller's organisation, by code. */
export interface InboxReadPorts {
  readonly organizations: Pick<OrganizationReader, 'findByCode'>
}

/** The empty page a caller without an organisation reads. */
export const EMPTY_INBOX_PAGE: Page<never> = Object.freeze({
  edges: Object.freeze([]),
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
})

/**
 * Defines a read of one page of the urging inbox (the reminders, or their deliveries), scoped
 * by {@link urgingScope}: anonymous callers are refused (`UNAUTHENTICATED`), a caller without
 * an organisation reads an empty page and the port is not asked; otherwise `read` asks its port
 * for the page asked for, of the caller's subtree (an ADMIN: the whole tenant).
 *
 * @example
 * ```ts
 * export const reminders = defineInboxRead(
 *   'reminders',
 *   (ports: RemindersPorts, request, input: RemindersInput) =>
 *     ports.reminders.reminders({ ...request, filter: null }),
 * )
 * ```
 */
export function defineInboxRead<Ports extends InboxReadPorts, Input extends PageRequest, Node>(
  name: string,
  read: (ports: Ports, request: InboxPageRequest, input: Input) => Promise<Page<Node>>,
): UseCase<Ports, Input, Page<Node>, 'UNAUTHENTICATED'> {
  return defineUseCase({
    name,
    errors: ['UNAUTHENTICATED'],
    async run(context: UseCaseContext<Ports>, input: Input): Promise<Page<Node>> {
      const scope = await urgingScope(context.caller, context.ports.organizations)
      if (scope === 'NONE') return EMPTY_INBOX_PAGE
      return read(context.ports, { ...pageAskedFor(input), scope }, input)
    },
  })
}
