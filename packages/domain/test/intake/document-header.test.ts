import { describe, expect, it } from 'vitest'
import { readDocumentHeader } from '../../src/index.js'
import { textDocument } from './text-document.js'

describe('readDocumentHeader', () => {
  it("reads a Party programme's symbol, date, issuer, kind, title and citations", () => {
    const header = readDocumentHeader(
      textDocument(
        'x',
        [
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          'TỈNH ỦY AN PHÚ',
          'Số: 12-Ctr/TU',
          'An Phú, ngày 15 tháng 01 năm 2026',
          'CHƯƠNG TRÌNH HÀNH ĐỘNG',
          'thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng',
          '-----',
          'I. MỤC ĐÍCH, YÊU CẦU',
          'Theo Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị.',
          'T/M BAN THƯỜNG VỤ',
        ].join('\n'),
      ).blocks,
    )
    expect(header.symbol).toMatchObject({ value: '12-CTr/TU', place: { block: 3 } })
    // A symbol written with noise is read, less surely.
    expect(header.symbol!.confidence).toBeLessThan(0.95)
    expect(header.issuedOn).toMatchObject({ value: '2026-01-15', place: { block: 4 } })
    expect(header.issuer?.value).toBe('Ban thường vụ Tỉnh ủy')
    expect(header.kind?.value).toBe('PROGRAM')
    expect(header.title?.value).toBe(
      'Chương trình hành động thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng',
    )
    expect(header.citations.map((c) => [c.symbol.typeCode, c.symbol.number, c.issuedOn])).toEqual([
      ['KL', 93, '2020-11-20'],
      ['CT', 42, '2010-04-16'],
    ])
  })

  it("reads a State plan's issuer from its signature", () => {
    const header = readDocumentHeader(
      textDocument(
        'x',
        'ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 128/KH-UBND\nKẾ HOẠCH\nTriển khai Luật Dữ liệu\nI. MỤC ĐÍCH\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
      ).blocks,
    )
    expect(header.symbol?.value).toBe('128/KH-UBND')
    expect(header.issuer?.value).toBe('Ủy ban nhân dân tỉnh An Phú')
    expect(header.kind?.value).toBe('PLAN')
    expect(header.issuedOn).toBeNull()
  })

  it('finds nothing in a text without a header', () => {
    const header = readDocumentHeader(textDocument('x', 'Một đoạn văn.\nHai đoạn văn.').blocks)
    expect(header).toMatchObject({
      symbol: null,
      issuedOn: null,
      issuer: null,
      kind: null,
      title: null,
      citations: [],
    })
  })

  it("reads a workbook's header from the title line above its table naming the document", () => {
    const title = [
      'DANH MỤC NHIỆM VỤ',
      'Kế hoạch số 128/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân tỉnh: Kế hoạch triển khai Luật Dữ liệu',
      '(Số liệu tính đến ngày 30/06/2026)',
    ].join('\n')
    const header = readDocumentHeader([
      { kind: 'table', rows: [['STT', 'Nhiệm vụ']], title, place: { block: 1, sheet: 'Nhiệm vụ' } },
    ])
    expect(header).toMatchObject({
      symbol: { value: '128/KH-UBND', place: { sheet: 'Nhiệm vụ' } },
      issuedOn: { value: '2026-02-05' },
      issuer: { value: 'Ủy ban nhân dân tỉnh' },
      kind: { value: 'PLAN' },
      title: { value: 'Kế hoạch triển khai Luật Dữ liệu' },
    })
    const bare = readDocumentHeader([
      {
        kind: 'table',
        rows: [['STT', 'Nhiệm vụ']],
        title: 'DANH MỤC NHIỆM VỤ',
        place: { block: 1 },
      },
    ])
    expect([bare.symbol, bare.issuedOn, bare.issuer, bare.kind, bare.title]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})
