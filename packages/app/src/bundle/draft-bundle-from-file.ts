import {
  type Draft,
  domainError,
  INTAKE_READ_ERROR_CODES,
  type IntakeDocument,
} from '@chidao/domain'
import { mayImportBundle } from '../policy/policy.js'
import type { DocumentReader } from '../ports/document-reader.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, enforce, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { type Base64Content, decodeBase64 } from './base64-content.js'
import { draftForTenant, type TenantDraftPorts } from './tenant-draft.js'

/** A programme or plan as a file: its name and its bytes, to draft a bundle from. */
export interface DraftBundleFromFileInput {
  /** The file's name: its extension helps choose the reader, and messages name it. */
  readonly fileName: string
  /** The file's bytes, or the base64 text a JSON transport carries them as. */
  readonly content: Uint8Array | Base64Content
  /** The tenant's name as the draft's header writes it; its id when omitted. */
  readonly tenantName?: string | null
}

/** The ports {@link draftBundleFromFile} calls: a reader of documents, and what drafting reads. */
export interface DraftBundleFromFilePorts extends TenantDraftPorts {
  readonly documentReader: DocumentReader
}

async function readDocument(
  reader: DocumentReader,
  input: DraftBundleFromFileInput,
): Promise<IntakeDocument> {
  const content =
    input.content instanceof Uint8Array
      ? input.content
      : orAbort(decodeBase64(input.content.base64, ['content']))
  const read = await reader.read(content, input.fileName)
  if (read.ok) return read.value
  const { code, message, messageVi } = read.error
  return abort(domainError(code, { en: message, vi: messageVi }, ['content']))
}

/**
 * Drafts a bundle (gói dữ liệu) from a programme or plan given as a file — Word (.docx), PDF
 * with a text layer, text, a workbook — as `chidao draft` and the API's `draftBundle` do: the
 * policy first (`bundle.import`: ADMIN; refused before the file is read), then the file read
 * by the {@link DocumentReader} port (a file it cannot read fails with the intake's code, at
 * `content`, its message naming the file), then the drafting of {@link draftBundle}. Nothing
 * is written.
 *
 * @example
 * ```ts
 * const result = await draftBundleFromFile(context, { fileName: 'kh-07.docx', content: bytes })
 * if (!result.ok) console.error(result.error.code) // e.g. CORRUPT_DOCX, FORBIDDEN
 * ```
 */
export const draftBundleFromFile = defineUseCase({
  name: 'draftBundleFromFile',
  errors: [...REFUSAL_CODES, 'INVALID_BASE64', ...INTAKE_READ_ERROR_CODES],
  async run(
    context: UseCaseContext<DraftBundleFromFilePorts>,
    input: DraftBundleFromFileInput,
  ): Promise<Draft> {
    const { ports, caller } = context
    enforce(mayImportBundle(caller))
    const document = await readDocument(ports.documentReader, input)
    return draftForTenant(ports, document, input.tenantName)
  },
})

/** What {@link draftBundleFromFile} may fail with. */
export const DRAFT_BUNDLE_FROM_FILE_ERRORS = draftBundleFromFile.errors

/** A code {@link draftBundleFromFile} may fail with. */
export type DraftBundleFromFileError = UseCaseErrorOf<typeof draftBundleFromFile>
