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
  it.each([
    [
      "joins back a name the tenant holds whose words have commas and 'và'",
      'Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ và các cơ quan liên quan',
      ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ'],
    ],
    [
      'keeps an unknown name whole when its parts do not begin as names',
      'Hiệp hội Doanh nghiệp tỉnh, Báo và Phát thanh, Truyền hình An Phú',
      ['Hiệp hội Doanh nghiệp tỉnh', 'Báo và Phát thanh, Truyền hình An Phú'],
    ],
    [
      'leaves out remarks',
      'Sở Y tế, Sở Giáo dục và Đào tạo (theo lĩnh vực)',
      ['Sở Y tế', 'Sở Giáo dục và Đào tạo'],
    ],
    ['leaves out groups that name no one', 'Các sở, ban, ngành tỉnh', []],
    [
      'ends the name of a known body at the verb after it',
      'Liên hiệp hội tỉnh giao cho các hội thành viên',
      ['Liên hiệp hội tỉnh'],
    ],
    [
      'ends the name of a body to propose at the verb after it',
      'Báo Minh Họa mở chuyên mục',
      ['Báo Minh Họa'],
    ],
    // A capital letter is a name: "Ban Tổ chức" is no verb.
    ['takes "Tổ chức" after "Ban" for a name', 'Ban Tổ chức Tỉnh ủy', ['Ban Tổ chức Tỉnh ủy']],
  ])('%s', (_, text, names) => {
    expect(splitOrganizationNames(text, matcher)).toEqual(names)
  })

  it('keeps groups when asked to', () => {
    expect(splitOrganizationNames('Các sở, ban, ngành', matcher, { keepGroups: true })).toEqual([
      'Các sở, ban, ngành',
    ])
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
