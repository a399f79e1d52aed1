import { type FormEvent, useId } from 'react'
import { Button } from 'react-aria-components'
import { useClient } from 'urql'
import { useI18n } from '../../i18n/i18n.js'
import { ReasonField, useRequiredFields } from './required-fields.js'
import { DeclineDeadlineExtensionMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { WriteFeedback } from './write-feedback.js'

const FIELDS = ['reason'] as const

/**
 * Declining the pending request for an extension (không đồng ý gia hạn), with the reason the
 * department will read: the deadline in force stays.
 */
export function DeclineExtensionForm({
  taskId,
  write,
}: {
  readonly taskId: string
  readonly write: TaskWriteContext
}) {
  const { t } = useI18n()
  const client = useClient()
  const heading = useId()
  const { state, submit, redo } = useTaskWrite(write, 'taskDeclineDone')
  const { draft, set, problem, filled, clear } = useRequiredFields(FIELDS, state)
  const change = (version: number) => {
    const input = { taskId, expectedVersion: version, reason: draft.reason.trim() }
    return client.mutation(DeclineDeadlineExtensionMutation, { input }).toPromise()
  }
  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (!filled()) return
    if (await submit(change)) clear()
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskDeclineTitle')}</h3>
      <ReasonField
        label={t('taskDeclineReason')}
        value={draft.reason}
        onChange={set('reason')}
        problem={problem('reason')}
      />
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskDeclineSubmit')}
      </Button>
    </form>
  )
}
