import { useI18n } from '../../i18n/i18n.js'

/** One organisation's totals in the period. */
export interface CalendarTotalsLine {
  readonly organization: { readonly id: string; readonly code: string; readonly name: string }
  readonly missing: number
  readonly receivedLate: number
  readonly received: number
  readonly notYetDue: number
}

/** The totals per organisation, in the order given (who has not reported first). */
export function CalendarTotalsTable({ lines }: { readonly lines: readonly CalendarTotalsLine[] }) {
  const { t, language } = useI18n()
  const n = (value: number) => value.toLocaleString(language)
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section className="table-scroll" tabIndex={0} aria-label={t('calendarTotalsCaption')}>
      <table>
        <caption>{t('calendarTotalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calendarColOrganization')}</th>
            <th scope="col">{t('calendarColMissing')}</th>
            <th scope="col">{t('calendarColLate')}</th>
            <th scope="col">{t('calendarColReceived')}</th>
            <th scope="col">{t('calendarColNotYetDue')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.organization.id} className={line.missing > 0 ? 'missing' : undefined}>
              <th scope="row">
                {line.organization.name} <span className="code">({line.organization.code})</span>
              </th>
              <td>{n(line.missing)}</td>
              <td>{n(line.receivedLate)}</td>
              <td>{n(line.received)}</td>
              <td>{n(line.notYetDue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
