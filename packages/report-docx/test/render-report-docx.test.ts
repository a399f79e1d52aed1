import { completionByLeadSvg, timelinessStackedSvg } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  directiveName,
  REPORT_PAGE,
  renderReportDocx,
  reportSubject,
  resolveDocxOptions,
  svgToPng,
} from '../src/index.js'
import { expectParagraphsInOrder } from './paragraph-order.js'
import { fixtureReport, INPUT, PARTY_OPTIONS } from './report-fixture.js'
import { unpack } from './unpack-docx.js'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** mm → twips, as Word stores page geometry. */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440)

describe('renderReportDocx, Party layout (36-HD/VPTW)', async () => {
  const report = fixtureReport()
  const bytes = await renderReportDocx(report, PARTY_OPTIONS)
  const doc = unpack(bytes)

  it('is a DOCX package (a zip with the Word parts)', () => {
    expect(bytes[0]).toBe(0x50) // "PK"
    expect(bytes[1]).toBe(0x4b)
    expect(Object.keys(doc.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    )
  })

  it('is A4 with the margins of the guideline, Times New Roman 14 pt', () => {
    const size = /<w:pgSz ([^>]*)\/>/.exec(doc.xml)?.[1] ?? ''
    expect(size).toContain(`w:w="${twip(210)}"`)
    expect(size).toContain(`w:h="${twip(297)}"`)
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc.xml)?.[1] ?? ''
    expect(margin).toContain(`w:left="${twip(REPORT_PAGE.marginLeft)}"`)
    expect(margin).toContain(`w:right="${twip(REPORT_PAGE.marginRight)}"`)
    expect(margin).toContain(`w:top="${twip(REPORT_PAGE.marginTop)}"`)
    expect(REPORT_PAGE.marginLeft).toBeGreaterThanOrEqual(30)
    expect(REPORT_PAGE.marginLeft).toBeLessThanOrEqual(35)
    expect(REPORT_PAGE.marginRight).toBeGreaterThanOrEqual(15)
    expect(REPORT_PAGE.marginRight).toBeLessThanOrEqual(20)
    const styles = doc.text('word/styles.xml')
    expect(styles).toContain('w:ascii="Times New Roman"')
    expect(styles).toMatch(/<w:rPrDefault>.*<w:sz w:val="28"\/>/s)
  })

  it('has the header, title, signature and recipients of a Party report, in order', () => {
    expectParagraphsInOrder(doc.paragraphs, [
      'TỈNH ỦY MINH HỌA',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 35-BC/TU',
      'Minh Họa, ngày 31 tháng 3 năm 2024',
      'BÁO CÁO',
      reportSubject(report),
      '-----',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'VI. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng (để báo cáo),',
      '- Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Nguyễn Văn A',
      'PHỤ LỤC',
      '(Kèm theo Báo cáo số 35-BC/TU, ngày 31 tháng 3 năm 2024 của Tỉnh ủy Minh Họa)',
    ])
    // The date line is in italics; the issuing body and the Party's name in bold.
    expect(doc.xml).toMatch(
      /<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Minh Họa, ngày 31 tháng 3 năm 2024</s,
    )
    expect(doc.xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>ĐẢNG CỘNG SẢN VIỆT NAM</s)
    // "Nơi nhận" is underlined, as the guideline has it.
    expect(doc.xml).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Nơi nhận</s)
  })

  it('states the figures of the report, in the body and in the annex table', () => {
    const f = report.timeliness
    expect(f.total.value).toBe(3)
    expect(f.counts.OVERDUE.value).toBe(1)
    expect(doc.paragraphs).toContain(
      `Tính đến ngày 31/3/2024, tổng số 3 nhiệm vụ được giao (không kể 1 nhiệm vụ đã hủy): hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa hoàn thành trong hạn 1, chưa hoàn thành quá hạn 1. Tỷ lệ hoàn thành: 1/2 (50,0 %) trên số nhiệm vụ đã đến hạn, 1/3 (33,3 %) trên tổng số nhiệm vụ được giao; tỷ lệ hoàn thành đúng hạn: 1/2 (50,0 %) và 1/3 (33,3 %).`,
    )
    const row = (label: string) => doc.paragraphs[doc.paragraphs.indexOf(label) + 1]
    expect(row('Chưa hoàn thành quá hạn')).toBe('1')
    expect(row('Tổng số (không kể nhiệm vụ đã hủy)')).toBe('3')
    expect(row('Đã hủy')).toBe('1')
    // The task list escapes what the data holds.
    expect(doc.xml).toContain('tư vấn &amp; phản biện &lt;dự thảo&gt;')
  })

  it('draws both charts as PNG images', () => {
    const media = Object.keys(doc.files).filter((n) => n.startsWith('word/media/'))
    expect(media).toHaveLength(2)
    for (const name of media) {
      expect([...(doc.files[name] ?? []).slice(0, 8)]).toEqual(PNG_SIGNATURE)
    }
    expect(doc.xml.match(/<wp:inline/g)).toHaveLength(2)
    expect(doc.xml).toContain('descr="Biểu đồ 1. Nhiệm vụ theo tình hình thực hiện"')
  })
})

describe('renderReportDocx, State layout (decree 30/2020/NĐ-CP)', async () => {
  const report = fixtureReport()
  const doc = unpack(
    await renderReportDocx(report, {
      layout: 'state',
      superior: 'UBND tỉnh Minh Họa',
      issuer: 'Sở Khoa học và Công nghệ',
      symbol: 'BC-SKHCN',
      place: 'Minh Họa',
      signature: { capacity: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị B' },
    }),
  )

  it('has the national title and motto, the agency, "Số:" and the TM./KT. block', () => {
    const p = doc.paragraphs
    for (const text of [
      'UBND TỈNH MINH HỌA',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Minh Họa, ngày 31 tháng 3 năm 2024',
      'BÁO CÁO',
      'Nơi nhận:',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Trần Thị B',
    ]) {
      expect(p).toContain(text)
    }
    expect(p.some((t) => /^Số: \s+\/BC-SKHCN$/u.test(t))).toBe(true)
    expect(p).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
    expect(p).not.toContain('-----')
    expect(p).not.toContain('*')
  })
})

describe('resolveDocxOptions', () => {
  const report = fixtureReport()

  it('leaves the number blank for the records office, and takes the issuer code of the directive', () => {
    expect(resolveDocxOptions(report).numberLine).toMatch(/^Số \s+-BC\/TU$/u)
    expect(resolveDocxOptions(report, { number: '35' }).numberLine).toBe('Số 35-BC/TU')
    expect(resolveDocxOptions(report, { layout: 'state', number: 12 }).numberLine).toBe(
      'Số: 12/BC-TU',
    )
    expect(resolveDocxOptions(report).dateLine).toBe('…………, ngày 31 tháng 3 năm 2024')
    expect(resolveDocxOptions(report).signature).toEqual({
      capacity: 'T/M BAN THƯỜNG VỤ',
      position: 'BÍ THƯ',
      name: '',
    })
    expect(resolveDocxOptions(report).issuer).toBe('Ban Thường vụ Tỉnh ủy')
  })

  it('normalises text to NFC', () => {
    const decomposed = 'Minh Họa'.normalize('NFD')
    expect(resolveDocxOptions(report, { place: decomposed }).dateLine).toBe(
      'Minh Họa, ngày 31 tháng 3 năm 2024',
    )
  })

  it('refuses a layout or a date that is not one, in both languages', () => {
    expect(() => resolveDocxOptions(report, { layout: 'word' as never })).toThrow(
      /layout must be party or state, got "word" \/ layout phải là party hoặc state/,
    )
    expect(() => resolveDocxOptions(report, { date: '2024-02-30' })).toThrow(
      /date must be a date YYYY-MM-DD, got "2024-02-30" \/ date phải là ngày/,
    )
  })

  it('names the directive by its kind and number', () => {
    expect(directiveName(report)).toBe('Chương trình số 06-CTr/TU')
    expect(reportSubject(report)).toBe(
      'Sơ kết thực hiện Chương trình hành động số 06-CTr/TU của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
    )
    const conclusion = fixtureReport({
      ...INPUT,
      directive: {
        ...INPUT.directive,
        symbolText: '93-KL/TW',
        title: 'Về việc tiếp tục thực hiện',
      },
    })
    expect(reportSubject(conclusion)).toBe(
      'Sơ kết thực hiện Kết luận số 93-KL/TW về việc tiếp tục thực hiện',
    )
    // A periodic report gives the results: "BÁO CÁO / Kết quả thực hiện …", not "Báo cáo … " twice.
    const periodic = fixtureReport({ ...INPUT, kind: 'PERIODIC_REPORT' })
    expect(reportSubject(periodic)).toMatch(
      /^Kết quả thực hiện Chương trình hành động số 06-CTr\/TU/,
    )
  })
})

describe('svgToPng', () => {
  const report = fixtureReport()

  it('draws the charts at twice their size, without a browser', () => {
    for (const svg of [timelinessStackedSvg(report), completionByLeadSvg(report)]) {
      const chart = svgToPng(svg)
      expect([...chart.png.slice(0, 8)]).toEqual(PNG_SIGNATURE)
      const view = new DataView(chart.png.buffer, chart.png.byteOffset)
      expect(view.getUint32(16)).toBe(chart.width * 2) // IHDR width
      expect(view.getUint32(20)).toBe(chart.height * 2)
    }
  })

  it('refuses an SVG without a size', () => {
    expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(
      /no width and height \/ Biểu đồ SVG thiếu kích thước/,
    )
  })
})
