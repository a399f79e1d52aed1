import { context, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api'
import type { LogEvent } from 'kysely'

/**
 * A span for each SQL statement, from the database's per-statement hook (`onQuery` of
 * `openDatabase`): on PostgreSQL and on the embedded PGlite alike (PGlite is PostgreSQL: both
 * say `postgresql`). Only inside a traced operation: a child of the span active when the
 * statement ran (a GraphQL operation's), timed by Kysely's own measure. It carries the
 * statement's text with its `$1` placeholders — never the parameters' values, which may carry
 * personal data — and, for a failed one, the PostgreSQL error code, not the message (which may
 * quote a value).
 */
export function sqlSpans(tracer: Tracer): (event: LogEvent) => void {
  return (event) => {
    // Outside a traced operation (migrations and seeding at start, the urging runtime), a lone
    // statement tells little, and a start would send hundreds of them.
    const parent = context.active()
    if (!trace.getSpan(parent)) return
    const text = event.query.sql
    const ended = Date.now()
    const span = tracer.startSpan(
      statementName(text),
      {
        kind: SpanKind.CLIENT,
        startTime: new Date(ended - event.queryDurationMillis),
        attributes: { 'db.system.name': 'postgresql', 'db.query.text': text },
      },
      parent,
    )
    if (event.level === 'error') {
      const code = (event.error as { code?: unknown } | null)?.code
      span.setStatus({ code: SpanStatusCode.ERROR })
      if (typeof code === 'string') span.setAttribute('db.response.status_code', code)
    }
    span.end(ended)
  }
}

/** The span's name: the statement's first word (`select`, `insert`, `with`, …). */
function statementName(text: string): string {
  const word = /^\s*([a-z]+)/i.exec(text)?.[1]
  return word ? word.toLowerCase() : 'sql'
}
