import type { KnownOrganization } from '@chidao/domain'

/**
 * The tenant's organisations of the intake tests: the round trip's export names them, the
 * drafts match them.
 */
export const ORGANIZATIONS: readonly KnownOrganization[] = [
  { code: 'BTV', name: 'Ban Thường vụ Tỉnh ủy', kind: 'STANDING_COMMITTEE', level: 'PROVINCE' },
  { code: 'BTC', name: 'Ban Tổ chức Tỉnh ủy', kind: 'PARTY_ADVISORY_BOARD', level: 'PROVINCE' },
  { code: 'BTG', name: 'Ban Tuyên giáo Tỉnh ủy', kind: 'PARTY_ADVISORY_BOARD', level: 'PROVINCE' },
  {
    code: 'UBKT',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    kind: 'PARTY_ADVISORY_BOARD',
    level: 'PROVINCE',
  },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy', kind: 'PARTY_ADVISORY_BOARD', level: 'PROVINCE' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'DEPARTMENT', level: 'PROVINCE' },
  { code: 'STC', name: 'Sở Tài chính', kind: 'DEPARTMENT', level: 'PROVINCE' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'DEPARTMENT', level: 'PROVINCE' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'DEPARTMENT', level: 'PROVINCE' },
]
