import type { Draft, DraftDoubt } from './draft.js'
import type { SourcePlace } from './intake-document.js'

/**
 * Where a value stands in the source, as the review comments write it: `sheet …, trang 3,
 * khối 12, dòng 4, cột 2`, the parts the place has.
 *
 * @example
 * ```ts
 * formatSourcePlace({ page: 2, block: 7 }) // 'trang 2, khối 7'
 * ```
 */
export function formatSourcePlace(place: SourcePlace): string {
  const parts = [
    place.sheet !== undefined ? `sheet ${place.sheet}` : null,
    place.page !== undefined ? `trang ${place.page}` : null,
    `khối ${place.block}`,
    place.row !== undefined ? `dòng ${place.row}` : null,
    place.column !== undefined ? `cột ${place.column}` : null,
  ]
  return parts.filter((p) => p !== null).join(', ')
}

function placeText(place: SourcePlace | null): string {
  return place === null ? '' : ` (${formatSourcePlace(place)})`
}

function doubtLine(d: DraftDoubt): string {
  return `# - [${d.code}] ${d.path.join('.')}${placeText(d.place)}: ${d.message.vi} / ${d.message.en}`
}

/** " trong 2 văn bản / in 2 documents" where a draft carries several documents. */
function documentCount(draft: Draft): string {
  const count = draft.bundle.directives?.length ?? 0
  return count > 1 ? ` trong ${count} văn bản / in ${count} documents` : ''
}

/**
 * The comment lines a draft printed for review starts with: how many tasks were drafted (and
 * in how many documents, where several),
 * whether the bundle is valid (else each error with its path), then every doubt with its path
 * in the draft and its place in the source, in Vietnamese and English. Put them above the YAML
 * (or JSON5) the bundle is printed as.
 *
 * @example
 * ```ts
 * const text = `${draftReviewComments(draft)}\n${yaml.stringify(draft.bundle)}`
 * ```
 */
export function draftReviewComments(draft: Draft): string {
  const lines = [
    '# Dự thảo gói dữ liệu — cần kiểm tra trước khi nhập / Draft bundle — review before importing',
    `# ${draft.tasks.length} nhiệm vụ / tasks${documentCount(draft)}; ${draft.proposedOrganizations.length} tổ chức đề xuất mới / proposed organisations`,
  ]
  if (!draft.validated.ok) {
    lines.push('# Chưa hợp lệ / Not valid yet:')
    for (const e of draft.validated.error) {
      lines.push(`# - [${e.code}] ${e.path.join('.')}: ${e.messageVi} / ${e.message}`)
    }
  }
  if (draft.doubts.length > 0) {
    lines.push('# Cần kiểm tra / To check:')
    lines.push(...draft.doubts.map(doubtLine))
  }
  return `${lines.map((l) => l.replace(/\n/gu, ' ')).join('\n')}\n`
}
