import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations'
import type { GraphQLParams, Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'
import type { TrustedDocuments } from '../trusted-documents/read-trusted-documents.js'

/**
 * The id a client sends in place of the document: `extensions.persistedQuery.sha256Hash` (urql's
 * `persistedExchange`, Apollo's persisted queries link, GraphQL Code Generator's hashes), or
 * `documentId` (GraphQL over HTTP's persisted documents).
 */
function documentIdOf(params: GraphQLParams): string | null {
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash
  const documentId = (params as { documentId?: unknown }).documentId
  return typeof documentId === 'string' ? documentId : null
}

const documentRequired = () =>
  queryError(
    {
      code: 'TRUSTED_DOCUMENT_REQUIRED',
      en: 'This deployment runs only the operations of its front end (trusted documents): send the id of a listed document in extensions.persistedQuery.sha256Hash (or documentId), not the text of a document',
      vi: 'Hệ thống này chỉ thực hiện các thao tác của ứng dụng đã đăng ký (tài liệu tin cậy): hãy gửi mã của một tài liệu trong danh sách qua extensions.persistedQuery.sha256Hash (hoặc documentId), không gửi văn bản truy vấn',
    },
    { extensions: { http: { status: 400 } } },
  )

/**
 * Trusted documents (`CHIDAO_TRUSTED_DOCUMENTS`): only the operations listed in the manifest run,
 * named by their id; a request with the text of a document, or with no id, is refused with 400
 * `TRUSTED_DOCUMENT_REQUIRED`, and an id not listed with 400 `TRUSTED_DOCUMENT_NOT_FOUND`. So a
 * deployment serves its own front end and nothing an attacker writes. Built on Yoga's
 * `@graphql-yoga/plugin-persisted-operations`; listed documents are still validated (the
 * limits apply) and run with the caller's rights as any other.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: documentIdOf,
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: documentRequired,
      keyNotFound: documentRequired,
      notFound: (payload) => {
        const id = String(documentIdOf(payload.params)).slice(0, 80)
        return queryError(
          {
            code: 'TRUSTED_DOCUMENT_NOT_FOUND',
            en: `No trusted document has the id "${id}": the front end and the deployment's manifest (CHIDAO_TRUSTED_DOCUMENTS) are of different versions`,
            vi: `Không có tài liệu tin cậy nào mang mã "${id}": ứng dụng và danh sách tài liệu của hệ thống (CHIDAO_TRUSTED_DOCUMENTS) không cùng phiên bản`,
          },
          { extensions: { http: { status: 400 } } },
        )
      },
    },
  }) as Plugin
}
