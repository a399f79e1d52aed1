import type * as app from '@chidao/app'
import type { UseCase } from '@chidao/app'

/** A code any use case of `@chidao/app` may fail with, read from the types of its exports. */
export type UseCaseErrorCode = {
  // biome-ignore lint/suspicious/noExplicitAny: any ports, input and output: only the codes matter
  [K in keyof typeof app]: (typeof app)[K] extends UseCase<any, any, any, infer Code> ? Code : never
}[keyof typeof app]

/** What a code means, in English and in Vietnamese. */
export interface ErrorCodeMeaning {
  readonly en: string
  readonly vi: string
}

/**
 * What each code a use case may fail with means: the description of its value of the enum
 * `ErrorCode`, and what docs/api.md says of it. The compiler keeps it whole: a use case that
 * declares a new code does not build until the code is described here.
 *
 * Codes of one meaning (synonyms kept because clients may rely on each) say so: see § Error
 * codes of docs/api.md.
 */
export const ERROR_CODE_MEANINGS: { readonly [Code in UseCaseErrorCode]: ErrorCodeMeaning } = {
  // Refusals
  UNAUTHENTICATED: {
    en: 'The operation needs a signed-in caller: send a bearer token.',
    vi: 'Cần đăng nhập: hãy gửi mã truy cập (bearer token).',
  },
  FORBIDDEN: {
    en: "The caller's role, organisation or clearance does not allow this; the message names what was needed.",
    vi: 'Vai trò, tổ chức hoặc độ mật được phép của người gọi không cho phép thao tác này.',
  },
  ORGANIZATION_NOT_ON_TASK: {
    en: 'The reporting organisation neither leads nor coordinates the task.',
    vi: 'Tổ chức báo cáo không chủ trì cũng không phối hợp thực hiện nhiệm vụ.',
  },
  SECRECY_ABOVE_CLEARANCE: {
    en: "The document is marked above the caller's clearance: one records only what one may read.",
    vi: 'Văn bản có độ mật cao hơn độ mật người gọi được phép đọc.',
  },
  // General
  VALIDATION: {
    en: 'The input broke a rule (the message says which), or the database refused it.',
    vi: 'Dữ liệu nhập không hợp lệ (thông báo nêu rõ quy tắc nào).',
  },
  CONFLICT: {
    en: 'The record is no longer at the `version` sent: reload and retry. The one code for a stale version, whatever the change.',
    vi: 'Bản ghi đã được thay đổi sau phiên bản (`version`) đã gửi: hãy tải lại rồi thử lại.',
  },
  REQUIRED: { en: 'A required value is missing.', vi: 'Thiếu giá trị bắt buộc.' },
  TOO_LONG: {
    en: 'A name or text is over its maximum length.',
    vi: 'Tên hoặc văn bản dài quá mức cho phép.',
  },
  INVALID_ID: { en: 'An ID that is not one.', vi: 'Mã định danh (id) không hợp lệ.' },
  INVALID_DATE: {
    en: 'Not a day written YYYY-MM-DD (e.g. 2025-02-30).',
    vi: 'Không phải một ngày hợp lệ dạng YYYY-MM-DD.',
  },
  INVALID_URGING_RULES: {
    en: 'Urging rules that cannot be: a number of days outside 1–366 or listed twice, a digest time not HH:MM, an unknown time zone; the path names the field.',
    vi: 'Quy tắc đôn đốc không hợp lệ: số ngày ngoài khoảng 1–366 hoặc bị lặp, giờ gửi bản tổng hợp không có dạng HH:MM, múi giờ không tồn tại.',
  },
  INVALID_PUBLIC_HOLIDAYS: {
    en: 'A list of public holidays that cannot be: a day not of the year given, a day listed twice, a name missing in Vietnamese or English; the path names the entry.',
    vi: 'Danh sách ngày nghỉ lễ không hợp lệ: ngày không thuộc năm đã chọn, ngày bị lặp, thiếu tên tiếng Việt hoặc tiếng Anh.',
  },
  INVALID_NUMBER: { en: 'Not a finite number.', vi: 'Không phải là số hợp lệ.' },
  INVALID_CHANNEL_ADDRESS: {
    en: 'A channel address that cannot be used: a webhook needs an absolute http(s) URL without a user name or password, an e-mail channel a mailbox (name@domain).',
    vi: 'Địa chỉ kênh nhận không dùng được: webhook cần URL http(s) đầy đủ, không kèm tên người dùng hay mật khẩu; kênh thư điện tử cần địa chỉ dạng tên@tên-miền.',
  },
  URGING_CHANNEL_NOT_FOUND: {
    en: 'No such channel, or it was removed.',
    vi: 'Không tìm thấy kênh nhận nhắc việc, hoặc kênh đã bị gỡ.',
  },
  REMINDER_NOT_FOUND: {
    en: "No such reminder, or none the caller may see (another subtree's, or above the caller's clearance); the path names the key.",
    vi: 'Không tìm thấy nhắc việc, hoặc người gọi không được xem (của phạm vi khác, hoặc vượt độ mật được phép).',
  },
  REMINDER_DELIVERY_NOT_FOUND: {
    en: "No such delivery of a reminder, or one above the caller's clearance.",
    vi: 'Không tìm thấy lượt gửi nhắc việc, hoặc lượt gửi vượt độ mật người gọi được phép.',
  },
  DELIVERY_NOT_RESENDABLE: {
    en: 'Only a FAILED or DEAD delivery is sent again; this one is pending, being sent or sent.',
    vi: 'Chỉ gửi lại lượt gửi thất bại (FAILED) hoặc đã ngừng thử (DEAD); lượt này đang chờ, đang gửi hoặc đã gửi.',
  },
  INVALID_VALUE: {
    en: "A value of an assessment is not of the expected form (one of an enum's values, a text, a list of paragraphs).",
    vi: 'Giá trị trong đánh giá không đúng dạng (một trong các giá trị cho phép, văn bản, danh sách đoạn văn).',
  },
  INVALID_REFERENCE: {
    en: 'A reference (III.2.b) that is not written as references are.',
    vi: 'Số hiệu mục (vd. III.2.b) không hợp lệ.',
  },
  TENANT_NOT_FOUND: {
    en: 'No data is stored for this tenant.',
    vi: 'Không có dữ liệu của đơn vị sử dụng (tenant) này.',
  },
  // Organisations
  ORGANIZATION_NOT_FOUND: {
    en: 'No such organisation, or it is not visible to the caller.',
    vi: 'Không tìm thấy tổ chức.',
  },
  PARENT_NOT_FOUND: {
    en: 'No such parent: the organisation (or task) named as the parent does not exist. Same meaning as ORGANIZATION_NOT_FOUND, for the parent.',
    vi: 'Không tìm thấy tổ chức (hoặc nhiệm vụ) cấp trên.',
  },
  ORGANIZATION_CODE_TAKEN: {
    en: 'Another organisation already has this code.',
    vi: 'Mã tổ chức đã được dùng cho tổ chức khác.',
  },
  INVALID_ORGANIZATION_CODE: {
    en: '1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.',
    vi: 'Mã tổ chức gồm 1–64 chữ, số, `.`, `_` hoặc `-`, bắt đầu bằng chữ hoặc số.',
  },
  INVALID_ORGANIZATION_KIND: {
    en: 'Not a kind of organisation.',
    vi: 'Không phải loại tổ chức hợp lệ.',
  },
  INVALID_ORGANIZATION_LEVEL: {
    en: 'Not a level of organisation.',
    vi: 'Không phải cấp tổ chức hợp lệ.',
  },
  INVALID_PARENT_LEVEL: {
    en: 'A body cannot sit under one of a lower level.',
    vi: 'Tổ chức không thể trực thuộc tổ chức cấp thấp hơn.',
  },
  CYCLE_IN_HIERARCHY: {
    en: 'The move would make an organisation (or task) its own ancestor.',
    vi: 'Thay đổi này tạo vòng lặp: tổ chức trở thành cấp trên của chính nó.',
  },
  DISTRICT_LEVEL_ABOLISHED: {
    en: 'District bodies exist only before 2025-07-01.',
    vi: 'Cấp huyện chỉ tồn tại trước ngày 1/7/2025.',
  },
  INVALID_PARTY_TERM: {
    en: 'Not a party term (khóa), e.g. 15 or "khóa XV".',
    vi: 'Không phải nhiệm kỳ (khóa) hợp lệ, vd. 15 hoặc "khóa XV".',
  },
  ORGANIZATION_ALREADY_DISSOLVED: {
    en: 'The organisation is dissolved already.',
    vi: 'Tổ chức đã giải thể.',
  },
  DISSOLVED_BEFORE_FOUNDED: {
    en: 'The dissolution is dated before the founding.',
    vi: 'Ngày giải thể trước ngày thành lập.',
  },
  SUCCESSOR_IS_SELF: {
    en: 'An organisation cannot succeed itself.',
    vi: 'Tổ chức không thể kế thừa chính nó.',
  },
  SUCCESSOR_NOT_FOUND: {
    en: 'No organisation has the successor code. Same meaning as ORGANIZATION_NOT_FOUND, for the successor.',
    vi: 'Không tìm thấy tổ chức kế thừa.',
  },
  SUCCESSOR_NOT_ACTIVE: {
    en: 'The successor does not exist on the day of the dissolution.',
    vi: 'Tổ chức kế thừa không tồn tại vào ngày giải thể.',
  },
  SUCCESSOR_OTHER_TENANT: {
    en: 'The successor belongs to another tenant.',
    vi: 'Tổ chức kế thừa thuộc đơn vị sử dụng khác.',
  },
  // Documents
  DIRECTIVE_NOT_FOUND: {
    en: 'No such document, or it is not visible to the caller.',
    vi: 'Không tìm thấy văn bản.',
  },
  ISSUER_NOT_FOUND: {
    en: 'No such issuing organisation. Same meaning as ORGANIZATION_NOT_FOUND, for the issuer.',
    vi: 'Không tìm thấy cơ quan ban hành.',
  },
  REPORTING_RECIPIENT_NOT_FOUND: {
    en: "No organisation has the reporting rule's recipient code. Same meaning as ORGANIZATION_NOT_FOUND, for the body reports go to.",
    vi: 'Không tìm thấy nơi nhận báo cáo theo chế độ báo cáo.',
  },
  INVALID_REPORTING_RULE: {
    en: 'The reporting rule names no period, is empty or too long, names an unknown cadence, or a due day that fits no period of its cadence.',
    vi: 'Chế độ báo cáo không nêu kỳ báo cáo, để trống hoặc quá dài, nêu kỳ không hợp lệ, hoặc hạn báo cáo không phù hợp kỳ.',
  },
  DIRECTIVE_EXISTS: {
    en: 'A document with the same symbol, issuer and year is recorded among those the caller may see. Same meaning as the *_TAKEN codes, for a document.',
    vi: 'Văn bản cùng số, ký hiệu, cơ quan ban hành và năm đã có.',
  },
  INVALID_DOCUMENT_SYMBOL: {
    en: 'Not a document symbol (số, ký hiệu) such as 93-KL/TW or 128/KH-UBND.',
    vi: 'Không phải số, ký hiệu văn bản hợp lệ (vd. 93-KL/TW, 128/KH-UBND).',
  },
  DIRECTIVE_KIND_MISMATCH: {
    en: 'The kind given disagrees with the symbol.',
    vi: 'Loại văn bản không khớp với ký hiệu.',
  },
  SYMBOL_YEAR_MISMATCH: {
    en: 'The year given disagrees with the symbol.',
    vi: 'Năm ban hành không khớp với ký hiệu.',
  },
  INVALID_DIRECTIVE_KIND: { en: 'Not a kind of document.', vi: 'Không phải loại văn bản hợp lệ.' },
  INVALID_SECRECY: { en: 'Not a secrecy level.', vi: 'Không phải độ mật hợp lệ.' },
  INVALID_URGENCY: { en: 'Not an urgency.', vi: 'Không phải độ khẩn hợp lệ.' },
  ISSUED_IN_FUTURE: { en: 'Issued after today.', vi: 'Ngày ban hành sau ngày hôm nay.' },
  INVALID_SECTIONS: {
    en: 'The outline of sections is malformed.',
    vi: 'Bố cục các phần, mục không hợp lệ.',
  },
  DUPLICATE_SECTION_NUMBER: {
    en: 'Two sections share a number.',
    vi: 'Hai phần, mục trùng số thứ tự.',
  },
  SELF_RELATION: {
    en: 'A document cannot relate to itself.',
    vi: 'Văn bản không thể liên kết với chính nó.',
  },
  DUPLICATE_RELATION: {
    en: 'The two documents are already linked this way.',
    vi: 'Hai văn bản đã có liên kết này.',
  },
  CYCLE_IN_RELATIONS: {
    en: 'The link would close a cycle among documents.',
    vi: 'Liên kết này tạo vòng lặp giữa các văn bản.',
  },
  INVALID_DIRECTIVE_RELATION_TYPE: {
    en: 'Not a type of relation between documents.',
    vi: 'Không phải loại liên kết văn bản hợp lệ.',
  },
  // Tasks and progress
  DUPLICATE_SUCCESSOR: {
    en: 'The same organisation is named twice among the successors.',
    vi: 'Một tổ chức được nêu hai lần trong danh sách tổ chức kế thừa.',
  },
  SUCCESSOR_GIVEN_TWICE: {
    en: 'Give the successor once: successorCode or successorCodes (and the ids likewise), not both.',
    vi: 'Chỉ nêu tổ chức kế thừa một lần: successorCode hoặc successorCodes, không dùng cả hai.',
  },
  AMBIGUOUS_DIRECTIVE: {
    en: 'The symbol and year name documents of several issuers: give the issuer (issuerCode or issuerId).',
    vi: 'Số, ký hiệu và năm trùng với văn bản của nhiều cơ quan ban hành: hãy nêu cơ quan ban hành.',
  },
  NO_DEADLINE_TO_EXTEND: {
    en: 'The deadline in force has no due day (ongoing, conditional, recurring or not understood): set one with updateTask instead of extending it.',
    vi: 'Thời hạn hiện hành không có ngày cụ thể (thường xuyên, có điều kiện, định kỳ hoặc chưa đọc được): hãy đặt thời hạn bằng updateTask thay vì gia hạn.',
  },
  DEADLINE_NOT_LATER: {
    en: 'An extension, or a request for one, must name a deadline later than the one in force.',
    vi: 'Gia hạn hoặc xin gia hạn phải nêu thời hạn muộn hơn thời hạn hiện hành.',
  },
  EXTENSION_ALREADY_REQUESTED: {
    en: 'A request for an extension of this task already awaits an answer (see Task.pendingExtensionRequest): wait for extendTaskDeadline or declineDeadlineExtension.',
    vi: 'Nhiệm vụ đã có đề nghị gia hạn đang chờ trả lời (xem Task.pendingExtensionRequest): chờ gia hạn hoặc không đồng ý gia hạn.',
  },
  NO_EXTENSION_REQUESTED: {
    en: 'No request for an extension of this task awaits an answer: there is nothing to decline.',
    vi: 'Nhiệm vụ không có đề nghị gia hạn nào đang chờ trả lời: không có gì để từ chối.',
  },
  LEAD_UNCHANGED: {
    en: 'The organisation named already leads the task.',
    vi: 'Tổ chức được nêu đã là đơn vị chủ trì nhiệm vụ.',
  },
  LEAD_OTHER_TENANT: {
    en: 'The new lead belongs to another province or body of data.',
    vi: 'Đơn vị chủ trì mới thuộc đơn vị dữ liệu khác.',
  },
  LEAD_NOT_ACTIVE: {
    en: 'The new lead was dissolved, or not yet founded, on the day of the reassignment.',
    vi: 'Đơn vị chủ trì mới đã giải thể hoặc chưa thành lập vào ngày giao lại.',
  },
  TASK_NOT_FOUND: {
    en: 'No such task, or it is not visible to the caller.',
    vi: 'Không tìm thấy nhiệm vụ.',
  },
  TASK_REFERENCE_TAKEN: {
    en: 'The document already has a task the caller may see with this reference (III.2.b).',
    vi: 'Văn bản đã có nhiệm vụ mang số hiệu mục này.',
  },
  LEAD_NOT_FOUND: {
    en: 'No such lead organisation. Same meaning as ORGANIZATION_NOT_FOUND, for the lead (chủ trì).',
    vi: 'Không tìm thấy tổ chức chủ trì.',
  },
  COORDINATOR_NOT_FOUND: {
    en: 'No such coordinating organisation. Same meaning as ORGANIZATION_NOT_FOUND, for a coordinator (phối hợp).',
    vi: 'Không tìm thấy tổ chức phối hợp.',
  },
  MONITOR_NOT_FOUND: {
    en: 'No such monitoring organisation. Same meaning as ORGANIZATION_NOT_FOUND, for the monitor (theo dõi).',
    vi: 'Không tìm thấy tổ chức theo dõi, đôn đốc.',
  },
  RECIPIENT_NOT_FOUND: {
    en: 'No such recipient of reports. Same meaning as ORGANIZATION_NOT_FOUND, for the recipient.',
    vi: 'Không tìm thấy nơi nhận báo cáo.',
  },
  LEAD_ALSO_COORDINATOR: {
    en: 'The lead is also listed as a coordinator.',
    vi: 'Tổ chức chủ trì đồng thời được ghi là tổ chức phối hợp.',
  },
  DUPLICATE_COORDINATOR: {
    en: 'A coordinator is listed twice.',
    vi: 'Một tổ chức phối hợp được ghi hai lần.',
  },
  DUPLICATE_TASK: { en: 'A task is listed twice.', vi: 'Một nhiệm vụ được ghi hai lần.' },
  CASCADE_TO_HIGHER_LEVEL: {
    en: "A task cascades down, never to a higher level than its parent's lead.",
    vi: 'Nhiệm vụ chỉ được giao xuống cấp dưới, không lên cấp cao hơn tổ chức chủ trì.',
  },
  INVALID_DEADLINE: {
    en: 'The deadline as written could not be read ("Quý III/2027", "chậm nhất ngày 14/5/2021", "Thường xuyên").',
    vi: 'Không đọc được thời hạn như đã viết.',
  },
  MISSING_YEAR: {
    en: 'The deadline names no year and none can be inferred.',
    vi: 'Thời hạn không ghi năm và không suy ra được năm.',
  },
  INVALID_CADENCE: { en: 'Not a reporting cadence.', vi: 'Không phải kỳ báo cáo hợp lệ.' },
  INVALID_TRANSITION: {
    en: "The lifecycle change is not possible from the task's status.",
    vi: 'Không thể chuyển trạng thái nhiệm vụ như vậy từ trạng thái hiện tại.',
  },
  TASK_ALREADY_COMPLETED: {
    en: 'The task is completed already.',
    vi: 'Nhiệm vụ đã hoàn thành.',
  },
  TASK_CANCELLED: { en: 'The task is cancelled.', vi: 'Nhiệm vụ đã bị hủy.' },
  EVENT_BEFORE_PREVIOUS: {
    en: 'The lifecycle change is dated before the last one. Same meaning as REPORT_BEFORE_PREVIOUS, for a lifecycle change.',
    vi: 'Ngày thay đổi trạng thái trước lần thay đổi gần nhất.',
  },
  REASON_REQUIRED: {
    en: 'Cancelling or reopening a task, extending its deadline, asking for an extension or declining one, reassigning its lead, or correcting a progress report, needs a reason.',
    vi: 'Cần nêu lý do (khi hủy, mở lại, gia hạn, xin gia hạn hoặc không đồng ý gia hạn nhiệm vụ, giao lại đơn vị chủ trì, hoặc đính chính báo cáo).',
  },
  EMPTY_PROGRESS_REPORT: {
    en: 'A progress report needs a percent or a narrative.',
    vi: 'Báo cáo tiến độ cần có tỷ lệ phần trăm hoặc nội dung.',
  },
  INVALID_PERCENT: {
    en: 'A percent outside 0–100.',
    vi: 'Tỷ lệ phần trăm nằm ngoài khoảng 0–100.',
  },
  INVALID_EVIDENCE: {
    en: 'Evidence that is neither a link nor a reference to a document.',
    vi: 'Minh chứng không phải đường dẫn hay số hiệu văn bản.',
  },
  INVALID_REPORT_PERIOD: {
    en: 'A reporting period not written 2026, 2026-H1, 2026-Q3 or 2026-04; for a drafted report, `from` after `to`.',
    vi: 'Kỳ báo cáo không hợp lệ (viết 2026, 2026-H1, 2026-Q3 hoặc 2026-04), hoặc từ ngày sau đến ngày.',
  },
  INVALID_REPORT_AS_OF: {
    en: 'The day a drafted report counts its figures on (`asOf`) is not a real date.',
    vi: 'Ngày tính số liệu của báo cáo không hợp lệ.',
  },
  INVALID_REPORT_SECRECY: {
    en: 'Not a secrecy level a drafted report can carry.',
    vi: 'Độ mật của báo cáo không hợp lệ.',
  },
  REPORT_BEFORE_PREVIOUS: {
    en: "A progress report dated before the organisation's last one in force.",
    vi: 'Báo cáo có ngày trước báo cáo còn hiệu lực gần nhất của tổ chức.',
  },
  DUPLICATE_REPORT: {
    en: 'The same progress report is recorded already.',
    vi: 'Báo cáo tiến độ này đã được ghi nhận.',
  },
  REPORT_IN_FUTURE: {
    en: 'A progress report dated more than one day after today (the message gives the date as d/m/yyyy).',
    vi: 'Báo cáo có ngày sau hôm nay quá một ngày.',
  },
  IDEMPOTENCY_KEY_TOO_LONG: {
    en: 'An idempotencyKey over 200 characters. Same meaning as TOO_LONG, for the key.',
    vi: 'Khóa chống gửi lặp (idempotencyKey) dài quá 200 ký tự.',
  },
  PROGRESS_REPORT_NOT_FOUND: {
    en: 'No such progress report, or it is on a task not visible to the caller.',
    vi: 'Không tìm thấy báo cáo tiến độ.',
  },
  REPORT_ALREADY_CORRECTED: {
    en: 'The report has been corrected already: correct its correction.',
    vi: 'Báo cáo đã được đính chính: hãy đính chính bản đính chính.',
  },
  // Assessments
  ASSESSMENT_KEY_TAKEN: {
    en: 'An assessment the caller may see has this key.',
    vi: 'Khóa đánh giá đã được dùng.',
  },
  UNKNOWN_RATING_RULES: {
    en: 'No rating rule set has this id.',
    vi: 'Không có bộ tiêu chí xếp loại này.',
  },
  RATING_RULES_REQUIRED: {
    en: 'A rating rule set is needed to rate by score.',
    vi: 'Cần bộ tiêu chí xếp loại để xếp loại theo điểm.',
  },
  INVALID_SCORE: { en: 'A score outside 0–100.', vi: 'Điểm nằm ngoài khoảng 0–100.' },
  INVALID_PERIOD: {
    en: 'A period of the assessment or of an indicator is malformed (from after to).',
    vi: 'Kỳ đánh giá hoặc kỳ của chỉ tiêu không hợp lệ.',
  },
  OVERLAPPING_PERIODS: {
    en: 'Two periods of an indicator overlap.',
    vi: 'Các kỳ của một chỉ tiêu chồng lấn nhau.',
  },
  SOCIAL_CRITIQUE_REQUIRED: {
    en: 'A social critique (phản biện xã hội) needs its details.',
    vi: 'Phản biện xã hội cần có thông tin phản biện.',
  },
  UNEXPECTED_SOCIAL_CRITIQUE: {
    en: 'Details of a social critique given to an assessment of another kind.',
    vi: 'Thông tin phản biện xã hội được gửi cho loại đánh giá khác.',
  },
  // Bundles
  INVALID_BUNDLE: {
    en: 'The bundle has problems; nothing was imported. The message lists each with its file, line and path; `bundleProblems` gives each as a record (line, column, path, code).',
    vi: 'Gói dữ liệu có lỗi; không có gì được nhập. Thông báo liệt kê từng lỗi; `bundleProblems` cho từng lỗi với dòng, cột, đường dẫn và mã.',
  },
  NATURAL_KEY_TAKEN: {
    en: 'The import would bring two stored records of one key to the same secrecy level; nothing was imported.',
    vi: 'Việc nhập sẽ đưa hai bản ghi cùng khóa về cùng độ mật; không có gì được nhập.',
  },
  KEY_STORED_TWICE: {
    en: 'One key is stored at two secrecy levels, so the export cannot hold both. Same meaning as NATURAL_KEY_TAKEN, on export.',
    vi: 'Một khóa được lưu ở hai độ mật nên không xuất được cả hai.',
  },
  // Drafting a bundle from a file
  INVALID_BASE64: {
    en: "The file's content is not standard base64 text; nothing was read.",
    vi: 'Nội dung tệp không phải văn bản base64 chuẩn; không có gì được đọc.',
  },
  FILE_NOT_READABLE: {
    en: 'The file could not be read (not a regular file, or the system refused it); the message says why.',
    vi: 'Không đọc được tệp (không phải tệp thông thường, hoặc hệ thống từ chối); thông báo nêu lý do.',
  },
  FILE_TOO_LARGE: {
    en: 'The file is larger than the 64 MiB a programme or plan may be; it was not read.',
    vi: 'Tệp lớn hơn giới hạn 64 MiB của một chương trình, kế hoạch; tệp không được đọc.',
  },
  UNSUPPORTED_FORMAT: {
    en: 'Files of this type cannot be read: give a Word (.docx), PDF, text (.txt) or Excel (.xlsx) file.',
    vi: 'Không đọc được loại tệp này: hãy dùng tệp Word (.docx), PDF, văn bản (.txt) hoặc Excel (.xlsx).',
  },
  LEGACY_WORD_FORMAT: {
    en: 'A Word 97–2003 document (.doc) cannot be read: save it as .docx.',
    vi: 'Không đọc được văn bản Word 97–2003 (.doc): hãy lưu lại dưới dạng .docx.',
  },
  LEGACY_EXCEL_FORMAT: {
    en: 'An Excel 97–2003 workbook (.xls) cannot be read: save it as .xlsx.',
    vi: 'Không đọc được bảng tính Excel 97–2003 (.xls): hãy lưu lại dưới dạng .xlsx.',
  },
  CORRUPT_WORKBOOK: {
    en: 'The workbook is damaged or not an Excel workbook (.xlsx).',
    vi: 'Bảng tính bị hỏng hoặc không phải bảng tính Excel (.xlsx).',
  },
  CORRUPT_DOCX: {
    en: 'The Word document is damaged or not a .docx package; the message names the part at fault.',
    vi: 'Văn bản Word bị hỏng hoặc không phải gói .docx; thông báo nêu phần bị lỗi.',
  },
  CORRUPT_PDF: {
    en: 'The PDF is damaged and cannot be read.',
    vi: 'Tệp PDF bị hỏng, không đọc được.',
  },
  PDF_ENCRYPTED: {
    en: 'The PDF is protected by a password; give one that is not.',
    vi: 'Tệp PDF được đặt mật khẩu; hãy dùng tệp không đặt mật khẩu.',
  },
  PDF_NO_TEXT_LAYER: {
    en: 'The PDF is a scan without a text layer: give the Word file, or a PDF with text (after OCR).',
    vi: 'Tệp PDF là bản quét không có lớp chữ: hãy dùng tệp Word, hoặc PDF có lớp chữ (sau khi nhận dạng).',
  },
  TEXT_NOT_UTF8: {
    en: 'The text is not UTF-8 (an old Vietnamese encoding such as TCVN3 or VNI?): save it as UTF-8.',
    vi: 'Văn bản không ở mã UTF-8 (bảng mã cũ như TCVN3, VNI?): hãy lưu lại với mã UTF-8.',
  },
}
