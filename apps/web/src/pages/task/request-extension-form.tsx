import { type FormEvent, useId } from 'react'
import { Button } from 'react-aria-components'
import { useClient } from 'urql'
import { todayInVietnam } from '../../format/format.js'
import { readDeadlineAsTyped } from '../../forms/deadline-reading.js'
import { DeadlineReadingField } from '../../forms/deadline-reading-field.js'
import { useI18n } from '../../i18n/i18n.js'
import { ReasonField, useRequiredFields } from './required-fields.js'
import { RequestDeadlineExtensionMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { WriteFeedback } from './write-feedback.js'

const FIELDS = ['deadline', 'reason'] as const

/**
 * A department asking for more time (xin gia hạn): the deadline it asks for — read as the
 * person types by the domain's `parseDeadline` — and why. The request waits on the task page
 * for the answer of whoever manages the task.
 */
export function RequestExtensionForm({
  taskId,
  write,
}: {
  readonly taskId: string
  readonly write: TaskWriteContext
}) {
  const { t } = useI18n()
  const client = useClient()
  const heading = useId()
  const { state, submit, redo } = useTaskWrite(write, 'taskRequestDone')
  const { draft, set, problem, filled, clear } = useRequiredFields(FIELDS, state)
  const year = Number(todayInVietnam().slice(0, 4))
  const change = (version: number) => {
    const input = {
      taskId,
      expectedVersion: version,
      deadline: draft.deadline.trim(),
      reason: draft.reason.trim(),
    }
    return client.mutation(RequestDeadlineExtensionMutation, { input }).toPromise()
  }
  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (!filled() || readDeadlineAsTyped(draft.deadline, year).kind === 'error') return
    if (await submit(change)) clear()
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskRequestTitle')}</h3>
      <DeadlineReadingField
        label={t('taskRequestDeadline')}
        value={draft.deadline}
        onChange={set('deadline')}
        year={year}
        error={problem('deadline')}
        isRequired
      />
      <ReasonField
        label={t('taskRequestReason')}
        value={draft.reason}
        onChange={set('reason')}
        problem={problem('reason')}
      />
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskRequestSubmit')}
      </Button>
    </form>
  )
}
