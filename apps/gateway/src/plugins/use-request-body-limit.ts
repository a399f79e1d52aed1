import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'
import { parseBodyThrough } from './body-stream.js'

function tooLarge(maxBytes: number): GraphQLError {
  return queryError(
    {
      code: 'REQUEST_TOO_LARGE',
      en: `Request body larger than the limit of ${maxBytes} bytes (CHIDAO_MAX_BODY_BYTES)`,
      vi: `Nội dung yêu cầu lớn hơn giới hạn ${maxBytes} byte (CHIDAO_MAX_BODY_BYTES)`,
    },
    { extensions: { limit: maxBytes, http: { status: 413 } } },
  )
}

/**
 * Refuses a request body over `maxBytes` with 413: at once when its Content-Length says so,
 * otherwise (chunked uploads) as soon as the bytes read pass the limit, so a large body is never
 * held in memory whole.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length')
      if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
        throw tooLarge(maxBytes)
      }
      if (requestParser == null || request.body == null) return
      setRequestParser(
        parseBodyThrough(requestParser, fetchAPI, () => {
          let read = 0
          return {
            transform(chunk, controller) {
              read += chunk.byteLength
              if (read > maxBytes) controller.error(tooLarge(maxBytes))
              else controller.enqueue(chunk)
            },
          }
        }),
      )
    },
  }
}
