import { CLERK_EN, CLERK_VI } from './messages-clerk.js'
import { DASHBOARD_EN, DASHBOARD_VI } from './messages-dashboard.js'
import { OIDC_EN, OIDC_VI } from './messages-oidc.js'
import { TASK_EN, TASK_VI } from './messages-task.js'

/** The languages of the app: Vietnamese first, English for the others who use it. */
export const LANGUAGES = ['vi', 'en'] as const

/** A language of the app. */
export type Language = (typeof LANGUAGES)[number]

const vi = {
  appName: 'Theo dõi thực hiện văn bản chỉ đạo',
  skipToContent: 'Chuyển đến nội dung chính',
  navUrgeList: 'Danh sách đôn đốc',
  language: 'Ngôn ngữ',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  signInTitle: 'Đăng nhập vào chidao',
  signInExplain:
    'Dán mã xác thực (JWT) do quản trị viên cấp. Khi chạy thử trên máy, mã được tạo bằng lệnh:',
  tokenLabel: 'Mã xác thực',
  tokenRequired: 'Chưa nhập mã xác thực.',
  tokenMalformed: 'Mã xác thực không đúng dạng JWT (ba phần ngăn bởi dấu chấm).',
  tokenExpired: 'Mã xác thực đã hết hạn.',
  signedInAs: 'Đăng nhập với tư cách',
  urgeListTitle: 'Danh sách đôn đốc',
  urgeListIntro:
    'Nhiệm vụ quá hạn và sắp đến hạn, theo đơn vị chủ trì, văn bản và khoảng thời gian.',
  show: 'Hiển thị',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn (14 ngày tới)',
  organizationCode: 'Mã đơn vị (kể cả đơn vị trực thuộc)',
  directiveSymbol: 'Số, ký hiệu văn bản (kể cả văn bản triển khai)',
  dueFrom: 'Hạn từ ngày',
  dueTo: 'đến ngày',
  apply: 'Lọc',
  total: 'Tổng số',
  tasksCaption: 'Nhiệm vụ cần đôn đốc',
  colReference: 'Mục',
  colTitle: 'Nhiệm vụ',
  colLead: 'Đơn vị chủ trì',
  colDirective: 'Văn bản',
  colDue: 'Thời hạn',
  colStatus: 'Tình trạng',
  colProgress: 'Tiến độ',
  none: 'Không có nhiệm vụ nào.',
  loading: 'Đang tải…',
  more: 'Xem thêm',
  noDate: 'không có hạn cụ thể',
  errorTitle: 'Không thực hiện được',
  errorNetwork: 'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  errorField: 'Trường',
  retry: 'Thử lại',
  notFound: 'Không có trang này.',
  ...OIDC_VI,
  ...TASK_VI,
  ...DASHBOARD_VI,
  ...CLERK_VI,
} as const

/** The words of the app, keyed by what they are for. */
export type MessageKey = keyof typeof vi

const en: Record<MessageKey, string> = {
  appName: 'Following directives',
  skipToContent: 'Skip to main content',
  navUrgeList: 'Urge list',
  language: 'Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signInTitle: 'Sign in to chidao',
  signInExplain:
    'Paste the token (JWT) your administrator gave you. On a development machine, make one with:',
  tokenLabel: 'Token',
  tokenRequired: 'No token was entered.',
  tokenMalformed: 'The token is not a JWT (three parts separated by dots).',
  tokenExpired: 'The token has expired.',
  signedInAs: 'Signed in as',
  urgeListTitle: 'Urge list',
  urgeListIntro: 'Tasks overdue and falling due, by lead organisation, document and period.',
  show: 'Show',
  overdue: 'Overdue',
  dueSoon: 'Due soon (next 14 days)',
  organizationCode: 'Organisation code (with the bodies below it)',
  directiveSymbol: 'Document symbol (with the documents implementing it)',
  dueFrom: 'Due from',
  dueTo: 'to',
  apply: 'Filter',
  total: 'Total',
  tasksCaption: 'Tasks to urge',
  colReference: 'Item',
  colTitle: 'Task',
  colLead: 'Lead organisation',
  colDirective: 'Document',
  colDue: 'Deadline',
  colStatus: 'Standing',
  colProgress: 'Progress',
  none: 'No tasks.',
  loading: 'Loading…',
  more: 'Show more',
  noDate: 'no fixed date',
  errorTitle: 'That did not work',
  errorNetwork: 'The server could not be reached. Check the network and try again.',
  errorField: 'Field',
  retry: 'Try again',
  notFound: 'There is no such page.',
  ...OIDC_EN,
  ...TASK_EN,
  ...DASHBOARD_EN,
  ...CLERK_EN,
}

/** Every message in every language. */
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en }
