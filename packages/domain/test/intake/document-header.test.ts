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
})
