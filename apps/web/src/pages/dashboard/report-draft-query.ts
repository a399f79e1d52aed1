import { graphql } from '../../graphql/graphql.js'

/** The draft of a report on the document, as HTML the page reads into its own elements. */
export const ReportDraftQuery = graphql(`
  query ReportDraft($id: ID!, $kind: ReportKind!, $from: Date, $to: Date, $asOf: Date) {
    directive(id: $id) {
      id
      report(kind: $kind, from: $from, to: $to, asOf: $asOf, format: HTML)
    }
  }
`)
