import { describe, expect, it } from 'vitest'
import { paragraphStyles } from '../src/docx/docx-styles.js'
import { parseXml } from '../src/docx/xml-node.js'

const style = (id: string, name: string, inner = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`

describe('paragraphStyles', () => {
  const xml = parseXml(
    `<w:styles xmlns:w="w">${[
      style('Heading2', 'heading 2'),
      style('MucLon', 'Mục lớn', '<w:basedOn w:val="Heading2"/>'),
      style(
        'DanhSo',
        'List Number',
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>',
      ),
      style('Dam', 'Đậm', '<w:basedOn w:val="DanhSo"/><w:rPr><w:b/></w:rPr>'),
      style(
        'Vong1',
        'Vòng 1',
        '<w:basedOn w:val="Vong2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>',
      ),
      style('Vong2', 'Vòng 2', '<w:basedOn w:val="Vong1"/>'),
    ].join('')}</w:styles>`,
  )
  if (!xml.ok) throw new Error(xml.reason)
  const styles = paragraphStyles(xml.nodes)

  it('inherits heading, bold and list numbering through w:basedOn, the nearest style winning', () => {
    expect(styles.get('MucLon')).toEqual({ heading: true, bold: false })
    expect(styles.get('DanhSo')).toEqual({ heading: false, bold: false, numId: '7', ilvl: 1 })
    expect(styles.get('Dam')).toEqual({ heading: false, bold: true, numId: '7', ilvl: 1 })
  })

  it('cuts a cycle of w:basedOn, and outline level 9 (body text) is no heading', () => {
    expect(styles.get('Vong1')).toEqual({ heading: false, bold: false })
    expect(styles.get('Vong2')).toEqual({ heading: false, bold: false })
  })
})
