import { type FormEvent, useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { formatDay } from '../../format/format.js'
import { DayField } from '../../forms/day-field.js'
import type { ResultOf } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardDocumentsQuery } from './dashboard-query.js'

type Documents = ResultOf<typeof DashboardDocumentsQuery>['directives']['edges']

/** Which document, as of which day: the dashboard's two choices. */
export function DashboardPicker({
  documents,
  directive,
  asOf,
  onPick,
}: {
  readonly documents: Documents
  readonly directive: string
  readonly asOf: string
  readonly onPick: (pick: { directive: string; asOf: string }) => void
}) {
  const { t, language } = useI18n()
  const selectId = useId()
  const [draft, setDraft] = useState({ directive, asOf })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onPick(draft)
  }
  return (
    <form className="filters" onSubmit={submit}>
      <div className="react-aria-TextField">
        <label htmlFor={selectId}>{t('dashDocument')}</label>
        <select
          id={selectId}
          value={draft.directive}
          onChange={(event) => setDraft({ ...draft, directive: event.target.value })}
        >
          {documents.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {`${node.symbol} — ${node.issuer.name} (${formatDay(node.issuedOn, language)})`}
            </option>
          ))}
        </select>
      </div>
      <DayField
        label={t('dashAsOf')}
        value={draft.asOf || undefined}
        onChange={(day) => setDraft({ ...draft, asOf: day ?? '' })}
        isRequired
      />
      <Button type="submit">{t('dashShow')}</Button>
    </form>
  )
}
