/**
 * A deterministic synthetic dataset for the national benchmark: bundles (the `BundleInput`
 * that `parseBundle` reads) shaped like a province's follow-up of Party and State documents.
 *
 * One province tenant: ≈ 150 organisations in a tree (central bodies, the provincial Party
 * committee with its standing committee and advisory boards, the People's Council and
 * Committee with their departments, the Fatherland Front with the mass organisations, the
 * union of science associations with its member associations, and the communes' Party
 * committees and People's Committees), 400 documents in implementation chains (central
 * resolution → provincial programme → provincial plan → department plan, and commune plans
 * under the programmes), 6,000 tasks with subtasks, 24,000 progress reports and 300
 * assessments. `small` is a tenth of that; `national` is 34 provinces.
 *
 * Everything comes from a seeded generator: the same seed and size give the same bundles on
 * every machine. Names are Vietnamese, symbols follow the Party and State forms (`57-NQ/TW`,
 * `06-CTr/TU`, `128/KH-UBND`, `15-KH/ĐU`), deadlines are written as documents write them
 * (`Quý II/2024`, `chậm nhất ngày 30/6/2025`, `Thường xuyên`). All data is illustrative.
 *
 * Run alone to print sizes: `node --conditions=@chidao/source --import tsx bench/national/generate.ts small 42`
 */
import type { BundleInput } from '@chidao/domain'
import { type SeededRandom, seededRandom } from '../lib/random.js'
import {
  dutyCadence,
  type GeneratedRule,
  owedPeriods,
  type PeriodicReport,
  periodicReports,
  reportingRuleOf,
} from './generate-reporting.js'

export type DatasetSize = 'small' | 'province' | 'national'

export const DATASET_SIZES: readonly DatasetSize[] = ['small', 'province', 'national']

/** The day the questions are asked on: timeliness is judged as of this date. */
export const AS_OF = '2025-12-01'

/** The 34 provinces and cities after the 2025 merger: one tenant each at `national`. */
export const PROVINCES: readonly string[] = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
]

/** Counts of one province at `province` size (a tenth at `small`). */
const PROVINCE = {
  communes: 50,
  directives: 400,
  tasks: 6_000,
  reportsPerTask: 4,
  assessments: 300,
}

/** ASCII, upper-case code fragment of a Vietnamese name: "Tân Thịnh" → "TAN-THINH". */
export function codeOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

const slug = (name: string) => codeOf(name).toLowerCase()

const pad2 = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

const minDate = (a: string, b: string) => (a < b ? a : b)

const COMMUNE_FIRST = [
  'Tân',
  'Bình',
  'Phú',
  'An',
  'Hòa',
  'Long',
  'Thạnh',
  'Vĩnh',
  'Mỹ',
  'Xuân',
  'Hưng',
  'Quang',
  'Đông',
  'Nam',
  'Trung',
  'Thuận',
]
const COMMUNE_SECOND = [
  'An',
  'Phú',
  'Lợi',
  'Hòa',
  'Thịnh',
  'Hưng',
  'Lộc',
  'Phước',
  'Thành',
  'Đức',
  'Tiến',
  'Sơn',
  'Hải',
  'Điền',
  'Khánh',
  'Yên',
]

const DEPARTMENTS: readonly [string, string][] = [
  ['SNV', 'Sở Nội vụ'],
  ['STC', 'Sở Tài chính'],
  ['SKHCN', 'Sở Khoa học và Công nghệ'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo'],
  ['SYT', 'Sở Y tế'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường'],
  ['SCT', 'Sở Công Thương'],
  ['SXD', 'Sở Xây dựng'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['STP', 'Sở Tư pháp'],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo'],
  ['SNGV', 'Sở Ngoại vụ'],
  ['TTR', 'Thanh tra tỉnh'],
  ['VP-UBND', 'Văn phòng Ủy ban nhân dân tỉnh'],
  ['BQL-KKT', 'Ban Quản lý các khu kinh tế tỉnh'],
  ['DPTTH', 'Đài Phát thanh và Truyền hình tỉnh'],
]

const BOARDS: readonly [string, string][] = [
  ['VP-TU', 'Văn phòng Tỉnh ủy'],
  ['BTC-TU', 'Ban Tổ chức Tỉnh ủy'],
  ['BTGDV-TU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['UBKT-TU', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['BNC-TU', 'Ban Nội chính Tỉnh ủy'],
  ['BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
]

const MASS: readonly [string, string][] = [
  ['HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh'],
  ['TDTN', 'Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ['HND', 'Hội Nông dân tỉnh'],
  ['HCCB', 'Hội Cựu chiến binh tỉnh'],
  ['LDLD', 'Liên đoàn Lao động tỉnh'],
]

const ASSOCIATIONS: readonly [string, string][] = [
  ['HOI-YHOC', 'Hội Y học tỉnh'],
  ['HOI-DONGY', 'Hội Đông y tỉnh'],
  ['HOI-KSXD', 'Hội Kỹ sư xây dựng tỉnh'],
  ['HOI-TINHOC', 'Hội Tin học tỉnh'],
  ['HOI-KHKT', 'Hội Khoa học kỹ thuật nông nghiệp tỉnh'],
  ['HOI-LUATGIA', 'Hội Luật gia tỉnh'],
  ['HOI-KIENTRUC', 'Hội Kiến trúc sư tỉnh'],
  ['HOI-SUHOC', 'Hội Khoa học lịch sử tỉnh'],
  ['HOI-VANNGHE', 'Hội Văn học nghệ thuật tỉnh'],
  ['HOI-NHABAO', 'Hội Nhà báo tỉnh'],
]

/** Central documents every province follows: symbol, kind, issuer, date, title. */
const CENTRAL: readonly [string, string, string, string, string][] = [
  [
    '57-NQ/TW',
    'RESOLUTION',
    'BCT',
    '2024-12-22',
    'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  ],
  [
    '93-KL/TW',
    'CONCLUSION',
    'BBT',
    '2020-11-20',
    'Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW về nâng cao chất lượng hoạt động của Liên hiệp các hội khoa học và kỹ thuật Việt Nam',
  ],
  [
    '18-NQ/TW',
    'RESOLUTION',
    'BCH-TW',
    '2017-10-25',
    'Nghị quyết một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
  ],
  [
    '05-CT/TW',
    'DIRECTIVE',
    'BCT',
    '2016-05-15',
    'Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  ],
  [
    '35-CT/TW',
    'DIRECTIVE',
    'BCT',
    '2024-06-14',
    'Chỉ thị về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  ],
  [
    '21-KL/TW',
    'CONCLUSION',
    'BCH-TW',
    '2021-10-25',
    'Kết luận về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
  ],
  [
    '19-NQ/TW',
    'RESOLUTION',
    'BCH-TW',
    '2022-06-16',
    'Nghị quyết về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
  ],
  [
    '29-NQ/TW',
    'RESOLUTION',
    'BCH-TW',
    '2022-11-17',
    'Nghị quyết về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030',
  ],
]

const TOPICS = [
  'chuyển đổi số trong cơ quan đảng, chính quyền',
  'phát triển khoa học, công nghệ và đổi mới sáng tạo',
  'xây dựng nông thôn mới nâng cao',
  'sắp xếp tổ chức bộ máy tinh gọn',
  'cải cách hành chính và nâng cao chỉ số PAR INDEX',
  'phát triển nguồn nhân lực chất lượng cao',
  'bảo vệ môi trường và ứng phó biến đổi khí hậu',
  'phát triển du lịch gắn với bảo tồn di sản',
  'xây dựng đội ngũ trí thức khoa học và công nghệ',
  'phòng, chống tham nhũng, tiêu cực',
  'nâng cao chất lượng giáo dục phổ thông',
  'chăm sóc sức khỏe ban đầu cho nhân dân',
  'phát triển kinh tế tập thể, hợp tác xã',
  'thu hút đầu tư vào khu công nghiệp',
]

const ACTIONS = [
  'Tổ chức quán triệt, tuyên truyền',
  'Xây dựng và ban hành kế hoạch thực hiện',
  'Rà soát, sửa đổi quy định về',
  'Kiểm tra, giám sát việc thực hiện',
  'Bố trí kinh phí cho',
  'Đào tạo, bồi dưỡng cán bộ về',
  'Sơ kết, đánh giá kết quả',
  'Xây dựng cơ sở dữ liệu về',
  'Phối hợp tổ chức hội thảo khoa học về',
  'Đôn đốc các địa phương triển khai',
  'Đề xuất cơ chế, chính sách về',
  'Báo cáo định kỳ kết quả',
]

const NARRATIVES = [
  'Đã tổ chức hội nghị quán triệt cho cán bộ chủ chốt; tài liệu đã phát hành.',
  'Đang hoàn thiện dự thảo, lấy ý kiến các sở, ngành liên quan.',
  'Đã trình Ủy ban nhân dân tỉnh xem xét; chờ ý kiến chỉ đạo.',
  'Hoàn thành khảo sát tại các xã, phường; đang tổng hợp số liệu.',
  'Chậm so với kế hoạch do chưa bố trí được kinh phí.',
  'Đã ban hành văn bản hướng dẫn; các địa phương đang triển khai.',
  '',
]

interface Org {
  code: string
  name: string
  shortName?: string
  kind: string
  level: string
  parent?: string
  partyTerm?: number
}

interface Doc {
  symbol: string
  kind: string
  issuer: string
  issuerTerm?: number
  issuedOn: string
  title: string
  secrecy: string
  urgency: string
  parent: Doc | null
  /** Who leads the tasks of this document. */
  leads: readonly string[]
  /** Who the subtasks go down to. */
  lower: readonly string[]
  /** Its reporting rule (chế độ báo cáo), when it sets one. */
  reportingRule?: GeneratedRule
}

/** The bundles of one dataset: one per tenant. */
export function generateDataset(size: DatasetSize, seed: number): BundleInput[] {
  const tenants = size === 'national' ? PROVINCES.length : 1
  const scale = size === 'small' ? 0.1 : 1
  return Array.from({ length: tenants }, (_, i) =>
    generateProvince(PROVINCES[i]!, scale, seed * 1_000 + i),
  )
}

/** One province's bundle. `scale` 1 is a whole province; 0.1 a tenth of one. */
export function generateProvince(province: string, scale: number, seed: number): BundleInput {
  const r = seededRandom(seed)
  // The reporting rules, duties' cadences and periodic reports (question 6) draw from a
  // generator of their own: the rest is the same draw as before they existed.
  const rc = seededRandom(seed * 7_919 + 17)
  const orgs = organizations(province, scale)
  const byCode = new Map(orgs.map((o) => [o.code, o]))
  const communes = orgs.filter((o) => o.code.startsWith('DU-XA-'))
  const departments = DEPARTMENTS.map(([code]) => code)
  const boards = BOARDS.map(([code]) => code)
  const massBodies = ['MTTQ-TINH', ...MASS.map(([code]) => code), 'LHH']

  const docs = directives(
    r,
    scale,
    { communes: communes.map((c) => c.code), departments, boards, massBodies },
    rc,
  )
  const tasks = taskList(r, docs, Math.round(PROVINCE.tasks * scale), byCode, rc)
  addRuleReports(rc, docs, tasks)
  const assessments = assessmentList(r, docs, Math.round(PROVINCE.assessments * scale), tasks)
  return {
    format: 'chidao-bundle',
    version: 1,
    tenant: { id: `bench-${slug(province)}`, name: `Tỉnh ${province} (dữ liệu tổng hợp)` },
    title: `Theo dõi thực hiện văn bản — ${province} (dữ liệu tổng hợp cho đo hiệu năng)`,
    description: 'Dữ liệu sinh ngẫu nhiên có hạt giống, chỉ dùng cho đo hiệu năng.',
    source: `synthetic: bench/national/generate.ts seed ${seed}`,
    organizations: orgs,
    memberships: ASSOCIATIONS.map(([code], i) => ({
      member: code,
      union: 'LHH',
      from: iso(2010 + (i % 8), 1 + (i % 12), 15),
      to: null,
    })),
    directives: docs.map((d) => ({
      symbol: d.symbol,
      kind: d.kind,
      issuer: d.issuer,
      ...(d.issuerTerm ? { issuerTerm: d.issuerTerm } : {}),
      issuedOn: d.issuedOn,
      title: d.title,
      secrecy: d.secrecy,
      urgency: d.urgency,
      ...(d.reportingRule
        ? { reportingRule: { text: d.reportingRule.text, cadences: [...d.reportingRule.cadences] } }
        : {}),
    })),
    relations: docs
      .filter((d) => d.parent !== null)
      .map((d) => ({
        from: d.symbol,
        to: d.parent!.symbol,
        type: 'IMPLEMENTS',
        effectiveOn: d.issuedOn,
      })),
    tasks: tasks.map(({ due: _due, directiveIssuedOn: _i, ...t }) => t),
    assessments: assessments as unknown as BundleInput['assessments'],
  }
}

function organizations(province: string, scale: number): Org[] {
  // The provincial bodies of one kind under `parent`, each named with the province.
  const provincial = (bodies: readonly [string, string][], kind: string, parent: string): Org[] =>
    bodies.map(([code, name]) => ({
      code,
      name: `${name} ${province}`,
      kind,
      level: 'PROVINCE',
      parent,
    }))
  const orgs: Org[] = [
    {
      code: 'BCH-TW',
      name: 'Ban Chấp hành Trung ương Đảng',
      kind: 'PARTY_COMMITTEE',
      level: 'CENTRAL',
      partyTerm: 13,
    },
    {
      code: 'BCT',
      name: 'Bộ Chính trị',
      kind: 'STANDING_COMMITTEE',
      level: 'CENTRAL',
      parent: 'BCH-TW',
      partyTerm: 13,
    },
    {
      code: 'BBT',
      name: 'Ban Bí thư Trung ương Đảng',
      kind: 'STANDING_COMMITTEE',
      level: 'CENTRAL',
      parent: 'BCH-TW',
      partyTerm: 13,
    },
    {
      code: 'LHH-VN',
      name: 'Liên hiệp các hội khoa học và kỹ thuật Việt Nam',
      kind: 'ASSOCIATION_UNION',
      level: 'CENTRAL',
    },
    {
      code: 'TU',
      name: `Tỉnh ủy ${province}`,
      kind: 'PARTY_COMMITTEE',
      level: 'PROVINCE',
      partyTerm: 20,
    },
    {
      code: 'BTV-TU',
      name: `Ban Thường vụ Tỉnh ủy ${province}`,
      kind: 'STANDING_COMMITTEE',
      level: 'PROVINCE',
      parent: 'TU',
      partyTerm: 20,
    },
    ...provincial(BOARDS, 'PARTY_ADVISORY_BOARD', 'TU'),
    {
      code: 'HDND-TINH',
      name: `Hội đồng nhân dân tỉnh ${province}`,
      kind: 'PEOPLES_COUNCIL',
      level: 'PROVINCE',
    },
    {
      code: 'UBND-TINH',
      name: `Ủy ban nhân dân tỉnh ${province}`,
      shortName: 'UBND tỉnh',
      kind: 'PEOPLES_COMMITTEE',
      level: 'PROVINCE',
    },
    ...provincial(DEPARTMENTS, 'DEPARTMENT', 'UBND-TINH'),
    {
      code: 'DBQH',
      name: `Đoàn đại biểu Quốc hội tỉnh ${province}`,
      kind: 'OTHER',
      level: 'PROVINCE',
    },
    {
      code: 'CA-TINH',
      name: `Công an tỉnh ${province}`,
      kind: 'OTHER',
      level: 'PROVINCE',
    },
    {
      code: 'BCD-CDS',
      name: `Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh ${province}`,
      kind: 'OTHER',
      level: 'PROVINCE',
      parent: 'TU',
    },
    {
      code: 'MTTQ-TINH',
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${province}`,
      kind: 'FRONT_OR_MASS_ORGANIZATION',
      level: 'PROVINCE',
    },
    ...provincial(MASS, 'FRONT_OR_MASS_ORGANIZATION', 'MTTQ-TINH'),
    {
      code: 'LHH',
      name: `Liên hiệp các hội khoa học và kỹ thuật tỉnh ${province}`,
      kind: 'ASSOCIATION_UNION',
      level: 'PROVINCE',
      parent: 'MTTQ-TINH',
    },
    ...provincial(ASSOCIATIONS, 'MEMBER_ASSOCIATION', 'LHH'),
  ]
  // Communes and wards: a Party committee under the provincial committee, and a People's
  // Committee under the provincial one (the two-level local government since 2025-07-01).
  const communes = Math.max(4, Math.round(PROVINCE.communes * scale))
  for (let i = 0; i < communes; i++) {
    const base = `${COMMUNE_FIRST[i % COMMUNE_FIRST.length]} ${COMMUNE_SECOND[(i * 7 + Math.floor(i / COMMUNE_FIRST.length)) % COMMUNE_SECOND.length]}`
    const ward = i % 5 === 0
    const unit = ward ? 'phường' : 'xã'
    const name = `${ward ? 'Phường' : 'Xã'} ${base}`
    const code = codeOf(`${base}`) + (i >= 64 ? `-${i}` : '')
    orgs.push({
      code: `DU-XA-${code}`,
      name: `Đảng ủy ${unit} ${base}`,
      kind: 'PARTY_COMMITTEE',
      level: 'COMMUNE',
      parent: 'TU',
      partyTerm: 1,
    })
    orgs.push({
      code: `UBND-XA-${code}`,
      name: `Ủy ban nhân dân ${name.toLowerCase().startsWith('phường') ? 'phường' : 'xã'} ${base}`,
      kind: 'PEOPLES_COMMITTEE',
      level: 'COMMUNE',
      parent: 'UBND-TINH',
    })
  }
  return orgs
}

function randomDate(r: SeededRandom, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`)
  const b = Date.parse(`${to}T00:00:00Z`)
  const t = a + Math.floor(r.next() * (Math.max(0, b - a) / 86_400_000 + 1)) * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

function directives(
  r: SeededRandom,
  scale: number,
  bodies: {
    communes: readonly string[]
    departments: readonly string[]
    boards: readonly string[]
    massBodies: readonly string[]
  },
  rc: SeededRandom,
): Doc[] {
  const docs: Doc[] = []
  const total = Math.round(PROVINCE.directives * scale)
  const central = scale < 1 ? CENTRAL.slice(0, 3) : CENTRAL
  const secrecy = () => (r.chance(0.05) ? 'MAT' : 'PUBLIC')
  const urgency = () => (r.chance(0.1) ? 'KHAN' : 'NORMAL')
  const provincialLeads = [...bodies.boards, ...bodies.departments, ...bodies.massBodies]
  const communeUnits = bodies.communes.map((c) => c.replace('DU-XA-', 'UBND-XA-'))
  for (const [symbol, kind, issuer, issuedOn, title] of central) {
    docs.push({
      symbol,
      kind,
      issuer,
      issuerTerm: issuedOn < '2021-01-31' ? 12 : 13,
      issuedOn,
      title,
      secrecy: 'PUBLIC',
      urgency: 'NORMAL',
      parent: null,
      leads: ['BTV-TU'],
      lower: ['BTV-TU'],
    })
  }
  const remaining = total - docs.length
  const programmes = Math.max(2, Math.round(remaining * 0.1))
  const plans = Math.max(2, Math.round(remaining * 0.2))
  const departmentPlans = Math.max(2, Math.round(remaining * 0.3))
  const communePlans = remaining - programmes - plans - departmentPlans
  // Numbers run on per issuer across years (commune committees share one run), so that every
  // symbol is unique in the tenant and a bare symbol is a usable ref.
  const numbers = new Map<string, number>()
  const next = (key: string) => {
    const n = (numbers.get(key) ?? 0) + 1
    numbers.set(key, n)
    return n
  }
  const afterParent = (parent: Doc, maxDays: number) => {
    const from = parent.issuedOn < '2021-01-01' ? '2021-01-04' : addDays(parent.issuedOn, 7)
    return randomDate(r, from, minDate(addDays(from, maxDays), '2025-06-30'))
  }
  const topic = () => r.pick(TOPICS)
  const byLevel: Doc[][] = [[], [], [], []]
  for (let i = 0; i < programmes; i++) {
    const parent = docs[i % central.length]!
    const issuedOn = afterParent(parent, 240)
    const isResolution = i % 4 === 3
    const doc: Doc = {
      symbol: `${pad2(next('TU') + (isResolution ? 40 : 0))}-${isResolution ? 'NQ' : 'CTr'}/TU`,
      kind: isResolution ? 'RESOLUTION' : 'PROGRAM',
      issuer: 'BTV-TU',
      issuerTerm: issuedOn < '2025-10-01' ? 20 : 21,
      issuedOn,
      title: `${isResolution ? 'Nghị quyết' : 'Chương trình hành động'} của Ban Thường vụ Tỉnh ủy thực hiện ${parent.kind === 'CONCLUSION' ? 'Kết luận' : parent.kind === 'DIRECTIVE' ? 'Chỉ thị' : 'Nghị quyết'} số ${parent.symbol} về ${topic()}`,
      secrecy: secrecy(),
      urgency: urgency(),
      parent,
      leads: provincialLeads,
      lower: [...bodies.departments, ...bodies.communes],
      reportingRule: reportingRuleOf(rc, 'programme'),
    }
    docs.push(doc)
    byLevel[1]!.push(doc)
  }
  for (let i = 0; i < plans; i++) {
    const parent = byLevel[1]![i % byLevel[1]!.length]!
    const issuedOn = afterParent(parent, 120)
    const doc: Doc = {
      symbol: `${next('UBND') * 3 + 100}/KH-UBND`,
      kind: 'PLAN',
      issuer: 'UBND-TINH',
      issuedOn,
      title: `Kế hoạch của Ủy ban nhân dân tỉnh triển khai ${parent.kind === 'PROGRAM' ? 'Chương trình' : 'Nghị quyết'} số ${parent.symbol} về ${topic()}`,
      secrecy: parent.secrecy,
      urgency: urgency(),
      parent,
      leads: bodies.departments,
      lower: communeUnits,
      reportingRule: reportingRuleOf(rc, 'plan'),
    }
    docs.push(doc)
    byLevel[2]!.push(doc)
  }
  for (let i = 0; i < departmentPlans; i++) {
    const parent = byLevel[2]![i % byLevel[2]!.length]!
    const issuedOn = afterParent(parent, 90)
    const department = bodies.departments[i % bodies.departments.length]!
    const issuerCode = department.replace('-', '')
    const doc: Doc = {
      symbol: `${next(department) * 2 + 10}/KH-${issuerCode}`,
      kind: 'PLAN',
      issuer: department,
      issuedOn,
      title: `Kế hoạch thực hiện Kế hoạch số ${parent.symbol} của Ủy ban nhân dân tỉnh về ${topic()}`,
      secrecy: parent.secrecy,
      urgency: 'NORMAL',
      parent,
      leads: [department],
      lower: communeUnits,
      reportingRule: reportingRuleOf(rc, 'department'),
    }
    docs.push(doc)
    byLevel[3]!.push(doc)
  }
  for (let i = 0; i < communePlans; i++) {
    const parent = byLevel[1]![(i * 7) % byLevel[1]!.length]!
    const issuedOn = afterParent(parent, 150)
    const commune = bodies.communes[i % bodies.communes.length]!
    const unit = commune.replace('DU-XA-', 'UBND-XA-')
    docs.push({
      symbol: `${next('ĐU') + 10}-KH/ĐU`,
      kind: 'PLAN',
      issuer: commune,
      issuerTerm: 1,
      issuedOn,
      title: `Kế hoạch của Đảng ủy thực hiện ${parent.kind === 'PROGRAM' ? 'Chương trình' : 'Nghị quyết'} số ${parent.symbol} của Ban Thường vụ Tỉnh ủy`,
      secrecy: parent.secrecy,
      urgency: 'NORMAL',
      parent,
      leads: [commune, unit],
      lower: [unit],
      reportingRule: reportingRuleOf(rc, 'commune'),
    })
  }
  return docs
}

interface GeneratedTask {
  directive: string
  reference: string
  title: string
  description: string
  lead: string
  coordinators: string[]
  monitor?: string
  deadline?: string
  reportingDuty?: { cadence: string; recipient: string }
  parent?: string
  status: string
  completedOn?: string
  progressReports: {
    reportedOn: string
    organization: string
    percent?: number
    narrative: string
    period?: string
  }[]
  due: string | null
  directiveIssuedOn: string
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
const QUARTERS = ['I', 'II', 'III', 'IV']

/** A deadline as written, and its due day (null for ongoing and yearly duties). */
function deadline(r: SeededRandom, issuedOn: string): { text: string; due: string | null } {
  const year = Number(issuedOn.slice(0, 4)) + r.int(0, 2)
  const roll = r.next()
  if (roll < 0.06) return { text: 'Thường xuyên', due: null }
  if (roll < 0.1) return { text: 'Hằng năm', due: null }
  let text: string
  let due: string
  if (roll < 0.4) {
    const q = r.int(1, 4)
    text = `Quý ${QUARTERS[q - 1]}/${year}`
    due = iso(year, q * 3, daysIn(year, q * 3))
  } else if (roll < 0.65) {
    const m = r.int(1, 12)
    text = `tháng ${m}/${year}`
    due = iso(year, m, daysIn(year, m))
  } else if (roll < 0.85) {
    const m = r.int(1, 12)
    const d = r.int(1, daysIn(year, m))
    text = `chậm nhất ngày ${d}/${m}/${year}`
    due = iso(year, m, d)
  } else {
    text = `năm ${year}`
    due = iso(year, 12, 31)
  }
  if (due <= issuedOn) {
    const y = Number(issuedOn.slice(0, 4)) + 1
    return { text: `năm ${y}`, due: iso(y, 12, 31) }
  }
  return { text, due }
}

function taskList(
  r: SeededRandom,
  docs: readonly Doc[],
  total: number,
  byCode: ReadonlyMap<string, Org>,
  rc: SeededRandom,
): GeneratedTask[] {
  const tasks: GeneratedTask[] = []
  // Central documents assign nothing to a province: tasks belong to the province's documents.
  const own = docs.filter((d) => !['BCT', 'BBT', 'BCH-TW'].includes(d.issuer))
  const perDoc = total / own.length
  let made = 0
  for (const [index, doc] of own.entries()) {
    const target = Math.round((index + 1) * perDoc) - made
    made += target
    let count = 0
    for (let s = 0; count < target; s++) {
      const part = ROMAN[s % ROMAN.length]! + (s >= ROMAN.length ? String(s) : '')
      const items = Math.min(target - count, r.int(2, 5))
      for (let n = 1; n <= items && count < target; n++) {
        const root = makeTask(r, doc, `${part}.${n}`, r.pick(doc.leads), null, byCode, rc)
        tasks.push(root)
        count++
        // Cascaded to lower bodies: a third of the tasks have subtasks.
        const subtasks = r.chance(0.35) ? Math.min(target - count, r.int(1, 4)) : 0
        for (let k = 0; k < subtasks; k++) {
          tasks.push(
            makeTask(
              r,
              doc,
              `${part}.${n}.${String.fromCharCode(97 + k)}`,
              r.pick(doc.lower),
              root,
              byCode,
              rc,
            ),
          )
          count++
        }
      }
    }
  }
  return tasks
}

function makeTask(
  r: SeededRandom,
  doc: Doc,
  reference: string,
  lead: string,
  parent: GeneratedTask | null,
  byCode: ReadonlyMap<string, Org>,
  rc: SeededRandom,
): GeneratedTask {
  const { text, due } = deadline(r, doc.issuedOn)
  const coordinators = new Set<string>()
  const coordinatorCount = r.int(0, 3)
  for (let i = 0; i < coordinatorCount; i++) {
    const c = r.pick([...doc.lower, ...doc.leads])
    if (c !== lead) coordinators.add(c)
  }
  let status: string
  let completedOn: string | undefined
  if (due !== null && due < AS_OF) {
    const roll = r.next()
    status = roll < 0.7 ? 'COMPLETED' : roll < 0.97 ? 'IN_PROGRESS' : 'CANCELLED'
  } else {
    const roll = r.next()
    status =
      roll < 0.2
        ? 'COMPLETED'
        : roll < 0.75
          ? 'IN_PROGRESS'
          : roll < 0.97
            ? 'NOT_STARTED'
            : 'PAUSED'
  }
  if (status === 'COMPLETED') {
    const target = due ?? addDays(doc.issuedOn, 200)
    // Two thirds on time, the rest up to four months late; never after the day we ask on.
    const day = r.chance(0.67) ? addDays(target, -r.int(0, 90)) : addDays(target, r.int(1, 120))
    completedOn = minDate(day < doc.issuedOn ? addDays(doc.issuedOn, 1) : day, AS_OF)
  }
  const last = completedOn ?? AS_OF
  const reportCount = status === 'NOT_STARTED' ? 0 : r.int(2, 7)
  const days = [...Array(reportCount)]
    .map(() => randomDate(r, addDays(doc.issuedOn, 1), last))
    .sort()
  let percent = 0
  const progressReports = days.map((reportedOn, i) => {
    percent = Math.min(95, percent + r.int(5, 30))
    const finalReport = status === 'COMPLETED' && i === days.length - 1
    const withFigure = finalReport || !r.chance(0.25)
    return {
      reportedOn: finalReport ? last : reportedOn,
      organization: coordinators.size > 0 && r.chance(0.2) ? [...coordinators][0]! : lead,
      ...(withFigure ? { percent: finalReport ? 100 : percent } : {}),
      // A report without a figure says something: an empty one is refused.
      narrative: withFigure ? r.pick(NARRATIVES) : r.pick(NARRATIVES.slice(0, -1)),
    }
  })
  // One report per body and day: a second one the same day is refused ("merge the two").
  const seen = new Set<string>()
  const distinctReports = progressReports.filter((p) => {
    const key = `${p.reportedOn} ${p.organization}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const leadName = byCode.get(lead)?.name ?? lead
  // Drawn in the order the fields were always drawn in: the same dataset as before question 6.
  const title = `${r.pick(ACTIONS)} ${r.pick(TOPICS)}`
  const description = r.chance(0.5)
    ? ''
    : `Giao ${leadName} chủ trì, báo cáo kết quả về ${doc.issuer}.`
  const monitor = r.chance(0.3) ? (doc.issuer === lead ? 'VP-UBND' : doc.issuer) : null
  const withDeadline = due !== null || r.chance(0.5)
  const cadence = r.chance(0.1) ? dutyCadence(rc) : null
  // A duty to report: the lead's periodic reports, each period from the document's issue to
  // the task's completion (or the day we ask on).
  const reports =
    cadence === null
      ? distinctReports
      : mergeReports(
          distinctReports,
          periodicReports(
            rc,
            lead,
            owedPeriods(cadence, doc.issuedOn, last, AS_OF, isStateSymbol(doc.symbol)),
            doc.issuedOn,
            last,
          ),
        )
  return {
    directive: doc.symbol,
    reference,
    title,
    description,
    lead,
    coordinators: [...coordinators],
    ...(monitor !== null ? { monitor } : {}),
    ...(withDeadline ? { deadline: text } : {}),
    ...(cadence !== null ? { reportingDuty: { cadence, recipient: doc.issuer } } : {}),
    ...(parent ? { parent: `${parent.directive}#${parent.reference}` } : {}),
    status,
    ...(completedOn ? { completedOn } : {}),
    progressReports: reports,
    due,
    directiveIssuedOn: doc.issuedOn,
  }
}

/** A State symbol (`103/KH-UBND`): number, slash, kind; a Party one is `06-CTr/TU`. */
const isStateSymbol = (symbol: string) => /^\d+\//.test(symbol)

/**
 * A task's reports with periodic ones added, by day: a periodic report on a day its body
 * already reported on the task is the same report (one report per body and day).
 */
function mergeReports(
  reports: GeneratedTask['progressReports'],
  periodic: readonly PeriodicReport[],
): GeneratedTask['progressReports'] {
  const seen = new Set(reports.map((p) => `${p.reportedOn} ${p.organization}`))
  const added = periodic.filter((p) => {
    const key = `${p.reportedOn} ${p.organization}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // After the task's own reports, which stay as they were drawn.
  return [...reports, ...added]
}

/**
 * The reports answering the documents' reporting rules: every body leading a task of a
 * document with a rule owes a report per period of each of the rule's cadences, from the
 * document's issue to the day we ask on. It sends them on the task of the document it leads
 * that stays open longest.
 */
function addRuleReports(rc: SeededRandom, docs: readonly Doc[], tasks: GeneratedTask[]) {
  const byDirective = new Map<string, GeneratedTask[]>()
  for (const t of tasks) {
    if (t.status === 'CANCELLED') continue
    const list = byDirective.get(t.directive) ?? []
    list.push(t)
    byDirective.set(t.directive, list)
  }
  for (const doc of docs) {
    if (!doc.reportingRule) continue
    const hosts = new Map<string, GeneratedTask>()
    for (const t of byDirective.get(doc.symbol) ?? []) {
      const host = hosts.get(t.lead)
      if (!host || (t.completedOn ?? AS_OF) > (host.completedOn ?? AS_OF)) hosts.set(t.lead, t)
    }
    for (const [lead, host] of hosts) {
      for (const cadence of doc.reportingRule.cadences) {
        const periods = owedPeriods(cadence, doc.issuedOn, AS_OF, AS_OF, isStateSymbol(doc.symbol))
        host.progressReports = mergeReports(
          host.progressReports,
          periodicReports(rc, lead, periods, doc.issuedOn, AS_OF),
        )
      }
    }
  }
}

function findings(r: SeededRandom) {
  return {
    results: [
      'Các cấp ủy, chính quyền đã quán triệt kịp thời; nhận thức của cán bộ, đảng viên có chuyển biến.',
      r.pick([
        'Hoàn thành phần lớn chỉ tiêu đề ra, một số chỉ tiêu vượt kế hoạch.',
        'Đã ban hành đầy đủ văn bản hướng dẫn thực hiện.',
      ]),
    ],
    limitations: r.chance(0.7)
      ? ['Một số nhiệm vụ hoàn thành chậm so với thời hạn; báo cáo còn chung chung, thiếu số liệu.']
      : [],
    causesObjective: ['Nguồn lực còn hạn chế.'],
    causesSubjective: r.chance(0.5) ? ['Việc theo dõi, đôn đốc có lúc chưa thường xuyên.'] : [],
    lessons: ['Nhiệm vụ nào cũng cần một cơ quan chủ trì rõ ràng và thời hạn cụ thể.'],
    directions: ['Tập trung hoàn thành các nhiệm vụ còn chậm trong năm tới.'],
    recommendations: [],
  }
}

function assessmentList(
  r: SeededRandom,
  docs: readonly Doc[],
  total: number,
  tasks: readonly GeneratedTask[],
) {
  const own = docs.filter((d) => !['BCT', 'BBT', 'BCH-TW'].includes(d.issuer))
  const assessments: Record<string, unknown>[] = []
  for (let i = 0; i < total; i++) {
    const kindRoll = i % 10
    if (kindRoll < 7) {
      const doc = own[i % own.length]!
      const from = doc.issuedOn
      const to = minDate(addDays(from, 365 + r.int(0, 400)), '2025-10-31')
      const interim = r.chance(0.6)
      const rated = r.chance(0.4)
      assessments.push({
        key: `danh-gia-${i + 1}-${slug(doc.symbol)}`,
        kind: interim ? 'INTERIM_REVIEW' : 'PERIODIC_REPORT',
        subject: { directive: doc.symbol, organization: doc.issuer },
        period: { from, to: to > from ? to : addDays(from, 30) },
        title: `${interim ? 'Sơ kết' : 'Báo cáo'} thực hiện văn bản số ${doc.symbol}`,
        assessor: doc.issuer,
        assessedOn: minDate(addDays(to > from ? to : addDays(from, 30), r.int(5, 60)), AS_OF),
        findings: findings(r),
        ...(i % 3 === 0
          ? {
              indicators: [
                {
                  name: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
                  unit: '%',
                  baseline: { value: r.int(40, 70), date: from },
                  periods: [
                    {
                      from,
                      to: to > from ? to : addDays(from, 30),
                      target: 90,
                      actual: r.int(50, 100),
                    },
                  ],
                },
              ],
            }
          : {}),
        ...(rated ? { rating: { score: r.int(55, 98) } } : {}),
      })
    } else if (kindRoll < 9) {
      const task = tasks[(i * 37) % tasks.length]!
      const from = task.directiveIssuedOn
      const to = minDate(addDays(from, 300), '2025-10-31')
      assessments.push({
        key: `tu-danh-gia-nhiem-vu-${i + 1}`,
        kind: 'SELF_ASSESSMENT',
        subject: { task: `${task.directive}#${task.reference}` },
        period: { from, to: to > from ? to : addDays(from, 30) },
        title: `Tự đánh giá kết quả nhiệm vụ ${task.reference} của văn bản ${task.directive}`,
        assessor: task.lead,
        assessedOn: minDate(addDays(to > from ? to : addDays(from, 30), 10), AS_OF),
        findings: findings(r),
      })
    } else {
      const year = 2022 + (i % 3)
      assessments.push({
        key: `danh-gia-nam-${year}-${i + 1}`,
        kind: 'SELF_ASSESSMENT',
        subject: { organization: r.pick(DEPARTMENTS)[0], year },
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
        title: `Tự đánh giá, xếp loại năm ${year}`,
        assessor: 'BTC-TU',
        assessedOn: `${year + 1}-01-20`,
        findings: findings(r),
        rating: { score: r.int(60, 98) },
      })
    }
  }
  return assessments
}

/** Row counts a bundle will write, by table. */
export function bundleSizes(bundle: BundleInput) {
  const tasks = bundle.tasks ?? []
  return {
    organizations: bundle.organizations?.length ?? 0,
    directives: bundle.directives?.length ?? 0,
    relations: bundle.relations?.length ?? 0,
    tasks: tasks.length,
    subtasks: tasks.filter((t) => t.parent).length,
    progressReports: tasks.reduce((n, t) => n + (t.progressReports?.length ?? 0), 0),
    coordinators: tasks.reduce((n, t) => n + (t.coordinators?.length ?? 0), 0),
    assessments: bundle.assessments?.length ?? 0,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = (process.argv[2] ?? 'small') as DatasetSize
  const seed = Number(process.argv[3] ?? 42)
  const started = performance.now()
  const bundles = generateDataset(size, seed)
  console.log(
    JSON.stringify({
      size,
      seed,
      tenants: bundles.length,
      first: bundleSizes(bundles[0]!),
      ms: Math.round(performance.now() - started),
    }),
  )
}
