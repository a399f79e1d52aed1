import { cleanText } from '../text/nfc.js'

/** A phrase read from a task's text, and how sure the rule that read it is (0–1). */
export interface ReadPhrase {
  readonly text: string
  readonly confidence: number
}

/** What a task's words say of who does it, by when, and to whom it reports. */
export interface TaskRoles {
  /** The lead's name as written ("Ban Tuyên giáo Tỉnh ủy"). */
  readonly lead: ReadPhrase | null
  /** The coordinators as written, one phrase for the whole list. */
  readonly coordinators: ReadPhrase | null
  /** The deadline as written ("Quý II/2026", "Thường xuyên"). */
  readonly deadline: ReadPhrase | null
  /** The sentence that sets a reporting duty ("báo cáo kết quả về … trước ngày 15/12 hằng năm"). */
  readonly reporting: { readonly text: string; readonly recipient: string } | null
}

const STOP = '(?=[.;\\n]|\\s+-\\s|$)'
// "Cơ quan chủ trì: X", "Chủ trì: X", "Đơn vị chủ trì thực hiện: X".
const LEAD_FIELD = new RegExp(
  `(?:(?:cơ quan|đơn vị)\\s+)?chủ trì(?:\\s+(?:thực hiện|tham mưu))?\\s*:\\s*(.+?)${STOP}`,
  'iu',
)
const COORDINATORS_FIELD = new RegExp(
  `(?:(?:cơ quan|đơn vị)\\s+)?phối hợp(?:\\s+thực hiện)?\\s*:\\s*(.+?)${STOP}`,
  'iu',
)
// "X chủ trì" with X back to the start of its clause.
const LEAD_BEFORE =
  /(?:^|[.;:(\n]\s*|-\s+|\bgiao(?:\s+cho)?\s+|\bđề nghị\s+)([^.;:(\n]{3,140}?)\s+(?:là cơ quan\s+|làm\s+đầu mối\s+,?\s*)?chủ trì(?!\s*:)/iu
// "Giao X thực hiện", "giao cho X tham mưu" without "chủ trì".
// Lower case only: "Ban Tổ chức Tỉnh ủy" is a name, "tổ chức" a verb.
export const TASK_VERBS =
  'thực hiện|triển khai|tham mưu|xây dựng|tổ chức|hướng dẫn|theo dõi|nghiên cứu|rà soát|kiểm tra|giám sát|chỉ đạo|phụ trách|chịu trách nhiệm|làm đầu mối|tuyên truyền|phổ biến|quán triệt|đôn đốc|vận động|bồi dưỡng|đào tạo|cung cấp|hỗ trợ|sơ kết|tổng kết|tham gia|lãnh đạo|cụ thể hóa|đề xuất|trình|ban hành|rà soát|đánh giá|tiếp tục|đẩy mạnh|tăng cường|nâng cao|bảo đảm|đảm bảo|báo cáo|phát động|biên soạn|cập nhật|phát hiện|giới thiệu|lựa chọn|vận động|công khai|niêm yết|xử lý|mở|giao'
const GIVEN_TO = new RegExp(
  `(?<![\\p{L}])[Gg]iao(?:\\s+cho)?\\s+([^.;:(\\n]{3,140}?)\\s+(?:${TASK_VERBS})(?![\\p{L}])`,
  'u',
)
// "phối hợp với X thực hiện", up to the verb or the end of the clause.
const COORDINATORS_WITH = new RegExp(
  `[Pp]hối hợp(?:\\s+chặt chẽ)?\\s+với\\s+(.+?)(?=\\s+(?:để\\s+)?(?:${TASK_VERBS})(?![\\p{L}])|[.;(\\n]|$)`,
  'u',
)
// "Thời gian: …", "Thời hạn hoàn thành: …", "Tiến độ: …".
const DEADLINE_FIELD =
  /(?:thời gian|thời hạn|tiến độ)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*(.+?)(?=[;\n)]|\.(?:\s|$)|$)/iu
// "hoàn thành trong quý II/2026", "hoàn thành trước ngày 30/6/2026", "(thường xuyên)".
const DEADLINE_WORDS =
  /hoàn thành(?:\s+xong)?\s+(?:trong\s+)?((?:trước|trong|chậm nhất|quý|tháng|năm|ngày|6 tháng)[^,;.\n)]*\d[^,;.\n)]*)/iu
const DEADLINE_PAREN =
  /\(\s*((?:thường xuyên|hằng năm|hàng năm|quý [IV]+\/\d{4}|năm \d{4}|trước ngày [^)]+|tháng \d{1,2}\/\d{4})[^)]*)\)/iu
// "báo cáo (kết quả) (thực hiện) về X", "báo cáo X (qua Y)" with a time after it.
const REPORTING =
  /báo cáo(?:\s+kết quả)?(?:\s+(?:thực hiện|triển khai))?(?:\s+(?:về|cho|lên))?\s+((?:Ban|Thường trực|Ủy ban|UBND|Tỉnh ủy|Văn phòng|Sở|Hội đồng|HĐND)[^.;,(\n]*?)(?:\s*\(\s*qua\s+([^)]+)\))?\s+((?:trước ngày|định kỳ|hằng|hàng|6 tháng|theo định kỳ)[^.;\n]*)/iu

function phrase(
  match: RegExpExecArray | null,
  index: number,
  confidence: number,
): ReadPhrase | null {
  const text = match?.[index]?.trim()
  return text ? { text: cleanText(text), confidence } : null
}

function firstLetterUpper(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

/**
 * Reads who does a task and by when from its words, as programmes write it: "Cơ quan chủ trì:
 * X", "X chủ trì, phối hợp với Y, Z", "Giao X thực hiện"; "Thời gian: Quý II/2026", "hoàn thành
 * trước ngày 30/6/2026", "(thường xuyên)"; "báo cáo kết quả về X trước ngày 15/12 hằng năm".
 * Names stay as written: matching them with organisations comes after.
 *
 * @example
 * ```ts
 * const r = readTaskRoles('Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ thực hiện. Thời gian: Quý II/2026.')
 * r.lead?.text // 'Ban Tuyên giáo Tỉnh ủy'
 * r.coordinators?.text // 'Sở Nội vụ'
 * r.deadline?.text // 'Quý II/2026'
 * ```
 */
export function readTaskRoles(text: string): TaskRoles {
  const s = text.normalize('NFC')
  const lead =
    phrase(LEAD_FIELD.exec(s), 1, 0.95) ??
    phrase(LEAD_BEFORE.exec(s), 1, 0.85) ??
    phrase(GIVEN_TO.exec(s), 1, 0.75)
  const coordinators =
    phrase(COORDINATORS_FIELD.exec(s), 1, 0.95) ?? phrase(COORDINATORS_WITH.exec(s), 1, 0.8)
  const field = phrase(DEADLINE_FIELD.exec(s), 1, 0.95)
  const deadline =
    field ?? phrase(DEADLINE_WORDS.exec(s), 1, 0.8) ?? phrase(DEADLINE_PAREN.exec(s), 1, 0.75)
  const report = REPORTING.exec(s)
  const reporting =
    report === null
      ? null
      : { text: cleanText(report[0]), recipient: cleanText(report[2] ?? report[1]!) }
  return {
    lead: lead && { ...lead, text: lead.text.replace(/^(?:giao(?:\s+cho)?|đề nghị)\s+/iu, '') },
    coordinators,
    deadline: deadline && {
      ...deadline,
      text: firstLetterUpper(deadline.text.replace(/[.,]$/u, '')),
    },
    reporting,
  }
}
