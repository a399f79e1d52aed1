import type { Secrecy } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { type DocxLayout, renderReportDocx, resolveDocxOptions } from '../src/index.js'
import { fixtureReport, INPUT } from './report-fixture.js'
import { textOf, unpack } from './unpack-docx.js'

const MARKS: readonly (readonly [Secrecy, string])[] = [
  ['MAT', 'MẬT'],
  ['TOI_MAT', 'TỐI MẬT'],
  ['TUYET_MAT', 'TUYỆT MẬT'],
]

function reportMarked(secrecy: Secrecy) {
  return fixtureReport({ ...INPUT, directive: { ...INPUT.directive, secrecy } })
}

async function render(secrecy: Secrecy, layout: DocxLayout) {
  return unpack(await renderReportDocx(reportMarked(secrecy), { layout, number: 35 }))
}

/** The paragraphs of the header table's top-left block under the issuer: number, then the rest. */
function numberBlock(xml: string): { texts: string[]; xml: string[] } {
  const table = /<w:tbl>.*?<\/w:tbl>/s.exec(xml)?.[0] ?? ''
  const rows = [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((m) => m[0])
  const cell = /<w:tc>.*?<\/w:tc>/s.exec(rows[1] ?? '')?.[0] ?? ''
  const paragraphs = [...cell.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0])
  return { texts: paragraphs.map(textOf), xml: paragraphs }
}

describe.each<DocxLayout>(['party', 'state'])('the secrecy mark in the %s layout', (layout) => {
  it.each(MARKS)(
    'puts %s as "%s" under the number and symbol, bold, upper case',
    async (level, mark) => {
      const doc = await render(level, layout)
      const block = numberBlock(doc.xml)
      expect(block.texts).toEqual([layout === 'party' ? 'Số 35-BC/TU' : 'Số: 35/BC-TU', mark])
      expect(block.xml[1]).toMatch(/<w:b\/>/)
      expect(block.xml[1]).toMatch(/<w:sz w:val="26"\/>/)
      // Once, on the first page: not in the page headers, not elsewhere in the body.
      expect(doc.paragraphs.filter((p) => p === mark)).toHaveLength(1)
      const headers = Object.keys(doc.files).filter((n) => /^word\/header\d*\.xml$/.test(n))
      expect(headers.length).toBeGreaterThan(0)
      for (const name of headers) expect(doc.text(name)).not.toContain(mark)
      // And for machines, as a custom document property.
      expect(doc.text('docProps/custom.xml')).toMatch(
        new RegExp(`name="secrecy"[^>]*>\\s*<vt:lpwstr>${level}</vt:lpwstr>`),
      )
    },
  )

  it('leaves a public report unmarked', async () => {
    const doc = unpack(await renderReportDocx(fixtureReport(), { layout, number: 35 }))
    expect(numberBlock(doc.xml).texts).toEqual([
      layout === 'party' ? 'Số 35-BC/TU' : 'Số: 35/BC-TU',
    ])
    expect(doc.xml).not.toContain('MẬT')
    expect(doc.text('docProps/custom.xml')).toMatch(/<vt:lpwstr>PUBLIC<\/vt:lpwstr>/)
  })
})

describe('resolveDocxOptions and the mark', () => {
  it('takes the mark from the report: no option sets or lowers it', () => {
    const report = reportMarked('TOI_MAT')
    expect(resolveDocxOptions(report).secrecyMark).toBe('TỐI MẬT')
    const options = { secrecy: 'PUBLIC', secrecyMark: null } as never
    expect(resolveDocxOptions(report, options).secrecyMark).toBe('TỐI MẬT')
    expect(resolveDocxOptions(fixtureReport()).secrecyMark).toBeNull()
  })
})
