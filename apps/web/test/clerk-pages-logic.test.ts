import { describe, expect, it } from 'vitest'
import { calendarVariables, readCalendarSearch } from '../src/pages/calendar/calendar-filter.js'
import { organizationsMissingFirst } from '../src/pages/calendar/calendar-order.js'
import { problemPlace } from '../src/pages/import/import-problems.js'
import {
  organizationTree,
  searchTree,
  type TreeOrganization,
} from '../src/pages/organizations/organization-tree.js'

describe('the reporting calendar filter', () => {
  const today = '2026-12-07'

  it('defaults to the current year, and reads the address leniently', () => {
    expect(readCalendarSearch({}, today)).toEqual({ year: 2026, fromMonth: 1, toMonth: 12 })
    expect(
      readCalendarSearch(
        {
          year: '2025',
          fromMonth: 9,
          toMonth: 3,
          status: ['MISSING', 'NOPE'],
          organization: ' lhh ',
        },
        today,
      ),
    ).toEqual({ year: 2025, fromMonth: 9, toMonth: 9, status: ['MISSING'], organization: 'lhh' })
  })

  it('asks for the periods due from the first day of the first month to the last of the last', () => {
    expect(
      calendarVariables(
        { year: 2024, fromMonth: 2, toMonth: 2, organization: 'lhh', status: ['MISSING'] },
        today,
        'RGlyZWN0aXZlOjE=',
      ),
    ).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      asOf: today,
      organizationCode: 'LHH',
      directiveId: 'RGlyZWN0aXZlOjE=',
      status: ['MISSING'],
    })
  })
})

describe('the calendar order', () => {
  const line = (id: string, name: string, missing: number, receivedLate = 0) => ({
    organization: { id, name },
    missing,
    receivedLate,
  })
  const report = (organization: string, due: string, status: string) => ({
    organization: { id: organization },
    due,
    status,
  })

  it('puts who has not reported first, then Vietnamese order; each one missing first, then by due day', () => {
    const ordered = organizationsMissingFirst(
      [
        line('a', 'Sở Tài chính', 0),
        line('b', 'Ban Tuyên giáo', 2),
        line('c', 'Đảng ủy xã', 0),
        line('d', 'Chi bộ', 0),
      ],
      [
        report('b', '2026-03-31', 'RECEIVED'),
        report('b', '2026-06-30', 'MISSING'),
        report('b', '2026-01-31', 'MISSING'),
      ],
    )
    expect(ordered.map((o) => o.totals.organization.name)).toEqual([
      'Ban Tuyên giáo',
      'Chi bộ',
      'Đảng ủy xã',
      'Sở Tài chính',
    ])
    expect(ordered[0]!.reports.map((r) => `${r.status} ${r.due}`)).toEqual([
      'MISSING 2026-01-31',
      'MISSING 2026-06-30',
      'RECEIVED 2026-03-31',
    ])
  })
})

describe('the organisation tree', () => {
  const org = (id: string, name: string, parent: string | null): TreeOrganization => ({
    id,
    code: id.toUpperCase(),
    name,
    level: 'PROVINCE',
    levelLabel: { vi: 'Cấp tỉnh', en: 'Province' },
    parent: parent ? { id: parent } : null,
  })
  const all = [
    org('tu', 'Tỉnh ủy', null),
    org('vp', 'Văn phòng Tỉnh ủy', 'tu'),
    org('btg', 'Ban Tuyên giáo Tỉnh ủy', 'tu'),
    org('bdv', 'Ban Dân vận Tỉnh ủy', 'tu'),
    org('ub', 'Ủy ban nhân dân tỉnh', null),
    org('stc', 'Sở Tài chính', 'ub'),
  ]

  it('nests each body under its parent, each level in Vietnamese order', () => {
    const tree = organizationTree(all)
    expect(tree.map((n) => n.organization.name)).toEqual(['Tỉnh ủy', 'Ủy ban nhân dân tỉnh'])
    expect(tree[0]!.children.map((n) => n.organization.name)).toEqual([
      'Ban Dân vận Tỉnh ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
    ])
  })

  it('finds a body typed without accents, by name or code, with the bodies above it opened', () => {
    const found = searchTree(all, 'tuyen giao')
    expect(found.matches).toBe(1)
    expect(found.tree.map((n) => n.organization.name)).toEqual(['Tỉnh ủy'])
    expect(found.tree[0]!.children.map((n) => n.id)).toEqual(['btg'])
    expect([...found.expanded]).toEqual(['tu'])
    expect(searchTree(all, 'stc').tree[0]!.children.map((n) => n.id)).toEqual(['stc'])
    expect(searchTree(all, 'khong co').matches).toBe(0)
  })
})

describe('where a bundle problem is', () => {
  const words = { line: 'Dòng', column: 'cột' }

  it('says line and column as the reader writes them, or nothing for the whole text', () => {
    expect(problemPlace({ line: 12, column: 5 }, words)).toBe('Dòng 12, cột 5')
    expect(problemPlace({ line: 3, column: null }, words)).toBe('Dòng 3')
    expect(problemPlace({ line: null, column: null }, words)).toBe('')
  })
})
