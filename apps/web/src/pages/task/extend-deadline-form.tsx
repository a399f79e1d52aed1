import { type FormEvent, useId } from 'react'
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { todayInVietnam } from '../../format/format.js'
import { readDeadlineAsTyped } from '../../forms/deadline-reading.js'
import { DeadlineReadingField } from '../../forms/deadline-reading-field.js'
import { useI18n } from '../../i18n/i18n.js'
import { ReasonField, useRequiredFields } from './required-fields.js'
import { ExtendTaskDeadlineMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { WriteFeedback } from './write-feedback.js'

const FIELDS = ['deadline', 'document', 'reason'] as const

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
  const { t } = useI18n()
  const client = useClient()
  const heading = useId()
  const { state, submit, redo } = useTaskWrite(write, 'taskExtendDone')
  const { draft, set, problem, filled, clear } = useRequiredFields(FIELDS, state, {
    deadline: asked,
  })
  const year = Number(todayInVietnam().slice(0, 4))
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
    if (!filled() || readDeadlineAsTyped(draft.deadline, year).kind === 'error') return
    if (await submit(change)) clear()
  }
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskExtendTitle')}</h3>
      <DeadlineReadingField
        label={t('taskExtendDeadline')}
        value={draft.deadline}
        onChange={set('deadline')}
        year={year}
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
      <ReasonField
        label={t('taskExtendReason')}
        value={draft.reason}
        onChange={set('reason')}
        problem={problem('reason')}
      />
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskExtendSubmit')}
      </Button>
    </form>
  )
}
