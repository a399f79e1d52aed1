import { type FormEvent, useState } from 'react'
import { Button, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components'
import { DayField } from '../forms/day-field.js'
import { useI18n } from '../i18n/i18n.js'
import type { SearchInAddress } from './search-in-address.js'
import type { UrgeListSearch, UrgeListView } from './urge-list-filter.js'

/** The urge list's filter: which view, an organisation subtree, a document, a period. */
export function UrgeListFilterForm({ search, onSearch }: SearchInAddress<UrgeListSearch>) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(search)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(draft)
  }
  const set = (key: keyof UrgeListSearch) => (value: string) => setDraft({ ...draft, [key]: value })
  const setDay = (key: 'dueFrom' | 'dueTo') => (day: string | undefined) => {
    const { [key]: _cleared, ...rest } = draft
    setDraft(day ? { ...rest, [key]: day } : rest)
  }
  return (
    <form className="filters" onSubmit={submit}>
      <RadioGroup
        value={draft.view}
        onChange={(view) => onSearch({ ...draft, view: view as UrgeListView })}
        orientation="horizontal"
      >
        <Label>{t('show')}</Label>
        <Radio value="overdue">{t('overdue')}</Radio>
        <Radio value="dueSoon">{t('dueSoon')}</Radio>
      </RadioGroup>
      <TextField value={draft.organization ?? ''} onChange={set('organization')}>
        <Label>{t('organizationCode')}</Label>
        <Input placeholder="SKHCN" />
      </TextField>
      <TextField value={draft.directive ?? ''} onChange={set('directive')}>
        <Label>{t('directiveSymbol')}</Label>
        <Input placeholder="93-KL/TW" />
      </TextField>
      <DayField label={t('dueFrom')} value={draft.dueFrom} onChange={setDay('dueFrom')} />
      <DayField label={t('dueTo')} value={draft.dueTo} onChange={setDay('dueTo')} />
      <Button type="submit">{t('apply')}</Button>
    </form>
  )
}
