import { useCallback, useRef, useState } from 'react'
import type { CombinedError, OperationResult } from 'urql'
import type { MessageKey } from '../../i18n/messages.js'
import { changedBy, changesSince, type FieldChange, type TaskSnapshot } from './stale-edit.js'

/** The answer of a mutation: its payload, or one of the gateway's typed errors. */
interface Answer {
  readonly __typename: string
  readonly code?: string
  readonly message?: string
  readonly messageVi?: string
  readonly path?: readonly string[]
}

/** A refusal of the gateway, with the input field it names (the path below `input`). */
export interface WriteProblem {
  readonly code: string
  readonly message: string
  readonly messageVi: string
  readonly field: string | null
}

/** Where a change stands. */
export type TaskWriteState =
  | { readonly status: 'idle' | 'sending' | 'done' }
  | { readonly status: 'refused'; readonly problems: readonly WriteProblem[] }
  | { readonly status: 'failed'; readonly error: CombinedError }
  | {
      readonly status: 'stale'
      readonly changes: readonly FieldChange[]
      readonly changedBy: readonly string[]
    }

/** What a change needs from the page: the task the person began from, and a way to reload. */
export interface TaskWriteContext {
  /** The task as the person saw it when they began: its version is sent. */
  readonly base: TaskSnapshot
  /** Reads the task again from the gateway. */
  readonly reload: () => Promise<TaskSnapshot | null>
  /** Makes `snapshot` the task the person works from. */
  readonly beginFrom: (snapshot: TaskSnapshot) => void
  /** Says that a change was made (the form may be gone: a completed task is not completed twice). */
  readonly announce: (done: MessageKey) => void
}

/** Sends the change on a version: a mutation of the client. */
export type SendChange = (version: number) => Promise<OperationResult>

/** The stale-version code of ERROR_CODE_MEANINGS: the task is no longer at the version sent. */
export const STALE_VERSION = 'CONFLICT'

function answerOf(result: OperationResult): Answer | null {
  const data = result.data as Record<string, Answer> | undefined
  return data ? (Object.values(data)[0] ?? null) : null
}

/**
 * One change of a task, made the way optimistic concurrency should feel to a person: it is
 * sent at the version they read; if someone changed the task since (`CONFLICT`), the task is
 * read again and the fields that differ are shown, with who changed them, and `redo` sends the
 * same change — the input the form still holds — on the current version.
 */
export function useTaskWrite(context: TaskWriteContext, done: MessageKey) {
  const [state, setState] = useState<TaskWriteState>({ status: 'idle' })
  const current = useRef<TaskSnapshot | null>(null)
  const { reload, beginFrom, announce } = context

  const send = useCallback(
    async (change: SendChange, base: TaskSnapshot): Promise<boolean> => {
      setState({ status: 'sending' })
      const result = await change(base.version)
      const answer = answerOf(result)
      if (result.error || !answer) {
        if (result.error) setState({ status: 'failed', error: result.error })
        return false
      }
      if (answer.code === STALE_VERSION) {
        const now = await reload()
        current.current = now
        setState(
          now
            ? { status: 'stale', changes: changesSince(base, now), changedBy: changedBy(base, now) }
            : { status: 'refused', problems: [problemOf(answer)] },
        )
        return false
      }
      if (answer.code) {
        setState({ status: 'refused', problems: [problemOf(answer)] })
        return false
      }
      setState({ status: 'done' })
      announce(done)
      const now = await reload()
      if (now) beginFrom(now)
      return true
    },
    [reload, beginFrom, announce, done],
  )

  /** Sends the change on the version the person began from. */
  const submit = useCallback(
    (change: SendChange) => send(change, context.base),
    [send, context.base],
  )

  /** After a stale answer: sends the same change on the current version. */
  const redo = useCallback(
    (change: SendChange) => {
      const now = current.current ?? context.base
      beginFrom(now)
      return send(change, now)
    },
    [send, beginFrom, context.base],
  )

  return { state, submit, redo }
}

function problemOf(answer: Answer): WriteProblem {
  const path = answer.path ?? []
  return {
    code: answer.code ?? '',
    message: answer.message ?? '',
    messageVi: answer.messageVi ?? answer.message ?? '',
    field: path[0] === 'input' ? (path[1] ?? null) : (path[0] ?? null),
  }
}
