import { describe, expect, it } from 'vitest'
import type { Bundle } from '../../src/bundle/bundle.js'
import { bundleToJson } from '../../src/bundle/format-bundle.js'
import { SECTIONS } from '../../src/bundle/parse/parse-header.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { example, exampleText, lines, small } from './fixtures.js'

function parsed(value: unknown): Bundle {
  const r = parseBundle(value)
  if (!r.ok) throw new Error(lines(r.error).join('\n'))
  return r.value
}

function canonical(value: unknown): string {
  return bundleToJson(parsed(value))
}

describe('bundleToJson', () => {
  it('leaves the committed example bundle unchanged: it is in canonical form', () => {
    expect(canonical(example())).toBe(exampleText)
  })

  it('is a fixed point of parse and write', () => {
    const first = canonical(small())
    expect(canonical(JSON.parse(first))).toBe(first)
    const again = canonical(JSON.parse(exampleText))
    expect(canonical(JSON.parse(again))).toBe(again)
  })

  it('writes 2-space JSON with a trailing newline and no nulls', () => {
    const text = canonical(small())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "organizations": [\n    {\n      "code": "BBT",')
    expect(text).not.toContain('null')
    expect(text).not.toContain('"shortName"')
    expect(text).not.toContain('"progressReports"')
    expect(text).toContain('"memberships": []')
    expect(text).toContain('"secrecy": "PUBLIC"')
    expect(text).toContain('"status": "NOT_STARTED"')
  })

  it('writes deadlines as the text they were read from and refs canonically', () => {
    const b = small()
    b.tasks[0].deadline = '  thực hiện  hằng năm từ năm 2022 '
    b.tasks[0].directive = 'Số: 06-Ctr/TU'
    const text = canonical(b)
    expect(text).toContain('"deadline": "thực hiện hằng năm từ năm 2022"')
    expect(text).toContain('"directive": "06-CTr/TU"')
  })

  it('keeps the period a progress report names, and refuses one written otherwise', () => {
    const b = small()
    b.tasks[0].progressReports = [
      { reportedOn: '2021-07-05', organization: 'BTV-TU', percent: 20, period: '2021-H1' },
      { reportedOn: '2021-08-01', organization: 'BTV-TU', percent: 30 },
    ]
    const text = canonical(b)
    expect(text).toContain('"period": "2021-H1"')
    expect(text.match(/"period"/g)).toHaveLength(1)
    b.tasks[0].progressReports[0].period = '6 tháng đầu năm 2021'
    const r = parseBundle(b)
    expect(!r.ok && lines(r.error)).toEqual([
      'tasks.0.progressReports.0.period INVALID_REPORT_PERIOD',
    ])
  })

  it('sorts records, so the order of the input does not matter', () => {
    const a = example()
    const b = example()
    for (const section of SECTIONS) b[section].reverse()
    for (const task of b.tasks) task.progressReports?.reverse()
    expect(canonical(b)).toBe(canonical(a))
  })

  it('orders tasks by directive, then reference compared naturally', () => {
    const b = small()
    const task = b.tasks[0]
    b.tasks = ['III.10', 'III.2', 'II.1', 'IV'].map((reference) => ({ ...task, reference }))
    b.tasks.push({ ...task, directive: '93-KL/TW', reference: '1' })
    const v = parsed(JSON.parse(canonical(b)))
    expect(v.tasks.map((t) => `${t.directive}#${t.reference}`)).toEqual([
      '06-CTr/TU#II.1',
      '06-CTr/TU#III.2',
      '06-CTr/TU#III.10',
      '06-CTr/TU#IV',
      '93-KL/TW#1',
    ])
  })

  it('keeps years in refs when two directives share a symbol', () => {
    const b = small()
    b.directives.push({ symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2024-01-05', title: 'Khác' })
    b.relations[0].to = '93-KL/TW@2020'
    const text = canonical(b)
    expect(text).toContain('"to": "93-KL/TW@2020"')
    expect(canonical(JSON.parse(text))).toBe(text)
  })

  it('puts a list of scalars on one line only when it fits in 100 columns', () => {
    const b = small()
    const many = Array.from({ length: 12 }, (_, i) => `HOI-THANH-VIEN-${i}`)
    b.organizations.push(
      ...many.map((code) => ({ code, name: code, kind: 'MEMBER_ASSOCIATION', level: 'PROVINCE' })),
    )
    b.tasks[0].coordinators = many
    const text = canonical(b)
    expect(text).toContain('"coordinators": [\n        "HOI-THANH-VIEN-0",\n')
    expect(
      text.split('\n').every((line) => line.length <= 100 || !line.trimEnd().endsWith(']')),
    ).toBe(true)
    b.tasks[0].coordinators = ['LHH']
    expect(canonical(b)).toContain('"coordinators": ["LHH"]')
  })
})
