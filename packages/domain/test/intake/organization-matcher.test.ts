import { describe, expect, it } from 'vitest'
import {
  looksLikeOrganization,
  OrganizationMatcher,
  organizationKey,
  proposeOrganization,
  splitOrganizationNames,
} from '../../src/index.js'
import { AN_PHU_ORGANIZATIONS } from './corpus/organizations.js'

const matcher = new OrganizationMatcher(AN_PHU_ORGANIZATIONS)
const codeOf = (name: string) => matcher.match(name).organization?.code ?? null

describe('OrganizationMatcher', () => {
  it('matches the very name, the short name and the accent-insensitive key, surest first', () => {
    expect(matcher.match('Ban Tổ chức Tỉnh ủy')).toMatchObject({ how: 'NAME', confidence: 1 })
    expect(matcher.match('UBND tỉnh')).toMatchObject({ how: 'SHORT_NAME' })
    expect(matcher.match('ban to chuc tinh uy')).toMatchObject({ how: 'SEARCH_KEY' })
    expect(codeOf('Ban Tổ chức Tỉnh uỷ')).toBe('BTC-TU')
  })

  it('matches a name without the province or "Tỉnh ủy", and abbreviations written out', () => {
    expect(matcher.match('Sở Nội vụ')).toMatchObject({ how: 'SHORTER_NAME' })
    expect(codeOf('Sở Nội vụ')).toBe('SO-NV')
    expect(codeOf('Ban Tổ chức')).toBe('BTC-TU')
    expect(codeOf('Ủy ban nhân dân tỉnh')).toBe('UBND-TINH')
    expect(codeOf('Ủy ban MTTQ Việt Nam tỉnh An Phú')).toBe('MTTQ-TINH')
    expect(organizationKey('UBND tỉnh')).toBe(organizationKey('Ủy ban nhân dân tỉnh'))
  })

  it('matches a name only one organisation begins with, and none when several do', () => {
    expect(matcher.match('Ban Tuyên giáo và Dân vận')).toMatchObject({ how: 'SHORTER_NAME' })
    expect(matcher.match('Liên hiệp các Hội Khoa học')).toMatchObject({
      how: 'PREFIX',
      organization: { code: 'LHH' },
    })
    // "Ban" begins many names: no match.
    expect(matcher.match('Ban').organization).toBeNull()
    expect(matcher.match('UBND các xã, phường')).toMatchObject({
      organization: null,
      confidence: 0,
    })
  })
})

describe('splitOrganizationNames', () => {
  it("joins back a name the tenant holds whose words have commas and 'và'", () => {
    expect(
      splitOrganizationNames(
        'Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ và các cơ quan liên quan',
        matcher,
      ),
    ).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ'])
  })

  it('keeps an unknown name whole when its parts do not begin as names', () => {
    expect(
      splitOrganizationNames(
        'Hiệp hội Doanh nghiệp tỉnh, Báo và Phát thanh, Truyền hình An Phú',
        matcher,
      ),
    ).toEqual(['Hiệp hội Doanh nghiệp tỉnh', 'Báo và Phát thanh, Truyền hình An Phú'])
  })

  it('leaves out remarks and groups that name no one, unless asked to keep groups', () => {
    expect(
      splitOrganizationNames('Sở Y tế, Sở Giáo dục và Đào tạo (theo lĩnh vực)', matcher),
    ).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo'])
    expect(splitOrganizationNames('Các sở, ban, ngành tỉnh', matcher)).toEqual([])
    expect(splitOrganizationNames('Các sở, ban, ngành', matcher, { keepGroups: true })).toEqual([
      'Các sở, ban, ngành',
    ])
  })

  it('ends a name at the verb after it, for a known body and for one to propose', () => {
    expect(
      splitOrganizationNames('Liên hiệp hội tỉnh giao cho các hội thành viên', matcher),
    ).toEqual(['Liên hiệp hội tỉnh'])
    expect(splitOrganizationNames('Báo Minh Họa mở chuyên mục', matcher)).toEqual(['Báo Minh Họa'])
    // A capital letter is a name: "Ban Tổ chức" is no verb.
    expect(splitOrganizationNames('Ban Tổ chức Tỉnh ủy', matcher)).toEqual(['Ban Tổ chức Tỉnh ủy'])
  })

  it('tells names from other words by their first words, accents included', () => {
    expect(looksLikeOrganization('Sở Nội vụ')).toBe(true)
    expect(looksLikeOrganization('Sơ kết việc')).toBe(false)
    expect(looksLikeOrganization('Các cấp ủy trực thuộc')).toBe(true)
    expect(looksLikeOrganization('Các nhiệm vụ khác')).toBe(false)
  })
})

describe('proposeOrganization', () => {
  it('proposes a unique code from the initials, and a kind and level from the words', () => {
    expect(proposeOrganization('Sở Nội vụ', new Set())).toEqual({
      code: 'MOI-SNV',
      name: 'Sở Nội vụ',
      kind: 'DEPARTMENT',
      level: 'PROVINCE',
    })
    expect(proposeOrganization('Sở Nông nghiệp và Vận tải', new Set(['MOI-SNNVVT'])).code).toBe(
      'MOI-SNNVVT-2',
    )
    expect(proposeOrganization('Đảng ủy các xã, phường', new Set())).toMatchObject({
      kind: 'PARTY_COMMITTEE',
      level: 'COMMUNE',
    })
    expect(proposeOrganization('Bảo hiểm xã hội tỉnh', new Set()).level).toBe('PROVINCE')
  })
})
