import { draftBundleFromFile } from '@chidao/app'
import {
  DRAFT_DOUBT_CODES,
  type Draft,
  type DraftDoubt,
  type DraftDoubtCode,
  formatSourcePlace,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { draftText } from '../../draft-text.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'

const DOUBT_MEANINGS: { readonly [Code in DraftDoubtCode]: string } = {
  LOW_CONFIDENCE:
    'A value read with low confidence. Vietnamese: giá trị đọc được với độ tin cậy thấp.',
  UNMATCHED_ORGANIZATION:
    "A name that matches none of the tenant's organisations, proposed as new. Vietnamese: tên không khớp tổ chức nào, đề xuất tạo mới.",
  DISSOLVED_ORGANIZATION:
    'A task given to a body that has been dissolved; the message names the day and its successors. Vietnamese: nhiệm vụ giao cho cơ quan đã giải thể.',
  DEADLINE_WARNING:
    'A deadline left out or read with a warning. Vietnamese: thời hạn bị bỏ hoặc cần lưu ý.',
  TASK_WITHOUT_LEAD:
    'A task that names no lead: the issuer stands in. Vietnamese: nhiệm vụ chưa rõ cơ quan chủ trì.',
  HEADER_NOT_FOUND:
    "A part of the document's header (symbol, date, issuer, title) not found. Vietnamese: không tìm thấy một phần của phần đầu văn bản.",
  DUPLICATE_REFERENCE:
    'Two tasks with one number: the second renumbered. Vietnamese: hai nhiệm vụ cùng số.',
  DOCUMENT_NOT_READ:
    "A table row's document cell that names no document: the task is drafted under the file's own document. Vietnamese: ô văn bản không đọc được số, ký hiệu văn bản.",
}

const DraftDoubtCodeEnum = builder.enumType('DraftDoubtCode', {
  description: 'What drafting was unsure of, one code per kind of doubt.',
  values: Object.fromEntries(
    DRAFT_DOUBT_CODES.map((code) => [code, { value: code, description: DOUBT_MEANINGS[code] }]),
  ),
})

/** A doubt with the confidence of the value it is about, where drafting read one. */
interface ShownDoubt {
  readonly doubt: DraftDoubt
  readonly confidence: number | null
}

const DraftDoubtRef = builder.objectRef<ShownDoubt>('DraftDoubt').implement({
  description:
    'A point for the reviewer: what drafting was unsure of, where it stands in the draft and ' +
    'where it was read in the file. `message` is English and `messageVi` Vietnamese.',
  fields: (t) => ({
    code: t.field({ type: DraftDoubtCodeEnum, resolve: (d) => d.doubt.code }),
    message: t.string({
      description: 'The doubt, in English.',
      resolve: (d) => d.doubt.message.en,
    }),
    messageVi: t.string({
      description: 'The doubt, in Vietnamese.',
      resolve: (d) => d.doubt.message.vi,
    }),
    path: t.stringList({
      description: 'Where the value stands in the draft bundle, e.g. ["tasks", "3", "lead"].',
      resolve: (d) => d.doubt.path.map(String),
    }),
    place: t.string({
      nullable: true,
      description:
        'Where it was read in the file, as the draft\'s comments write it ("trang 2, khối 14, dòng 3"); null when nowhere in particular.',
      resolve: (d) => (d.doubt.place === null ? null : formatSourcePlace(d.doubt.place)),
    }),
    confidence: t.float({
      nullable: true,
      description:
        'How sure drafting is of the value the doubt is about, 0–1; null when it read no value (a lead not named, a header part not found).',
      resolve: (d) => d.confidence,
    }),
  }),
})

const ProposedOrganizationRef = builder
  .objectRef<{ code: string; name: string }>('DraftProposedOrganization')
  .implement({
    description:
      "An organisation the file names that matches none of the tenant's: the draft proposes it as new, under this code.",
    fields: (t) => ({
      code: t.exposeString('code', { description: 'The code proposed (MOI-…).' }),
      name: t.exposeString('name', { description: 'The name as the file writes it.' }),
    }),
  })

const DraftProblemRef = builder
  .objectRef<{ path: string; message: string; messageVi: string }>('DraftProblem')
  .implement({
    description: 'A reason the draft bundle does not validate yet, as `importBundle` would say it.',
    fields: (t) => ({
      path: t.exposeString('path', {
        description: 'Path of the value in the draft bundle, e.g. "tasks.3.lead".',
      }),
      message: t.exposeString('message', { description: 'The problem, in English.' }),
      messageVi: t.exposeString('messageVi', { description: 'The problem, in Vietnamese.' }),
    }),
  })

/** Each doubt with the confidence of the finding at its path, where there is one. */
function shownDoubts(draft: Draft): ShownDoubt[] {
  const confidence = new Map(draft.findings.map((f) => [f.path.join('.'), f.confidence]))
  return draft.doubts.map((doubt) => ({
    doubt,
    confidence: confidence.get(doubt.path.join('.')) ?? null,
  }))
}

writeMutation('draftBundle', {
  description:
    'Drafts a bundle from a programme or plan given as a file — Word (.docx), PDF with a text ' +
    'layer, text (.txt) or Excel (.xlsx) — and answers the draft, as `chidao draft` writes it; ' +
    'nothing is written. ADMIN only, as importBundle. The file travels as base64 in the ' +
    'request, whose body is limited (CHIDAO_MAX_BODY_BYTES, 1 MiB by default: a file of up to ' +
    'about 750 KiB); a larger request is refused whole (HTTP 413), and a file over 64 MiB, where ' +
    'the limit is raised, fails with FILE_TOO_LARGE. A file that cannot be read fails with its ' +
    'reason (CORRUPT_DOCX, PDF_NO_TEXT_LAYER, UNSUPPORTED_FORMAT, …) at input.content. Review ' +
    'the draft, then import it with importBundle.',
  action: 'bundle.import',
  input: {
    fields: (t) => ({
      fileName: t.string({
        description:
          'The file\'s name, e.g. "ke-hoach-07.docx": its extension helps choose the reader, and messages name it.',
      }),
      content: t.string({
        description:
          "The file's bytes in standard base64 (line breaks allowed). The request body is limited to CHIDAO_MAX_BODY_BYTES (1 MiB by default): about 750 KiB of file.",
      }),
      tenantName: t.string({
        required: false,
        description: "The tenant's name as the draft's header writes it; its id when omitted.",
      }),
    }),
  },
  run: (input, context) =>
    draftBundleFromFile(useCaseContext(context), {
      fileName: input.fileName,
      content: { base64: input.content },
      tenantName: input.tenantName ?? null,
    }),
  payload: {
    description:
      'The draft: its text for review, what it holds, what drafting was unsure of and whether it validates yet.',
    fields: (t) => ({
      yaml: t.string({
        description:
          'The draft as `chidao draft` writes it: the doubts as YAML comments, then the bundle in YAML; importBundle reads it once corrected.',
        resolve: (d) => draftText(d),
      }),
      taskCount: t.int({
        description: 'How many tasks were drafted.',
        resolve: (d) => d.tasks.length,
      }),
      proposedOrganizations: t.field({
        type: [ProposedOrganizationRef],
        description: 'The organisations proposed as new, in the order first named.',
        resolve: (d) => d.proposedOrganizations.map((p) => ({ code: p.code, name: p.name })),
      }),
      doubts: t.field({
        type: [DraftDoubtRef],
        description: 'What the reviewer should check first, in the order drafting met it.',
        resolve: shownDoubts,
      }),
      valid: t.boolean({
        description: 'Whether the draft bundle validates as it is (importBundle would take it).',
        resolve: (d) => d.validated.ok,
      }),
      problems: t.field({
        type: [DraftProblemRef],
        description: 'Why the draft does not validate yet; empty when it does.',
        resolve: (d) =>
          d.validated.ok
            ? []
            : d.validated.error.map((e) => ({
                path: e.path.join('.'),
                message: e.message,
                messageVi: e.messageVi,
              })),
      }),
    }),
  },
})
