import { access, writeFile } from 'node:fs/promises'
import { Command } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { outOption, tenantOption } from './command-options.js'
import { prose } from './help-text.js'

/** Where editors find the bundle JSON Schema (published with `@chidao/domain`). */
export const BUNDLE_SCHEMA_URL = 'https://unpkg.com/@chidao/domain/bundle.schema.json'

/** The options of {@link starterBundle}. */
export interface StarterBundleOptions {
  /** The tenant id: lower-case letters, digits and hyphens. */
  readonly tenant: string
  /** The province's name, e.g. "Tỉnh Minh Họa". */
  readonly name: string
}

/** YAML double-quoted string (JSON strings are valid YAML double-quoted scalars). */
function quote(text: string): string {
  return JSON.stringify(text)
}

/**
 * A commented YAML starter bundle for a province: the usual bodies, one directive chain (a
 * central conclusion and the province's programme implementing it), two tasks with deadlines
 * written the Vietnamese way, and one progress report. `chidao validate` accepts it as is.
 *
 * @example
 * ```ts
 * const yaml = starterBundle({ tenant: 'tinh-abc', name: 'Tỉnh ABC' })
 * ```
 */
export function starterBundle({ tenant, name }: StarterBundleOptions): string {
  return `# yaml-language-server: $schema=${BUNDLE_SCHEMA_URL}
#
# Bộ dữ liệu (bundle) của ${name} cho chidao — viết bằng YAML hoặc JSON.
# A chidao bundle for ${name}, in YAML (JSON works too).
#
# Kiểm tra / check:   npx chidao validate <tệp này / this file>
# Nạp / import:       npx chidao import <tệp này / this file>   (nạp lại không đổi gì / idempotent)
#
# Các bản ghi tham chiếu nhau bằng khóa tự nhiên (mã tổ chức, số ký hiệu văn bản), không bằng id.
# Records refer to each other by natural keys (organisation codes, document symbols), never ids.
# Ngày viết theo ISO: YYYY-MM-DD. Dates are ISO: YYYY-MM-DD.

# Định dạng và phiên bản của bundle: giữ nguyên. Format and version of the bundle: keep as is.
format: chidao-bundle
version: 1

# Đơn vị triển khai (tenant): id gồm chữ thường, số, gạch nối; trùng với CHIDAO_TENANT.
# The deploying body (tenant): id in lower case, digits and hyphens; the same as CHIDAO_TENANT.
tenant:
  id: ${tenant}
  name: ${quote(name)}

# Tiêu đề, mô tả, nguồn dữ liệu (tùy chọn). Title, description, data source (optional).
title: ${quote(`Theo dõi thực hiện Kết luận số 93-KL/TW tại ${name}`)}
source: "Bản mẫu do chidao bundle init tạo; thay bằng dữ liệu thật. Starter written by chidao bundle init."

# Tổ chức: code (mã, khóa tự nhiên, viết hoa), name (tên đầy đủ), shortName (tên gọi tắt),
# kind (loại: PARTY_COMMITTEE, STANDING_COMMITTEE, PARTY_ADVISORY_BOARD, PARTY_DELEGATION,
# PEOPLES_COUNCIL, PEOPLES_COMMITTEE, DEPARTMENT, FRONT_OR_MASS_ORGANIZATION, ASSOCIATION_UNION,
# MEMBER_ASSOCIATION, OTHER), level (cấp: CENTRAL, PROVINCE, COMMUNE; DISTRICT chỉ cho dữ liệu
# trước 01/7/2025), parent (mã tổ chức cấp trên), partyTerm (khóa, số nguyên: 15 = khóa XV),
# foundedOn / dissolvedOn / successor (thành lập, giải thể, tổ chức kế thừa).
# Organisations: code (natural key, upper case), name, shortName, kind, level (DISTRICT only for
# records dated before 2025-07-01), parent (code of the parent body), partyTerm (khóa as a whole
# number), foundedOn / dissolvedOn / successor.
organizations:
  # Cơ quan ban hành văn bản cấp Trung ương. The central issuer.
  - code: BCH-TW
    name: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam
    kind: PARTY_COMMITTEE
    level: CENTRAL
  - code: BBT
    name: Ban Bí thư Trung ương Đảng
    kind: STANDING_COMMITTEE
    level: CENTRAL
    parent: BCH-TW
  # Tỉnh ủy và Ban Thường vụ. The provincial Party committee and its standing committee.
  - code: TU
    name: ${quote(`Tỉnh ủy ${name.replace(/^Tỉnh\s+/u, '')}`)}
    kind: PARTY_COMMITTEE
    level: PROVINCE
    partyTerm: 15
  - code: BTV-TU
    name: Ban Thường vụ Tỉnh ủy
    kind: STANDING_COMMITTEE
    level: PROVINCE
    parent: TU
  # Các ban tham mưu của Tỉnh ủy. The committee's advisory boards.
  - code: BTC-TU
    name: Ban Tổ chức Tỉnh ủy
    kind: PARTY_ADVISORY_BOARD
    level: PROVINCE
    parent: TU
  - code: BTGDV-TU
    name: Ban Tuyên giáo và Dân vận Tỉnh ủy
    kind: PARTY_ADVISORY_BOARD
    level: PROVINCE
    parent: TU
  # Chính quyền: HĐND và UBND tỉnh, một sở. Government: the councils and one department.
  - code: HDND-TINH
    name: Hội đồng nhân dân tỉnh
    kind: PEOPLES_COUNCIL
    level: PROVINCE
  - code: UBND-TINH
    name: Ủy ban nhân dân tỉnh
    kind: PEOPLES_COMMITTEE
    level: PROVINCE
  - code: SKHCN
    name: Sở Khoa học và Công nghệ
    kind: DEPARTMENT
    level: PROVINCE
    parent: UBND-TINH
  # Mặt trận và Liên hiệp hội. The Fatherland Front and the union of science associations.
  - code: MTTQ-TINH
    name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
    kind: FRONT_OR_MASS_ORGANIZATION
    level: PROVINCE
  - code: LHH
    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
    shortName: Liên hiệp hội tỉnh
    kind: ASSOCIATION_UNION
    level: PROVINCE

# Văn bản: symbol (số ký hiệu, viết kiểu nào cũng được: "Số: 93-KL/TƯ"), kind (loại; mặc định
# suy từ ký hiệu), issuer (mã cơ quan ban hành), issuerTerm (khóa), issuedOn (ngày ban hành),
# title (trích yếu), secrecy (độ mật: PUBLIC, MAT, TOI_MAT, TUYET_MAT; mặc định PUBLIC),
# urgency (độ khẩn: NORMAL, KHAN, THUONG_KHAN, HOA_TOC), sections (các mục I, II, III…).
# Directives: symbol (any accepted spelling), kind (defaults to what the symbol denotes), issuer
# (code), issuerTerm, issuedOn, title (trích yếu), secrecy, urgency, sections.
directives:
  - symbol: 93-KL/TW
    issuer: BBT
    issuerTerm: 12
    issuedOn: "2020-11-20"
    title: Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị khóa X
  - symbol: 01-CTr/TU
    kind: PROGRAM
    issuer: BTV-TU
    issuerTerm: 15
    issuedOn: "2025-09-15"
    title: Chương trình hành động thực hiện Kết luận số 93-KL/TW
    sections:
      - number: III.
        heading: Nhiệm vụ và giải pháp
        children:
          - number: "1."
          - number: "2."

# Quan hệ giữa văn bản: from / to (số ký hiệu), type (IMPLEMENTS, CONTINUES, GUIDES, AMENDS,
# REPLACES, REPEALS, CITES), effectiveOn (ngày có hiệu lực). Đọc: "01-CTr/TU IMPLEMENTS 93-KL/TW".
# Relations between directives, read from \`from\` to \`to\`.
relations:
  - from: 01-CTr/TU
    to: 93-KL/TW
    type: IMPLEMENTS
    effectiveOn: "2025-09-15"

# Nhiệm vụ: directive + reference (mục trong văn bản, "III.1") là khóa tự nhiên; lead (chủ trì,
# đúng một), coordinators (phối hợp), monitor (theo dõi, đôn đốc), deadline (thời hạn viết như
# trong văn bản: "Quý IV/2026", "Trước ngày 30/6/2026", "Thường xuyên", "Hằng năm"),
# reportingDuty (chế độ báo cáo: cadence MONTHLY/QUARTERLY/HALF_YEARLY/YEARLY, recipient),
# status (NOT_STARTED, IN_PROGRESS, COMPLETED, PAUSED, CANCELLED), completedOn (khi COMPLETED),
# parent ("<văn bản>#<mục>" của nhiệm vụ cấp trên), progressReports (báo cáo tiến độ).
# Tasks: directive + reference are the natural key; lead (exactly one), coordinators, monitor,
# deadline as written in the document, reportingDuty, status, completedOn (exactly when
# COMPLETED), parent (task ref "<directive>#<reference>"), progressReports.
tasks:
  - directive: 01-CTr/TU
    reference: III.1
    title: Kiện toàn tổ chức và nâng cao chất lượng hoạt động của Liên hiệp hội tỉnh
    lead: BTC-TU
    coordinators: [LHH]
    monitor: BTV-TU
    deadline: Quý IV/2026
    status: IN_PROGRESS
    # Báo cáo tiến độ: reportedOn (ngày), organization (đơn vị báo cáo), percent (0–100, bỏ
    # trống khi không có số liệu), narrative (nội dung), evidence (đường dẫn, văn bản minh chứng).
    # Progress reports: date, reporting body, percent (0–100, or none), narrative, evidence.
    progressReports:
      - reportedOn: "2026-03-31"
        organization: BTC-TU
        percent: 30
        narrative: Đã xây dựng dự thảo đề án kiện toàn tổ chức.
  - directive: 01-CTr/TU
    reference: III.2
    title: Tổ chức phản biện xã hội các đề án, dự án quan trọng của tỉnh
    lead: LHH
    coordinators: [SKHCN, MTTQ-TINH]
    monitor: BTGDV-TU
    deadline: Trước ngày 30/6/2026
    reportingDuty:
      cadence: HALF_YEARLY
      recipient: BTV-TU

# Đánh giá (sơ kết, tổng kết…): thêm khi có. Assessments (interim and final reviews): add later.
assessments: []
`
}

export const bundleCommand: CommandBuilder = ({ config, stdout }) =>
  new Command('bundle')
    .summary('write a commented starter bundle for a province (bundle init)')
    .description('Works with bundle files: `chidao bundle init` writes a starter to edit.')
    .addCommand(
      new Command('init')
        .summary('write a commented YAML starter bundle for a province')
        .description(
          prose(`
Writes a commented YAML starter bundle for a province: the usual bodies, one directive chain,
two tasks with deadlines written the Vietnamese way and a progress report, with comments in
Vietnamese and English explaining each field. \`chidao validate\` accepts it as is; edit it, then
\`chidao import\` it. Writes to standard output without --out; refuses to overwrite a file
unless --force.`),
        )
        .addOption(outOption('the starter bundle'))
        .addOption(tenantOption())
        .option('--name <name>', "the province's name", 'Tỉnh Minh Họa')
        .option('--force', 'overwrite the --out file if it exists')
        .action(async (options, command) => {
          const tenant = options.tenant ?? config().tenantId
          const name = options.name.normalize('NFC').trim() || 'Tỉnh Minh Họa'
          const text = starterBundle({ tenant, name })
          if (!options.out) {
            stdout.write(text)
            return
          }
          if (!options.force && (await exists(options.out))) {
            return command.error(
              `error: ${options.out} exists: choose another --out, or add --force / ${options.out} đã có: chọn --out khác, hoặc thêm --force`,
              { exitCode: 2 },
            )
          }
          await writeFile(options.out, text)
          stdout.write(
            `Wrote a starter bundle for ${name} (tenant ${tenant}) to ${options.out}: check it with \`chidao validate ${options.out}\`\n`,
          )
        }),
    )

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
