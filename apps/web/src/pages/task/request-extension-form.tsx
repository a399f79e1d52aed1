import { type FormEvent, useId, useState } from 'react'
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { todayInVietnam } from '../../format/format.js'
import { readDeadlineAsTyped } from '../../forms/deadline-reading.js'
import { DeadlineReadingField } from '../../forms/deadline-reading-field.js'
import { useI18n } from '../../i18n/i18n.js'
import { RequestDeadlineExtensionMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { problemAt, WriteFeedback } from './write-feedback.js'

const FIELDS = ['deadline', 'reason'] as const
type Field = (typeof FIELDS)[number]

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
  const { t, language } = useI18n()
  const client = useClient()
  const heading = useId()
  const [draft, setDraft] = useState<Record<Field, string>>({ deadline: '', reason: '' })
  const [missing, setMissing] = useState<readonly Field[]>([])
  const { state, submit, redo } = useTaskWrite(write, 'taskRequestDone')
  const year = Number(todayInVietnam().slice(0, 4))
  const set = (field: Field) => (value: string) => {
    setDraft({ ...draft, [field]: value })
    setMissing(missing.filter((name) => name !== field))
  }
  const problem = (field: Field) =>
    missing.includes(field) ? t('taskRequired') : problemAt(state, field, language)
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
    const empty = FIELDS.filter((field) => draft[field].trim() === '')
    if (empty.length > 0) return setMissing(empty)
    if (readDeadlineAsTyped(draft.deadline, year).kind === 'error') return
    if (await submit(change)) setDraft({ deadline: '', reason: '' })
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
      <TextField
        value={draft.reason}
        onChange={set('reason')}
        isInvalid={problem('reason') !== null}
        validationBehavior="aria"
        isRequired
      >
        <Label>{t('taskRequestReason')}</Label>
        <TextArea rows={2} />
        <FieldError>{problem('reason')}</FieldError>
      </TextField>
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskRequestSubmit')}
      </Button>
    </form>
  )
}
