import { describe, expect, it } from 'vitest'
import { groupLines, type PdfTextItem } from '../src/pdf/pdf-lines.js'
import { groupBlocks } from '../src/pdf/pdf-table.js'

const SIZE = 12
const LEADING = 14

/** Runs of text laid out on a page: each `[x, line, text]`, lines counted down from the top. */
function runs(...placed: readonly (readonly [number, number, string])[]): PdfTextItem[] {
  return placed.map(([x, line, text]) => ({
    text,
    x,
    y: 700 - line * LEADING,
    // Near enough for Times at 12 pt: half an em a character.
    width: text.length * SIZE * 0.5,
    size: SIZE,
  }))
}

describe('groupLines', () => {
  it('gives a list number printed as a run of its own right against its text its space', () => {
    const lines = groupLines(
      runs([100, 0, '1.'], [108.1, 0, 'Tổ chức học tập'], [100, 1, 'a)'], [112, 1, 'Rà soát']),
    )
    expect(lines.map((l) => l.text)).toEqual(['1. Tổ chức học tập', 'a) Rà soát'])
  })

  it('adds no space inside a word split over two runs, nor after a number that is no label', () => {
    const lines = groupLines(runs([100, 0, 'Quy'], [118, 0, 'ết'], [100, 1, '2026'], [124, 1, 'đ']))
    expect(lines.map((l) => l.text)).toEqual(['Quyết', '2026đ'])
  })

  it('parts a line at gutters wider than an em into cells, each with where it stands', () => {
    const [line] = groupLines(runs([72, 0, '1'], [110, 0, 'Xây dựng đề án'], [280, 0, 'Sở Nội vụ']))
    expect(line?.text).toBe('1\tXây dựng đề án\tSở Nội vụ')
    expect(line?.cells.map((c) => [c.text, c.x])).toEqual([
      ['1', 72],
      ['Xây dựng đề án', 110],
      ['Sở Nội vụ', 280],
    ])
  })
})

// A task table whose cells wrap as a word processor prints them, between two paragraphs.
const PAGE = runs(
  [72, 0, 'PHỤ LỤC: DANH MỤC NHIỆM VỤ'],
  [72, 1, 'STT'],
  [110, 1, 'Nội dung nhiệm vụ'],
  [300, 1, 'Cơ quan chủ trì'],
  [420, 1, 'Thời gian'],
  [420, 2, 'hoàn thành'],
  [72, 3, '1'],
  [110, 3, 'Xây dựng đề án ứng dụng'],
  [110, 4, 'khoa học, công nghệ'],
  [300, 3, 'Sở Khoa học và'],
  [300, 4, 'Công nghệ'],
  [420, 3, '30/9/2026'],
  [72, 5, '2'],
  [110, 5, 'Kiểm tra, giám sát'],
  [300, 5, 'Ủy ban Kiểm tra'],
  [300, 6, 'Tỉnh ủy'],
  [420, 5, 'Thường xuyên'],
  [72, 8, 'Các cơ quan, đơn vị căn cứ Phụ lục này xây dựng kế hoạch thực hiện, báo cáo.'],
)

describe('groupBlocks', () => {
  it('puts a table back together: a row from each line with a number, wrapped cells joined', () => {
    expect(groupBlocks(groupLines(PAGE))).toEqual([
      { kind: 'paragraph', text: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ' },
      {
        kind: 'table',
        rows: [
          ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
          [
            '1',
            'Xây dựng đề án ứng dụng khoa học, công nghệ',
            'Sở Khoa học và Công nghệ',
            '30/9/2026',
          ],
          ['2', 'Kiểm tra, giám sát', 'Ủy ban Kiểm tra Tỉnh ủy', 'Thường xuyên'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Các cơ quan, đơn vị căn cứ Phụ lục này xây dựng kế hoạch thực hiện, báo cáo.',
      },
    ])
  })

  it('joins a first column that wraps, in a table without numbers', () => {
    const page = runs(
      [72, 0, 'Nhiệm vụ'],
      [250, 0, 'Chủ trì'],
      [400, 0, 'Thời hạn'],
      [72, 1, 'Tổng kết việc thực'],
      [72, 2, 'hiện Chương trình'],
      [250, 1, 'Văn phòng Tỉnh ủy'],
      [400, 1, 'Quý IV/2026'],
    )
    expect(groupBlocks(groupLines(page))).toEqual([
      {
        kind: 'table',
        rows: [
          ['Nhiệm vụ', 'Chủ trì', 'Thời hạn'],
          ['Tổng kết việc thực hiện Chương trình', 'Văn phòng Tỉnh ủy', 'Quý IV/2026'],
        ],
      },
    ])
  })

  it('leaves two columns as lines of text: a letterhead is no table', () => {
    const page = runs([72, 0, 'TỈNH ỦY MINH HỌA'], [330, 0, 'ĐẢNG CỘNG SẢN VIỆT NAM'])
    expect(groupBlocks(groupLines(page))).toEqual([
      { kind: 'paragraph', text: 'TỈNH ỦY MINH HỌA\tĐẢNG CỘNG SẢN VIỆT NAM' },
    ])
  })
})
