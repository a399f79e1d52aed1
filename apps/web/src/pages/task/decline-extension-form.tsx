import { type FormEvent, useId, useState } from 'react'
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { useI18n } from '../../i18n/i18n.js'
import { DeclineDeadlineExtensionMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { problemAt, WriteFeedback } from './write-feedback.js'

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
  const { t, language } = useI18n()
  const client = useClient()
  const heading = useId()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const { state, submit, redo } = useTaskWrite(write, 'taskDeclineDone')
  const problem = missing ? t('taskRequired') : problemAt(state, 'reason', language)
  const change = (version: number) => {
    const input = { taskId, expectedVersion: version, reason: reason.trim() }
    return client.mutation(DeclineDeadlineExtensionMutation, { input }).toPromise()
  }
  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') return setMissing(true)
    if (await submit(change)) setReason('')
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskDeclineTitle')}</h3>
      <TextField
        value={reason}
        onChange={(value) => {
          setReason(value)
          setMissing(false)
        }}
        isInvalid={problem !== null}
        validationBehavior="aria"
        isRequired
      >
        <Label>{t('taskDeclineReason')}</Label>
        <TextArea rows={2} />
        <FieldError>{problem}</FieldError>
      </TextField>
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskDeclineSubmit')}
      </Button>
    </form>
  )
}
