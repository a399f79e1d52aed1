import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'

/** A report an organisation owes, as the calendar shows it. */
export interface OwedReportRow {
  readonly due: string
  readonly status: string
  readonly statusLabel: { readonly vi: string; readonly en: string }
  readonly period: {
    readonly key: string
    readonly label: { readonly vi: string; readonly en: string }
  }
  readonly directive: { readonly id: string; readonly symbol: string }
  readonly task: {
    readonly id: string
    readonly reference: string | null
    readonly title: string
  } | null
}

/** The reports one organisation owes in the period: period, document or task, due day, status. */
export function OrganizationReportsTable({
  organization,
  reports,
}: {
  readonly organization: { readonly id: string; readonly code: string; readonly name: string }
  readonly reports: readonly OwedReportRow[]
}) {
  const { t, language } = useI18n()
  const title = `${t('calendarReportsOf')} ${organization.name}`
  const headingId = `owed-${organization.id}`
  if (reports.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
      <section className="table-scroll" tabIndex={0} aria-label={title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('calendarColPeriod')}</th>
              <th scope="col">{t('calendarColDocument')}</th>
              <th scope="col">{t('calendarColDue')}</th>
              <th scope="col">{t('calendarColStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr
                key={`${report.directive.id}:${report.task?.id ?? ''}:${report.period.key}`}
                className={report.status === 'MISSING' ? 'missing' : undefined}
              >
                <td>{labelIn(report.period.label, language)}</td>
                <td>
                  {report.directive.symbol}
                  {report.task
                    ? ` — ${report.task.reference ? `${report.task.reference}. ` : ''}${report.task.title}`
                    : null}
                </td>
                <td>{formatDay(report.due, language)}</td>
                <td>{labelIn(report.statusLabel, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}
