import type { MessageKey } from '../../i18n/messages.js'
import type { Session } from '../../session/session.js'
import type { TaskView } from './task-query.js'

/** A change the task page offers. */
export type TaskAction = 'report' | 'complete' | 'extend' | 'request' | 'decline'

/** Whether the person may take an action, or why not (a message of the page). */
export type ActionDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly why: MessageKey }

const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'VIEWER'] as const

/** As the gateway's policy ranks roles: ADMIN holds every role below it. */
function holds(session: Session, role: (typeof ROLES)[number]): boolean {
  const needed = ROLES.indexOf(role)
  return session.roles.some((held) => {
    const rank = ROLES.indexOf(held as (typeof ROLES)[number])
    return rank !== -1 && rank <= needed
  })
}

const OPEN = new Set(['NOT_STARTED', 'IN_PROGRESS', 'PAUSED'])

type Facts = Pick<TaskView, 'status' | 'due'> & {
  readonly lead: { readonly code: string }
  readonly coordinators: readonly { readonly code: string }[]
  /** The request for an extension awaiting an answer, if any. */
  readonly pendingExtensionRequest?: object | null
}

/**
 * Which changes the page offers the person, following the gateway's written policy
 * (packages/app/src/policy): a progress report (`progress.report`: REPORTER for its own
 * organisation when it leads or coordinates; an editor for one in its subtree), completion
 * (`task.advance`: the lead's REPORTER, an editor above it), a request for an extension
 * (`task.extension.request`: the lead's own people, while no request awaits an answer), and an
 * extension or the refusal of a pending request (`task.manage`: an editor who manages the
 * task). What depends on the organisation tree is left to the gateway, whose refusal the form
 * shows; what the token alone decides is said here.
 */
export function taskActions(session: Session, task: Facts): Record<TaskAction, ActionDecision> {
  if (!holds(session, 'REPORTER')) {
    const no = { allowed: false, why: 'taskWhyViewer' } as const
    return { report: no, complete: no, extend: no, request: no, decline: no }
  }
  const editor = holds(session, 'EDITOR')
  const own = session.organization?.toUpperCase() ?? null
  const onTask = own !== null && [task.lead, ...task.coordinators].some((o) => o.code === own)
  const open = OPEN.has(task.status)
  const closed = { allowed: false, why: 'taskWhyClosed' } as const
  const leadSide = editor || own === task.lead.code
  const pending = Boolean(task.pendingExtensionRequest)
  return {
    report: editor || onTask ? { allowed: true } : { allowed: false, why: 'taskWhyNotOnTask' },
    complete: !open
      ? closed
      : leadSide
        ? { allowed: true }
        : { allowed: false, why: 'taskWhyNotLead' },
    extend: !open
      ? closed
      : !editor
        ? { allowed: false, why: 'taskWhyExtendEditor' }
        : task.due
          ? { allowed: true }
          : { allowed: false, why: 'taskWhyNoDue' },
    // The policy lets an editor above the lead ask too; the page offers it to the lead's own
    // people, since an editor who may grant the extension has no one to ask.
    request: !open
      ? closed
      : own !== task.lead.code
        ? { allowed: false, why: 'taskWhyRequestNotLead' }
        : !task.due
          ? { allowed: false, why: 'taskWhyNoDue' }
          : pending
            ? { allowed: false, why: 'taskWhyRequestPending' }
            : { allowed: true },
    decline:
      open && editor && pending
        ? { allowed: true }
        : { allowed: false, why: 'taskWhyExtendEditor' },
  }
}
