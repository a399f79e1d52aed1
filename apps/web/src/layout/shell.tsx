import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { todayInVietnam } from '../format/format.js'
import { useI18n } from '../i18n/i18n.js'
import { LANGUAGES } from '../i18n/messages.js'
import { defaultCalendarSearch } from '../pages/calendar/calendar-filter.js'
import { displayName, type Session } from '../session/session.js'

const ACTIVE = { 'aria-current': 'page' } as const

/** The frame of every page: skip link, title, navigation, language, who is signed in. */
export function Shell({
  session,
  onSignOut,
  children,
}: {
  readonly session: Session | null
  readonly onSignOut: () => void
  readonly children: ReactNode
}) {
  const { t, language, setLanguage } = useI18n()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <p className="app-name">{t('appName')}</p>
        {session ? (
          <nav aria-label={t('appName')}>
            <Link to="/urge" search={{ view: 'overdue' }} activeProps={{ 'aria-current': 'page' }}>
              {t('navUrgeList')}
            </Link>{' '}
            <Link to="/dashboard" activeProps={{ 'aria-current': 'page' }}>
              {t('navDashboard')}
            </Link>
            <Link to="/tasks" search={{}} activeProps={{ 'aria-current': 'page' }}>
              {t('taskNav')}
            </Link>
            <Link
              to="/calendar"
              search={defaultCalendarSearch(todayInVietnam())}
              activeProps={ACTIVE}
            >
              {t('navCalendar')}
            </Link>
            <Link to="/organizations" search={{}} activeProps={ACTIVE}>
              {t('navOrganizations')}
            </Link>
            <Link to="/import" activeProps={ACTIVE}>
              {t('navImport')}
            </Link>
          </nav>
        ) : null}
        <div className="top-end">
          <label>
            {t('language')}{' '}
            <select
              value={language}
              onChange={(event) => setLanguage(event.target.value as (typeof LANGUAGES)[number])}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {code === 'vi' ? 'Tiếng Việt' : 'English'}
                </option>
              ))}
            </select>
          </label>
          {session ? (
            <span className="who">
              {t('signedInAs')} <strong>{displayName(session)}</strong>
              {session.organization ? ` (${session.organization})` : null}{' '}
              <button type="button" onClick={onSignOut}>
                {t('signOut')}
              </button>
            </span>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
