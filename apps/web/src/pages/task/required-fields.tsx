import { useState } from 'react'
import { FieldError, Label, TextArea, TextField } from 'react-aria-components'
import { useI18n } from '../../i18n/i18n.js'
import type { TaskWriteState } from './use-task-write.js'
import { problemAt } from './write-feedback.js'

/**
 * The text a form's required fields hold, and what is wrong with each: "required" when sent
 * empty (until the person types in it), else the gateway's problem at that field.
 */
export function useRequiredFields<F extends string>(
  fields: readonly F[],
  state: TaskWriteState,
  initial: Partial<Record<F, string>> = {},
) {
  const { t, language } = useI18n()
  const blank = () =>
    Object.fromEntries(fields.map((f) => [f, initial[f] ?? ''])) as Record<F, string>
  const [draft, setDraft] = useState<Record<F, string>>(blank)
  const [missing, setMissing] = useState<readonly F[]>([])
  return {
    draft,
    /** The change handler of one field: keeps its text, and it is no longer missing. */
    set: (field: F) => (value: string) => {
      setDraft((now) => ({ ...now, [field]: value }))
      setMissing((now) => now.filter((name) => name !== field))
    },
    problem: (field: F): string | null =>
      missing.includes(field) ? t('taskRequired') : problemAt(state, field, language),
    /** Marks the empty fields missing; true when every one is filled in. */
    filled: (): boolean => {
      const empty = fields.filter((field) => draft[field].trim() === '')
      setMissing(empty)
      return empty.length === 0
    },
    /** Empties every field once the change is recorded. */
    clear: () => setDraft(Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>),
  }
}

/** A required reason, in a few lines of text, with its problem shown beneath. */
export function ReasonField({
  label,
  value,
  onChange,
  problem,
}: {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly problem: string | null
}) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      isInvalid={problem !== null}
      validationBehavior="aria"
      isRequired
    >
      <Label>{label}</Label>
      <TextArea rows={2} />
      <FieldError>{problem}</FieldError>
    </TextField>
  )
}
