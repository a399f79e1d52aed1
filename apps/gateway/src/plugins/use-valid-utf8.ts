import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'
import { parseBodyThrough } from './body-stream.js'

function invalidUtf8(where: 'body' | 'query string'): GraphQLError {
  const vi = where === 'body' ? 'Nội dung yêu cầu' : 'Chuỗi truy vấn (query string) của yêu cầu'
  return queryError(
    {
      code: 'INVALID_TEXT',
      en: `The request ${where} is not valid UTF-8: refused, nothing was run; send the text encoded as UTF-8`,
      vi: `${vi} không phải văn bản UTF-8 hợp lệ: bị từ chối, không có gì được thực hiện; hãy gửi văn bản mã hóa UTF-8`,
    },
    { extensions: { http: { status: 400 } } },
  )
}

/** Whether the bytes a query string's percent escapes stand for are valid UTF-8. */
export function queryStringIsUtf8(search: string): boolean {
  if (!search.includes('%')) return true
  // A parsed URL's search is ASCII: every non-ASCII character is already percent-escaped.
  const binary = search.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  )
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(binary, 'latin1'))
    return true
  } catch {
    return false
  }
}

/**
 * Refuses a GraphQL request whose text is not valid UTF-8 with 400 `INVALID_TEXT`, before
 * anything runs: the body is decoded with a fatal `TextDecoder` as it streams in (a character
 * split between two chunks is fine; a byte sequence that is no character, or one cut off at
 * the end, is not), and so are the percent escapes of a GET's query string. Without this the
 * JSON parser silently turned each bad sequence into U+FFFD, and that is what was stored.
 * Multipart bodies are left to their parts' own encodings.
 */
export function useValidUtf8(): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser, fetchAPI }) {
      if (!queryStringIsUtf8(url.search)) throw invalidUtf8('query string')
      if (requestParser == null || request.body == null) return
      const contentType = request.headers.get('content-type')?.toLowerCase() ?? ''
      if (contentType.startsWith('multipart/')) return
      setRequestParser(
        parseBodyThrough(requestParser, fetchAPI, () => {
          const decoder = new TextDecoder('utf-8', { fatal: true })
          return {
            transform(chunk, controller) {
              try {
                decoder.decode(chunk, { stream: true })
              } catch {
                controller.error(invalidUtf8('body'))
                return
              }
              controller.enqueue(chunk)
            },
            flush(controller) {
              try {
                decoder.decode() // a sequence cut off at the end
              } catch {
                controller.error(invalidUtf8('body'))
              }
            },
          }
        }),
      )
    },
  }
}
