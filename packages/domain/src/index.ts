/**
 * @packageDocumentation
 * `@chidao/domain` — the model and rules of directive implementation in Vietnam, as pure
 * TypeScript: no I/O, no runtime dependencies, usable in Node and in browsers.
 */

// Core values
export * from './result.js'
export * from './domain-error.js'
export * from './domain-warning.js'
export * from './record-not-found.js'
export * from './label.js'
export * from './ids.js'
export * from './calendar/iso-date.js'
export * from './calendar/reporting-period.js'
export * from './calendar/report-status.js'
export * from './reporting/reporting-rule.js'
export * from './reporting/reporting-rule-input.js'
export * from './reporting/expected-report.js'
export * from './reporting/reporting-calendar.js'
export * from './text/nfc.js'

// Text: dates, numerals, search, collation, document symbols, citations (section: text)
export * from './text/roman-numeral.js'
export * from './text/vietnamese-date.js'
export * from './text/party-term.js'
export * from './text/search-key.js'
export * from './text/vietnamese-collation.js'
export * from './symbol/type-codes.js'
export * from './symbol/issuer-codes.js'
export * from './symbol/document-symbol.js'
export * from './citation/issuer-phrase.js'
export * from './citation/extract-citations.js'

// Organisations (section: organization)
export * from './organization/membership.js'
export * from './organization/organization.js'
export * from './organization/organization-code.js'
export * from './organization/organization-kind.js'
export * from './organization/organization-level.js'
export * from './organization/organization-tree.js'
export * from './organization/succession.js'
export * from './organization/validate-organization.js'

// Directives (section: directive)
export * from './directive/directive.js'
export * from './directive/directive-graph.js'
export * from './directive/directive-kind.js'
export * from './directive/directive-relation.js'
export * from './directive/issuer-agreement.js'
export * from './directive/kind-words.js'
export * from './directive/secrecy.js'
export * from './directive/urgency.js'

// Tasks, deadlines, timeliness, roll-up (section: task)
export * from './deadline/deadline.js'
export * from './deadline/parse-deadline.js'
export * from './deadline/format-deadline.js'
export * from './deadline/recurring-due-dates.js'
export * from './deadline/deadline-warnings.js'
export * from './task/task-status.js'
export * from './task/timeliness.js'
export * from './task/task-periods.js'
export * from './task/task.js'
export * from './task/task-event.js'
export * from './task/task-lifecycle.js'
export * from './task/extend-deadline.js'
export * from './task/deadline-in-force.js'
export * from './task/reassign-lead.js'
export * from './task/validate-task.js'
export * from './task/progress-report.js'
export * from './task/report-correction.js'
export * from './task/report-date.js'
export * from './task/idempotency-key.js'
export * from './task/roll-up.js'
export * from './task/completion-rate.js'

// Assessments, ratings, scorecards (section: assessment)
export * from './assessment/rating.js'
export * from './assessment/rating-rules.js'
export * from './assessment/rate.js'
export * from './assessment/assessment.js'
export * from './assessment/validate-assessment.js'
export * from './assessment/scorecard.js'
export * from './assessment/by-lead.js'

// Bundles (section: bundle)
export * from './bundle/bundle.js'
export * from './bundle/bundle-ref.js'
export * from './bundle/parse-bundle.js'
export * from './bundle/format-bundle.js'
export * from './bundle/compare-task-references.js'
export * from './bundle/bundle-warnings.js'

// Pages of long lists (section: pagination)
export * from './pagination.js'

// Reports drafted from the data: periodic, interim and final reviews (section: report)
export * from './report/report-kind.js'
export * from './report/report-period.js'
export * from './report/assemble-report.js'
export * from './report/report-missing-reports.js'
export * from './report/report-secrecy.js'
export * from './report/report-charts.js'
export * from './report/report-text.js'
export * from './report/annex-period.js'
export * from './report/render-report-markdown.js'
export * from './report/render-report-html.js'
export * from './urging/rest-days.js'
export * from './urging/vietnam-public-holidays.js'
export * from './urging/urging-rules.js'
export * from './urging/reminder-kind.js'
export * from './urging/urged-duty.js'
export * from './urging/reminder.js'
export * from './urging/plan-reminders.js'
export * from './urging/reminder-message.js'
export * from './urging/urged-duties.js'
export * from './urging/public-holidays.js'
export * from './urging/urging-letter.js'

// Intake: Word, PDF, text and workbooks read into paragraphs and tables (section: intake)
export * from './intake/intake-document.js'

// Workbooks: the office's tables as a writer lays them out (section: workbook)
export * from './workbook/task-workbook.js'
