import { formatDeadline } from '@chidao/domain'
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components'
import { formatDay, labelIn } from '../format/format.js'
import { useI18n } from '../i18n/i18n.js'
import { deadlineKindLabel, readDeadlineAsTyped } from './deadline-reading.js'

/**
 * A deadline typed as the document writes it ("30/6/2027", "Quý II/2027", "hằng quý"), with,
 * as the person types, how the domain will read it: its due day, or what it is when it has
 * none, its warnings, or why it cannot be read. The reading is the domain's own
 * `parseDeadline`, run in the browser, so it is what the gateway will store.
 */
export function DeadlineReadingField({
  label,
  value,
  onChange,
  year,
  error,
  isRequired,
}: {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  /** The year a day written without one falls in. */
  readonly year: number
  /** A problem found by the form or the gateway, shown beside the field. */
  readonly error?: string | null
  readonly isRequired?: boolean
}) {
  const { t, language } = useI18n()
  const reading = readDeadlineAsTyped(value, year)
  const readingError =
    reading.kind === 'error'
      ? language === 'vi'
        ? reading.error.messageVi
        : reading.error.message
      : null
  const problem = error ?? readingError
  return (
    <TextField
      value={value}
      onChange={onChange}
      isInvalid={problem !== null}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Input placeholder="30/6/2027" />
      {reading.kind === 'read' ? (
        <Text slot="description" className="deadline-reading">
          <span aria-live="polite">
            {reading.deadline.due ? t('taskReadingDue') : t('taskReadingNoDue')}{' '}
            <strong>
              {reading.deadline.due
                ? formatDay(reading.deadline.due, language)
                : language === 'vi'
                  ? formatDeadline(reading.deadline)
                  : labelIn(deadlineKindLabel(reading.deadline), language)}
            </strong>{' '}
            ({t('taskReadingKind')}: {labelIn(deadlineKindLabel(reading.deadline), language)})
          </span>
          {reading.warnings.map((warning) => (
            <span key={warning.code} className="deadline-warning">
              {language === 'vi' ? warning.messageVi : warning.message}
            </span>
          ))}
        </Text>
      ) : null}
      <FieldError>{problem}</FieldError>
    </TextField>
  )
}
