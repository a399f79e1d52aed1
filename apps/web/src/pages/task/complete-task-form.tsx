import { type FormEvent, useId, useState } from 'react'
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { todayInVietnam } from '../../format/format.js'
import { DayField } from '../../forms/day-field.js'
import { useI18n } from '../../i18n/i18n.js'
import { CompleteTaskMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { problemAt, WriteFeedback } from './write-feedback.js'

const FIELDS = ['on', 'reason'] as const

/** Reporting the task completed (hoàn thành) on a day, at the version the person read. */
export function CompleteTaskForm({
  taskId,
  write,
}: {
  readonly taskId: string
  readonly write: TaskWriteContext
}) {
  const { t, language } = useI18n()
  const client = useClient()
  const heading = useId()
  const [on, setOn] = useState(() => todayInVietnam())
  const [reason, setReason] = useState('')
  const { state, submit, redo } = useTaskWrite(write, 'taskCompleteDone')
  const change = (version: number) => {
    const note = reason.trim()
    const input = { id: taskId, version, ...(on ? { on } : {}), ...(note ? { reason: note } : {}) }
    return client.mutation(CompleteTaskMutation, { input }).toPromise()
  }
  const send = (event: FormEvent) => {
    event.preventDefault()
    void submit(change)
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskCompleteTitle')}</h3>
      <DayField
        label={t('taskCompleteOn')}
        value={on || undefined}
        onChange={(day) => setOn(day ?? '')}
        error={problemAt(state, 'on', language)}
      />
      <TextField
        value={reason}
        onChange={setReason}
        isInvalid={problemAt(state, 'reason', language) !== null}
        validationBehavior="aria"
      >
        <Label>{t('taskCompleteReason')}</Label>
        <Input />
        <FieldError>{problemAt(state, 'reason', language)}</FieldError>
      </TextField>
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskCompleteSubmit')}
      </Button>
    </form>
  )
}
