import { type FormEvent, useState } from 'react'
import { Button, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components'
import { useI18n } from '../i18n/i18n.js'
import type { UrgeListSearch, UrgeListView } from './urge-list-filter.js'

/** The urge list's filter: which view, an organisation subtree, a document, a period. */
export function UrgeListFilterForm({
  search,
  onSearch,
}: {
  readonly search: UrgeListSearch
  readonly onSearch: (search: UrgeListSearch) => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(search)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(draft)
  }
  const set = (key: keyof UrgeListSearch) => (value: string) => setDraft({ ...draft, [key]: value })
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
      <TextField value={draft.dueFrom ?? ''} onChange={set('dueFrom')} type="date">
        <Label>{t('dueFrom')}</Label>
        <Input />
      </TextField>
      <TextField value={draft.dueTo ?? ''} onChange={set('dueTo')} type="date">
        <Label>{t('dueTo')}</Label>
        <Input />
      </TextField>
      <Button type="submit">{t('apply')}</Button>
    </form>
  )
}
