import { Link } from '@tanstack/react-router'
import { useCallback, useMemo, useState } from 'react'
import { useClient, useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import type { MessageKey } from '../../i18n/messages.js'
import type { Session } from '../../session/session.js'
import { snapshotOf, type TaskSnapshot } from './stale-edit.js'
import './task-page.css'
import { PendingExtensionRequest } from './pending-extension-request.js'
import { TaskActions } from './task-actions.js'
import { TaskHistory } from './task-history.js'
import { TaskPageQuery, type TaskView } from './task-query.js'
import { TaskSummary } from './task-summary.js'
import type { TaskWriteContext } from './use-task-write.js'

function taskOf(node: { __typename: string } | null | undefined): TaskView | null {
  return node?.__typename === 'Task' ? (node as TaskView) : null
}

/**
 * The task page: what the task is, the request for an extension awaiting an answer, what the
 * person may change (report progress, complete, ask for an extension, extend or decline), and
 * its history. Every change is made on the version the person opened; a change
 * someone else made meanwhile is shown to them before they redo theirs.
 */
export function TaskPage({
  taskId,
  session,
}: {
  readonly taskId: string
  readonly session: Session
}) {
  const { t } = useI18n()
  const client = useClient()
  const [result, reexecute] = useQuery({ query: TaskPageQuery, variables: { id: taskId } })
  const task = taskOf(result.data?.node)
  // The task as the person began their change from it: set when it is first read, and again
  // after each change of theirs (or when they redo one on the current version).
  const [began, setBegan] = useState<{ id: string; snapshot: TaskSnapshot } | null>(null)
  const base = task ? (began?.id === task.id ? began.snapshot : snapshotOf(task)) : null
  if (task && began?.id !== task.id) setBegan({ id: task.id, snapshot: snapshotOf(task) })
  const reload = useCallback(async () => {
    const fresh = await client
      .query(TaskPageQuery, { id: taskId }, { requestPolicy: 'network-only' })
      .toPromise()
    const current = taskOf(fresh.data?.node)
    return current ? snapshotOf(current) : null
  }, [client, taskId])
  const beginFrom = useCallback(
    (snapshot: TaskSnapshot) => setBegan({ id: taskId, snapshot }),
    [taskId],
  )
  const [done, announce] = useState<MessageKey | null>(null)
  const write = useMemo<TaskWriteContext | null>(
    () => (base ? { base, reload, beginFrom, announce } : null),
    [base, reload, beginFrom],
  )
  return (
    <article aria-labelledby="task-title" className="task-page">
      <p>
        <Link to="/tasks" search={{}}>
          {t('taskBack')}
        </Link>
      </p>
      {result.error ? (
        <ErrorMessage
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {task && write ? (
        <>
          <h1 id="task-title">
            {task.reference ? <span className="task-reference">{task.reference} </span> : null}
            {task.title}
          </h1>
          <TaskSummary task={task} />
          <PendingExtensionRequest task={task} />
          <TaskActions task={task} session={session} write={write} done={done} />
          <TaskHistory task={task} />
        </>
      ) : result.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : result.data ? (
        <h1 id="task-title">{t('taskNotFound')}</h1>
      ) : null}
    </article>
  )
}
