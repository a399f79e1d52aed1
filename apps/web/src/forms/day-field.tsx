import { type CalendarDate, parseDate } from '@internationalized/date'
import {
  I18nProvider as AriaLocale,
  DateField,
  DateInput,
  DateSegment,
  FieldError,
  Label,
} from 'react-aria-components'
import { useI18n } from '../i18n/i18n.js'
import type { Language } from '../i18n/messages.js'

/**
 * The locale a day is typed in: Vietnamese writes day/month/year (`07/12/2026`), and so does
 * the British English the English pages use — never the month first, whatever the browser's
 * own language.
 */
export const DAY_FIELD_LOCALES: Readonly<Record<Language, string>> = {
  vi: 'vi-VN',
  en: 'en-GB',
}

/** A calendar day as the field holds it, from an ISO day; `null` for none or a wrong one. */
export function calendarDayOf(iso: string | undefined): CalendarDate | null {
  if (!iso) return null
  try {
    return parseDate(iso)
  } catch {
    return null
  }
}

/**
 * A field for one calendar day, typed as Vietnamese write it — day, month, year, each a
 * segment the keyboard moves between (arrows change a segment, digits fill it) — and held
 * as an ISO day (`2026-12-07`), the form the address bar and the gateway use. React Aria's
 * DateField: a labelled group of spin buttons a screen reader names one by one.
 *
 * @example
 * ```tsx
 * <DayField label={t('dueFrom')} value={search.dueFrom} onChange={(day) => setDueFrom(day)} />
 * ```
 */
export function DayField({
  label,
  value,
  onChange,
  error = null,
  isRequired = false,
}: {
  readonly label: string
  /** The day shown, ISO; `undefined` for none. */
  readonly value: string | undefined
  /** Called with the ISO day once every segment is filled, `undefined` once it is cleared. */
  readonly onChange: (value: string | undefined) => void
  /** What is wrong with the day, in the reader's language, shown under it; `null` for nothing. */
  readonly error?: string | null
  readonly isRequired?: boolean
}) {
  const { language } = useI18n()
  return (
    <AriaLocale locale={DAY_FIELD_LOCALES[language]}>
      <DateField
        className="react-aria-DateField day-field"
        value={calendarDayOf(value)}
        onChange={(day) => onChange(day ? day.toString() : undefined)}
        granularity="day"
        shouldForceLeadingZeros
        isInvalid={error !== null}
        isRequired={isRequired}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <DateInput>{(segment) => <DateSegment segment={segment} />}</DateInput>
        <FieldError>{error}</FieldError>
      </DateField>
    </AriaLocale>
  )
}
