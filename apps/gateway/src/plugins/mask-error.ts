import { InvalidCursorError } from '@chidao/db'
import { maskError as yogaMaskError } from 'graphql-yoga'
import { queryError } from '../query-error.js'

/**
 * SQLSTATE classes and driver codes that mean "the database went away" (or, for the pool's
 * "timeout exceeded when trying to connect", "every connection is busy"; for pg's "Query read
 * timeout", "the server stopped answering"), not "a bug".
 */
const UNAVAILABLE = /^(08|57P0)/
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'])

function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && (UNAVAILABLE.test(code) || NETWORK.has(code))) return true
    if (
      /Connection terminated|connection .* closed|terminating connection|is not queryable|timeout exceeded when trying to connect|Query read timeout/i.test(
        e.message,
      )
    ) {
      return true
    }
    const original = (e as { originalError?: unknown }).originalError
    if (original && original !== e && isDatabaseUnavailable(original)) return true
  }
  return false
}

/** The error, then what it wraps (GraphQL's `originalError`, else `cause`), each once. */
function* chainOf(error: unknown): Generator<Error> {
  const seen = new Set<unknown>()
  let e: unknown = error
  while (e instanceof Error && !seen.has(e)) {
    seen.add(e)
    yield e
    e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause
  }
}

/** The first SQLSTATE (or driver code) found on the error or its causes. */
function codeIn(error: unknown): string | null {
  for (const e of chainOf(error)) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return null
}

/** The error, or the first of its causes, that is an InvalidCursorError. */
function invalidCursorIn(error: unknown): InvalidCursorError | null {
  for (const e of chainOf(error)) {
    if (e instanceof InvalidCursorError || e.name === 'InvalidCursorError') {
      return e as InvalidCursorError
    }
  }
  return null
}

/**
 * Yoga's error masking, with three additions. A disk that is full (SQLSTATE 53100) is said so,
 * with code STORAGE_FULL: nothing of that change was written. A cursor this server did not give for the same list
 * (`after`/`before`) is the caller's mistake: it is answered with code INVALID_CURSOR, not as
 * an unexpected error. And: when the database went away in the middle of a
 * request, the client is told so — a code it can act on and the advice to retry (writes with
 * the same idempotency key) — instead of "Unexpected error". Nothing of the driver's message,
 * the SQL or a stack is shown.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (codeIn(error) === '53100') {
    // disk_full: the transaction was rolled back; earlier writes are intact.
    return queryError({
      code: 'STORAGE_FULL',
      en: 'The database has no space left on its disk: this change was not saved (earlier ones are intact); free some space and retry',
      vi: 'Ổ đĩa của cơ sở dữ liệu đã hết chỗ: thay đổi này chưa được lưu (các thay đổi trước vẫn còn nguyên); hãy giải phóng dung lượng rồi gửi lại',
    })
  }
  const cursor = invalidCursorIn(error)
  if (cursor) {
    const shown = JSON.stringify(cursor.cursor.slice(0, 80))
    return queryError({
      code: 'INVALID_CURSOR',
      en: `Invalid cursor ${shown}: use a cursor returned by the same query`,
      vi: `Con trỏ phân trang ${shown} không hợp lệ: hãy dùng con trỏ do chính truy vấn này trả về`,
    })
  }
  if (isDatabaseUnavailable(error)) {
    return queryError({
      code: 'DATABASE_UNAVAILABLE',
      en: 'The database is unavailable for a moment; retry the request (a write with the same idempotency key)',
      vi: 'Cơ sở dữ liệu tạm thời không truy cập được; hãy gửi lại yêu cầu (một lệnh ghi thì với cùng khóa idempotency)',
    })
  }
  return yogaMaskError(error, message, isDev)
}
