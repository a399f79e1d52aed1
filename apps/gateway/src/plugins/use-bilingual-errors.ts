import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * Vietnamese for the errors the gateway does not word itself — GraphQL's parser and validator,
 * Yoga's checks of the HTTP request, the masked "Unexpected error." — by code. Their English
 * message is specific (which field, which line); this says what kind of failure it is.
 */
const VIETNAMESE: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: 'Tài liệu truy vấn GraphQL sai cú pháp (chi tiết bằng tiếng Anh ở message)',
  GRAPHQL_VALIDATION_FAILED:
    'Truy vấn không hợp lệ theo lược đồ GraphQL (chi tiết bằng tiếng Anh ở message)',
  VALIDATION: 'Giá trị truyền vào không hợp lệ (chi tiết bằng tiếng Anh ở message)',
  BAD_REQUEST:
    'Yêu cầu HTTP không phải một yêu cầu GraphQL hợp lệ (chi tiết bằng tiếng Anh ở message)',
  METHOD_NOT_ALLOWED:
    'Phương thức HTTP này không được phép: truy vấn (query) gửi bằng GET hoặc POST, thao tác thay đổi dữ liệu (mutation) chỉ bằng POST',
  REQUEST_TOO_LARGE: 'Nội dung yêu cầu quá lớn',
  INTERNAL_SERVER_ERROR:
    'Lỗi không mong đợi; khi báo lỗi, hãy gửi kèm mã yêu cầu trong tiêu đề x-request-id',
}

const OTHERWISE = 'Yêu cầu không thực hiện được (chi tiết bằng tiếng Anh ở message)'

/** The HTTP status Yoga gives an error, if any. */
function statusOf(error: GraphQLError): unknown {
  return (error.extensions?.http as { status?: unknown } | undefined)?.status
}

/**
 * A code for an error that came with none: from the HTTP status Yoga gave it; else, raised
 * while a field was resolved (it has a path: a null where the schema promises a value), a bug,
 * INTERNAL_SERVER_ERROR; else, before execution, a variable that does not fit its type,
 * VALIDATION. Yoga's 405 (a mutation sent by GET, a method other than GET and POST) is
 * METHOD_NOT_ALLOWED whatever code Yoga gave it: one code for one meaning.
 */
function codeOf(error: GraphQLError): string {
  const status = statusOf(error)
  if (status === 405) return 'METHOD_NOT_ALLOWED'
  if (typeof error.extensions?.code === 'string') return error.extensions.code
  if (status === 413) return 'REQUEST_TOO_LARGE'
  if (typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST'
  return error.path ? 'INTERNAL_SERVER_ERROR' : 'VALIDATION'
}

/**
 * A variable that does not fit its type is refused before execution, with no `data`: a
 * request error, 400 under `application/graphql-response+json` and 200 under
 * `application/json`, as GraphQL over HTTP says (Yoga's `spec` flag); Yoga gives it no status.
 */
function httpOf(error: GraphQLError, code: string): Record<string, unknown> {
  if (code !== 'VALIDATION' || error.path || error.extensions?.http) return {}
  return { http: { status: 400, spec: true } }
}

/** The error with a code and a Vietnamese message, or itself when it has both. */
export function bilingual(error: GraphQLError): GraphQLError {
  const extensions = error.extensions ?? {}
  const code = codeOf(error)
  const http = httpOf(error, code)
  const complete = typeof extensions.messageVi === 'string' && extensions.code === code
  if (complete && !('http' in http)) return error
  const messageVi =
    typeof extensions.messageVi === 'string' && extensions.code === code
      ? extensions.messageVi
      : (VIETNAMESE[code] ?? OTHERWISE)
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions: { ...extensions, ...http, code, messageVi },
  })
}

interface ResultWithErrors {
  readonly errors?: readonly GraphQLError[]
}

function completed<R extends ResultWithErrors>(result: R): R {
  if (!result.errors?.some((e) => bilingual(e) !== e)) return result
  return { ...result, errors: result.errors.map(bilingual) }
}

/**
 * Gives every error of an answer the shape of the gateway's own (`queryError`): a `code` and a
 * `messageVi` in `extensions` beside the English `message`. The gateway's errors have them
 * already; this completes those it does not word itself — a query that does not parse or
 * validate, a request Yoga refuses, a variable of the wrong type, an unexpected error — with a
 * Vietnamese message saying what kind of failure it is, and a code where it has none.
 */
export function useBilingualErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) {
        setResult(result.map((r: ResultWithErrors) => completed(r)) as typeof result)
      } else if (result && typeof result === 'object' && 'errors' in result) {
        setResult(completed(result as ResultWithErrors) as typeof result)
      }
    },
  }
}
