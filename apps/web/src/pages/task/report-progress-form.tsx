import { type FormEvent, useId, useRef, useState } from 'react'
import { Button, FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { useClient } from 'urql'
import { useI18n } from '../../i18n/i18n.js'
import {
  type DraftProblem,
  EMPTY_REPORT,
  type ReportDraft,
  readReportDraft,
} from './report-progress-draft.js'
import { ReportProgressMutation } from './task-mutations.js'
import { type TaskWriteContext, useTaskWrite } from './use-task-write.js'
import { problemAt, WriteFeedback } from './write-feedback.js'

const FIELDS = ['percent', 'narrative', 'evidence', 'period'] as const

/**
 * A progress report (báo cáo tiến độ): percent, what was done, evidence links (checked here),
 * and the period when the task has a reporting duty. Reports are appended, never changed: the
 * gateway takes no version for them, so this change is never stale.
 */
export function ReportProgressForm({
  taskId,
  withPeriod,
  write,
}: {
  readonly taskId: string
  readonly withPeriod: boolean
  readonly write: TaskWriteContext
}) {
  const { t, language } = useI18n()
  const client = useClient()
  const heading = useId()
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_REPORT)
  const [problems, setProblems] = useState<Partial<Record<keyof ReportDraft, DraftProblem>>>({})
  // One key per report typed: a second click, or a retry after a lost answer, files it once.
  const key = useRef(crypto.randomUUID())
  const { state, submit, redo } = useTaskWrite(write, 'taskReportSent')
  const set = (field: keyof ReportDraft) => (value: string) => {
    setDraft({ ...draft, [field]: value })
    setProblems({ ...problems, [field]: undefined })
  }
  const problemText = (field: keyof ReportDraft) => {
    const problem = problems[field]
    if (problem) return problem.detail ? `${t(problem.key)} ${problem.detail}` : t(problem.key)
    return problemAt(state, field, language)
  }
  const read = readReportDraft(draft)
  const change = async (_version: number) => {
    if (!read.ok) throw new Error('a draft with problems is never sent')
    const input = { taskId, idempotencyKey: key.current, ...read.input }
    return client.mutation(ReportProgressMutation, { input }).toPromise()
  }
  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (!read.ok) return setProblems(read.problems)
    if (await submit(change)) {
      setDraft(EMPTY_REPORT)
      key.current = crypto.randomUUID()
    }
  }
  const field = (name: keyof ReportDraft) => ({
    value: draft[name],
    onChange: set(name),
    isInvalid: problemText(name) !== null,
    validationBehavior: 'aria' as const,
  })
  return (
    <form aria-labelledby={heading} onSubmit={send} className="task-form" noValidate>
      <h3 id={heading}>{t('taskReportTitle')}</h3>
      <TextField {...field('percent')} inputMode="decimal">
        <Label>{t('taskPercent')}</Label>
        <Input />
        <Text slot="description">{t('taskPercentHelp')}</Text>
        <FieldError>{problemText('percent')}</FieldError>
      </TextField>
      <TextField {...field('narrative')}>
        <Label>{t('taskNarrative')}</Label>
        <TextArea rows={3} />
        <FieldError>{problemText('narrative')}</FieldError>
      </TextField>
      <TextField {...field('evidence')}>
        <Label>{t('taskEvidenceLinks')}</Label>
        <TextArea rows={2} spellCheck={false} placeholder="https://" />
        <FieldError>{problemText('evidence')}</FieldError>
      </TextField>
      {withPeriod ? (
        <TextField {...field('period')}>
          <Label>{t('taskPeriod')}</Label>
          <Input />
          <FieldError>{problemText('period')}</FieldError>
        </TextField>
      ) : null}
      <WriteFeedback state={state} fields={FIELDS} onRedo={() => void redo(change)} />
      <Button type="submit" isDisabled={state.status === 'sending'}>
        {t('taskReportSubmit')}
      </Button>
    </form>
  )
}
