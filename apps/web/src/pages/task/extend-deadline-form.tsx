import { type FormEvent, useId, useState } from 'react'
import { Button, FieldError, Input, Label, TextArea, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { todayInVietnam } from '../../format/format.js'
import { readDeadlineAsTyped } from '../../forms/deadline-reading.js'
import { DeadlineReadingField } from '../../forms/deadline-reading-field.js'
import { useI18n } from '../../i18n/i18n.js'
import { ExtendTaskDeadlineMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { problemAt, WriteFeedback } from './write-feedback.js'

const FIELDS = ['deadline', 'document', 'reason'] as const
type Field = (typeof FIELDS)[number]

/**
 * Recording an extension (gia hạn): the new deadline as the granting document writes it — read
 * as the person types by the domain's `parseDeadline` — the document, and why. Granting a
 * pending request, it starts from the deadline asked for (`asked`), which the person may change.
 */
export function ExtendDeadlineForm({
  taskId,
  write,
  asked = '',
}: {
  readonly taskId: string
  readonly write: TaskWriteContext
  /** The deadline a pending request asks for, as written. */
  readonly asked?: string
}) {
  const { t, language } = useI18n()
  const client = useClient()
  const heading = useId()
  const [draft, setDraft] = useState<Record<Field, string>>({
    deadline: asked,
    document: '',
    reason: '',
  })
  const [missing, setMissing] = useState<readonly Field[]>([])
  const { state, submit, redo } = useTaskWrite(write, 'taskExtendDone')
  const today = todayInVietnam()
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
      document: draft.document.trim(),
      reason: draft.reason.trim(),
    }
    return client.mutation(ExtendTaskDeadlineMutation, { input }).toPromise()
  }
  const send = async (event: FormEvent) => {
    event.preventDefault()
    const empty = FIELDS.filter((field) => draft[field].trim() === '')
    if (empty.length > 0) return setMissing(empty)
    if (readDeadlineAsTyped(draft.deadline, Number(today.slice(0, 4))).kind === 'error') return
    if (await submit(change)) setDraft({ deadline: '', document: '', reason: '' })
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskExtendTitle')}</h3>
      <DeadlineReadingField
        label={t('taskExtendDeadline')}
        value={draft.deadline}
        onChange={set('deadline')}
        year={Number(today.slice(0, 4))}
        error={problem('deadline')}
        isRequired
      />
      <TextField
        value={draft.document}
        onChange={set('document')}
        isInvalid={problem('document') !== null}
        validationBehavior="aria"
        isRequired
      >
        <Label>{t('taskExtendDocument')}</Label>
        <Input placeholder="125/QĐ-UBND" />
        <FieldError>{problem('document')}</FieldError>
      </TextField>
      <TextField
        value={draft.reason}
        onChange={set('reason')}
        isInvalid={problem('reason') !== null}
        validationBehavior="aria"
        isRequired
      >
        <Label>{t('taskExtendReason')}</Label>
        <TextArea rows={2} />
        <FieldError>{problem('reason')}</FieldError>
      </TextField>
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskExtendSubmit')}
      </Button>
    </form>
  )
}
