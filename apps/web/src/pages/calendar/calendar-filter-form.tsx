import { REPORT_STATUS_LABELS } from '@chidao/domain'
import { type FormEvent, useId, useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Input, Label, TextField } from 'react-aria-components'
import { labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { SearchInAddress } from '../search-in-address.js'
import { CALENDAR_STATUSES, type CalendarSearch, type ReportStatus } from './calendar-filter.js'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** The calendar's filter: year and months, an organisation subtree, a document, statuses. */
export function CalendarFilterForm({ search, onSearch }: SearchInAddress<CalendarSearch>) {
  const { t, language } = useI18n()
  const [draft, setDraft] = useState(search)
  const fromId = useId()
  const toId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch({ ...draft, toMonth: Math.max(draft.fromMonth, draft.toMonth) })
  }
  const month = (key: 'fromMonth' | 'toMonth', id: string, label: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: Number(event.target.value) })}
      >
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form className="filters" onSubmit={submit}>
      <TextField
        value={String(draft.year)}
        onChange={(value) => setDraft({ ...draft, year: Number(value) || draft.year })}
        inputMode="numeric"
      >
        <Label>{t('calendarYear')}</Label>
        <Input size={6} />
      </TextField>
      {month('fromMonth', fromId, t('calendarFromMonth'))}
      {month('toMonth', toId, t('calendarToMonth'))}
      <TextField
        value={draft.organization ?? ''}
        onChange={(organization) => setDraft({ ...draft, organization })}
      >
        <Label>{t('organizationCode')}</Label>
        <Input placeholder="LHH" />
      </TextField>
      <TextField
        value={draft.directive ?? ''}
        onChange={(directive) => setDraft({ ...draft, directive })}
      >
        <Label>{t('directiveSymbol')}</Label>
        <Input placeholder="06-CTr/TU" />
      </TextField>
      <CheckboxGroup
        value={[...(draft.status ?? [])]}
        onChange={(status) => setDraft({ ...draft, status: status as ReportStatus[] })}
        className="checkbox-group"
      >
        <Label>{t('calendarStatus')}</Label>
        {CALENDAR_STATUSES.map((status) => (
          <Checkbox key={status} value={status}>
            {labelIn(REPORT_STATUS_LABELS[status], language)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Button type="submit">{t('apply')}</Button>
    </form>
  )
}
