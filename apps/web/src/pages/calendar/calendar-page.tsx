import '../clerk.css'
import { useMemo } from 'react'
import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { todayInVietnam } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { SearchInAddress } from '../search-in-address.js'
import { type CalendarSearch, calendarVariables } from './calendar-filter.js'
import { CalendarFilterForm } from './calendar-filter-form.js'
import { organizationsMissingFirst } from './calendar-order.js'
import { DirectiveBySymbolQuery, ReportingCalendarQuery } from './calendar-query.js'
import { CalendarTotalsTable } from './calendar-totals-table.js'
import { OrganizationReportsTable } from './organization-reports-table.js'

/**
 * The reporting calendar: the reports owed in a period by an organisation subtree, under a
 * document, who has not reported first, each organisation with its owed reports and due days.
 */
export function CalendarPage({ search, onSearch }: SearchInAddress<CalendarSearch>) {
  const { t, language } = useI18n()
  const today = todayInVietnam()
  const symbol = search.directive?.trim() ?? ''
  const [found] = useQuery({
    query: DirectiveBySymbolQuery,
    variables: { symbol },
    pause: symbol === '',
  })
  const directiveId = found.data?.directive?.id ?? null
  const directiveMissing = symbol !== '' && found.data !== undefined && !found.data.directive
  const variables = useMemo(
    () => calendarVariables(search, today, directiveId),
    [search, today, directiveId],
  )
  const waiting = symbol !== '' && directiveId === null
  const [result, reexecute] = useQuery({
    query: ReportingCalendarQuery,
    variables,
    pause: waiting,
  })
  const calendar = waiting ? undefined : result.data?.reportingCalendar
  const organizations = useMemo(
    () => (calendar ? organizationsMissingFirst(calendar.totals, calendar.expectedReports) : []),
    [calendar],
  )
  const missing = calendar?.totals.reduce((sum, line) => sum + line.missing, 0) ?? 0
  const late = calendar?.totals.filter((line) => line.missing > 0).length ?? 0
  const error = found.error ?? result.error
  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t('calendarTitle')}</h1>
      <p>{t('calendarIntro')}</p>
      <CalendarFilterForm key={JSON.stringify(search)} search={search} onSearch={onSearch} />
      {error ? (
        <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {directiveMissing ? (
        <p role="alert" className="error">
          {t('calendarDirectiveNotFound')} ({symbol})
        </p>
      ) : null}
      {calendar ? (
        <>
          <p aria-live="polite">
            {t('calendarMissingTotal')}: <strong>{missing.toLocaleString(language)}</strong>
            {' · '}
            {t('calendarOrganizationsMissing')}: <strong>{late.toLocaleString(language)}</strong>
          </p>
          {calendar.totals.length === 0 ? (
            <p>{t('calendarNone')}</p>
          ) : (
            <>
              <CalendarTotalsTable lines={organizations.map((entry) => entry.totals)} />
              {organizations.map((entry) => (
                <OrganizationReportsTable
                  key={entry.totals.organization.id}
                  organization={entry.totals.organization}
                  reports={entry.reports}
                />
              ))}
            </>
          )}
        </>
      ) : result.fetching || found.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </section>
  )
}
