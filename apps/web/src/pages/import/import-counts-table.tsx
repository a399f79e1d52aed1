import { useI18n } from '../../i18n/i18n.js'
import type { MessageKey } from '../../i18n/messages.js'

interface Counts {
  readonly created: number
  readonly updated: number
  readonly unchanged: number
}

/** The kinds of record a bundle holds, in the order the import writes them. */
const KINDS = [
  ['organizations', 'importKindOrganizations'],
  ['memberships', 'importKindMemberships'],
  ['directives', 'importKindDirectives'],
  ['relations', 'importKindRelations'],
  ['tasks', 'importKindTasks'],
  ['progressReports', 'importKindProgressReports'],
  ['assessments', 'importKindAssessments'],
] as const satisfies readonly (readonly [string, MessageKey])[]

/** What an import did (or would do), per kind of record. */
export type ImportReport = { readonly [K in (typeof KINDS)[number][0]]: Counts }

/** The counts per kind of record of an import or a check. */
export function ImportCountsTable({ report }: { readonly report: ImportReport }) {
  const { t, language } = useI18n()
  const n = (value: number) => value.toLocaleString(language)
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section className="table-scroll" tabIndex={0} aria-label={t('importCountsCaption')}>
      <table>
        <caption>{t('importCountsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importColKind')}</th>
            <th scope="col">{t('importColCreated')}</th>
            <th scope="col">{t('importColUpdated')}</th>
            <th scope="col">{t('importColUnchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map(([kind, label]) => (
            <tr key={kind}>
              <th scope="row">{t(label)}</th>
              <td>{n(report[kind].created)}</td>
              <td>{n(report[kind].updated)}</td>
              <td>{n(report[kind].unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
