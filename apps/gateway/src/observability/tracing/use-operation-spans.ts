import { context, type Span, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api'
import { getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * A span for each GraphQL operation executed or subscribed to, named `<type> <name>` (as
 * OpenTelemetry's GraphQL conventions say, e.g. `query Tasks`), with the operation's name and
 * type as attributes — never the document or the variables, which may carry personal data.
 * The span is the active one while the operation runs, so the SQL statements it causes are
 * its children. An answer with errors marks the span as failed, with the errors' codes.
 */
export function useOperationSpans(tracer: Tracer): Plugin {
  const around = (wrapped: () => unknown) => {
    const span = tracer.startSpan('graphql.operation')
    return context.with(trace.setSpan(context.active(), span), async () => {
      try {
        await wrapped()
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR })
        throw error
      } finally {
        span.end()
      }
    })
  }
  return {
    instrumentation: {
      execute: (_payload, wrapped) => around(wrapped) as Promise<void>,
      subscribe: (_payload, wrapped) => around(wrapped) as Promise<void>,
    },
    onExecute({ args }) {
      name(trace.getActiveSpan(), args)
      const span = trace.getActiveSpan()
      return {
        onExecuteDone({ result }) {
          if (span && 'errors' in result && result.errors?.length) failed(span, result.errors)
        },
      }
    },
    onSubscribe({ args }) {
      name(trace.getActiveSpan(), args)
    },
  }
}

function name(
  span: Span | undefined,
  args: {
    readonly document: Parameters<typeof getOperationAST>[0]
    readonly operationName?: string | null
  },
): void {
  if (!span) return
  const operation = getOperationAST(args.document, args.operationName)
  if (!operation) return
  const operationName = operation.name?.value
  span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation)
  span.setAttribute('graphql.operation.type', operation.operation)
  if (operationName) span.setAttribute('graphql.operation.name', operationName)
}

function failed(
  span: Span,
  errors: readonly { readonly extensions?: Record<string, unknown> }[],
): void {
  const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))]
  span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') })
  span.setAttribute('chidao.error.codes', codes)
}
