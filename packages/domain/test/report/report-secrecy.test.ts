import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  highestSecrecy,
  SECRECY_LEVELS,
  type Secrecy,
  secrecyMark,
  secrecyRank,
} from '../../src/directive/secrecy.js'
import { assembleReport, type Report, type ReportInput } from '../../src/report/assemble-report.js'
import { renderReportHtml } from '../../src/report/render-report-html.js'
import { renderReportMarkdown } from '../../src/report/render-report-markdown.js'
import { reportSecrecy } from '../../src/report/report-secrecy.js'
import { okValue } from '../support/ok-value.js'
import { INPUT, TASKS } from './report-fixture.js'

function marked(secrecy: Secrecy, more: Partial<ReportInput> = {}): ReportInput {
  return { ...INPUT, directive: { ...INPUT.directive, secrecy }, ...more }
}

function build(input: ReportInput): Report {
  return okValue(assembleReport(input))
}

describe('secrecy marks', () => {
  it('are the stamped words in upper case, none for a public document', () => {
    expect(SECRECY_LEVELS.map(secrecyMark)).toEqual([null, 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'])
    for (const mark of ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT']) expect(mark.normalize('NFC')).toBe(mark)
  })

  it('highestSecrecy is the top of the levels, PUBLIC of none', () => {
    expect(highestSecrecy([])).toBe('PUBLIC')
    expect(highestSecrecy(['MAT', 'PUBLIC', 'TOI_MAT', 'MAT'])).toBe('TOI_MAT')
  })
})

describe('the secrecy of an assembled report', () => {
  it('is MAT for a report on a MAT directive', () => {
    expect(build(marked('MAT')).secrecy).toBe('MAT')
    expect(build(marked('PUBLIC')).secrecy).toBe('PUBLIC')
  })

  it('is never lower than the source, even when the caller asks for PUBLIC', () => {
    expect(build(marked('MAT', { secrecy: 'PUBLIC' })).secrecy).toBe('MAT')
    expect(build(marked('TUYET_MAT', { secrecy: 'MAT' })).secrecy).toBe('TUYET_MAT')
  })

  it('may be raised by the caller', () => {
    expect(build(marked('PUBLIC', { secrecy: 'TOI_MAT' })).secrecy).toBe('TOI_MAT')
  })

  it('takes the highest mark of the documents whose tasks it counts', () => {
    const tasks = TASKS.map((t) => (t.id === 't3a' ? { ...t, secrecy: 'TOI_MAT' as const } : t))
    expect(build(marked('MAT', { tasks })).secrecy).toBe('TOI_MAT')
    // A task of a less secret document does not lower it.
    const lower = TASKS.map((t) => ({ ...t, secrecy: 'PUBLIC' as const }))
    expect(build(marked('MAT', { tasks: lower })).secrecy).toBe('MAT')
  })

  it('is the maximum over every source, whatever they are (property)', () => {
    const level = fc.constantFrom(...SECRECY_LEVELS)
    fc.assert(
      fc.property(
        level,
        fc.array(fc.option(level, { nil: undefined }), { maxLength: TASKS.length }),
        fc.option(level, { nil: null }),
        (directive, taskLevels, atLeast) => {
          const tasks = TASKS.map((t, i) => ({ ...t, secrecy: taskLevels[i] ?? null }))
          const r = build(marked(directive, { tasks, secrecy: atLeast }))
          const sources = [directive, atLeast, ...taskLevels].filter(
            (s): s is Secrecy => s !== null && s !== undefined,
          )
          for (const s of sources)
            expect(secrecyRank(r.secrecy)).toBeGreaterThanOrEqual(secrecyRank(s))
          expect(sources).toContain(r.secrecy)
        },
      ),
    )
  })

  it('refuses a level that is not one rather than reading it as public', () => {
    const missing = assembleReport({
      ...INPUT,
      directive: { ...INPUT.directive, secrecy: undefined as unknown as Secrecy },
    })
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      expect(missing.error.code).toBe('INVALID_REPORT_SECRECY')
      expect(missing.error.path).toEqual(['directive', 'secrecy'])
      expect(missing.error.messageVi).toContain('Độ mật')
    }
    const bogus = assembleReport(marked('MAT', { secrecy: 'SECRET' as Secrecy }))
    expect(bogus.ok ? null : bogus.error.path).toEqual(['secrecy'])
    const task = reportSecrecy({ directive: 'PUBLIC', tasks: [null, 'Mật' as Secrecy] })
    expect(task.ok ? null : task.error.path).toEqual(['tasks', 1, 'secrecy'])
  })
})

describe('the mark in the rendered report', () => {
  it('opens a secret report’s Markdown on a line of its own, in bold, before the title', () => {
    const lines = renderReportMarkdown(build(marked('MAT'))).split('\n')
    expect(lines[0]).toBe('**MẬT** <!-- secrecy:MAT -->')
    expect(lines[1]).toBe('')
    expect(lines[2]).toMatch(/^# SƠ KẾT/)
    expect(renderReportMarkdown(build(marked('TUYET_MAT'))).split('\n')[0]).toMatch(
      /^\*\*TUYỆT MẬT\*\* /,
    )
  })

  it('leaves a public report’s Markdown unmarked', () => {
    const md = renderReportMarkdown(build(marked('PUBLIC')))
    expect(md.split('\n')[0]).toMatch(/^# SƠ KẾT/)
    expect(md).not.toContain('MẬT')
  })

  it('marks the HTML for machines in a meta element and for people on its first line', () => {
    const html = renderReportHtml(build(marked('TOI_MAT')))
    expect(html).toContain('<meta name="secrecy" content="TOI_MAT">')
    const body = html.slice(html.indexOf('<body>') + '<body>'.length).trimStart()
    expect(body.startsWith('<p class="secrecy" data-secrecy="TOI_MAT">TỐI MẬT</p>')).toBe(true)
    const open = renderReportHtml(build(marked('PUBLIC')))
    expect(open).toContain('<meta name="secrecy" content="PUBLIC">')
    expect(open).not.toContain('class="secrecy"')
    expect(open).not.toContain('MẬT')
  })
})
