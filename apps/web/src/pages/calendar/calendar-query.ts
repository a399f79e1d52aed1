import { graphql } from '../../graphql/graphql.js'

/**
 * The reporting calendar (lịch báo cáo): each report owed in the period with its status, and
 * the totals per organisation — the list "đơn vị chưa báo cáo" is its `MISSING` reports.
 */
export const ReportingCalendarQuery = graphql(`
  query ReportingCalendar(
    $from: Date!
    $to: Date!
    $asOf: Date
    $organizationCode: String
    $directiveId: ID
    $status: [ReportStatus!]
  ) {
    reportingCalendar(
      from: $from
      to: $to
      asOf: $asOf
      organizationCode: $organizationCode
      directiveId: $directiveId
      status: $status
    ) {
      totals {
        organization {
          id
          code
          name
        }
        missing
        receivedLate
        received
        notYetDue
      }
      expectedReports {
        due
        status
        statusLabel {
          vi
          en
        }
        cadence
        period {
          key
          label {
            vi
            en
          }
        }
        organization {
          id
        }
        directive {
          id
          symbol
        }
        task {
          id
          reference
          title
        }
      }
    }
  }
`)

/** A document's id from its symbol in any spelling: the calendar filters by id. */
export const DirectiveBySymbolQuery = graphql(`
  query DirectiveBySymbol($symbol: String!) {
    directive(symbol: $symbol) {
      id
      symbol
    }
  }
`)
