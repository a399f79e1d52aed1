import { describe, expect, it } from 'vitest'
import { readText } from '../src/index.js'

describe('readText', () => {
  it('gives one paragraph per non-empty line, as typed, in NFC', () => {
    const doc = readText(
      '\uFEFFI. MỤC ĐÍCH\r\n\r\n1. Quán triệt Kết luận\n   - Các huyện ủy  \n'.normalize('NFD'),
      'ke-hoach.txt',
    )
    expect(doc).toEqual({
      name: 'ke-hoach.txt',
      format: 'txt',
      blocks: [
        { kind: 'paragraph', text: 'I. MỤC ĐÍCH', place: { block: 1 } },
        { kind: 'paragraph', text: '1. Quán triệt Kết luận', place: { block: 2 } },
        { kind: 'paragraph', text: '- Các huyện ủy', place: { block: 3 } },
      ],
    })
  })

  it('reads a pipe table, dropping its rule row, titled by the line above', () => {
    const doc = readText(
      [
        'Phụ lục: Danh mục nhiệm vụ',
        '| TT | Nội dung | Chủ trì |',
        '|---|:---|---|',
        '| 1 | Xây dựng đề án | Sở Nội vụ |',
        '| 2 | Tổng kết |',
        'Nơi nhận:',
      ].join('\n'),
      'phu-luc.txt',
    )
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Phụ lục: Danh mục nhiệm vụ', place: { block: 1 } },
      {
        kind: 'table',
        title: 'Phụ lục: Danh mục nhiệm vụ',
        rows: [
          ['TT', 'Nội dung', 'Chủ trì'],
          ['1', 'Xây dựng đề án', 'Sở Nội vụ'],
          ['2', 'Tổng kết', ''],
        ],
        place: { block: 2 },
      },
      { kind: 'paragraph', text: 'Nơi nhận:', place: { block: 3 } },
    ])
  })

  it('reads tab-separated rows as a table (blank lines between do not part it from its title), one line with a tab stays a paragraph', () => {
    const doc = readText('1.\tQuán triệt\n\nTT\tNội dung\n1\tXây dựng', 'bang.txt')
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '1.\tQuán triệt', place: { block: 1 } },
      {
        kind: 'table',
        title: '1.\tQuán triệt',
        rows: [
          ['TT', 'Nội dung'],
          ['1', 'Xây dựng'],
        ],
        place: { block: 2 },
      },
    ])
  })
})
