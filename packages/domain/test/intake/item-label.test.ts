import { describe, expect, it } from 'vitest'
import { buildSectionTree, readItemLabel } from '../../src/index.js'
import { textDocument } from './text-document.js'

describe('readItemLabel', () => {
  it('reads the labels programmes number their parts with, outermost first', () => {
    expect(readItemLabel('II. NHIỆM VỤ VÀ GIẢI PHÁP')).toMatchObject({
      kind: 'ROMAN',
      label: 'II',
      rest: 'NHIỆM VỤ VÀ GIẢI PHÁP',
    })
    expect(readItemLabel('3. Tập hợp trí thức')).toMatchObject({
      kind: 'NUMBER',
      label: '3',
      rank: 21,
    })
    expect(readItemLabel('1.2. Tôn vinh doanh nhân')).toMatchObject({
      kind: 'NUMBER',
      label: '1.2',
      rank: 22,
    })
    expect(readItemLabel('đ) Sơ kết việc thực hiện')).toMatchObject({ kind: 'LETTER', label: 'đ' })
    expect(readItemLabel('- Cơ quan chủ trì: Sở Tư pháp.')).toMatchObject({ kind: 'DASH' })
    expect(readItemLabel('+ Cấp xã')).toMatchObject({ kind: 'PLUS' })
  })

  it('reads no label from running text, a year or a date', () => {
    expect(readItemLabel('Ngày 20/11/2020, Ban Bí thư ban hành…')).toBeNull()
    expect(readItemLabel('2026 là năm…')).toBeNull()
    expect(readItemLabel('15/12 hằng năm')).toBeNull()
  })

  it("takes Word's list numbering before the text, which is then all content", () => {
    expect(readItemLabel('Tăng cường lãnh đạo', 'b)')).toMatchObject({
      kind: 'LETTER',
      label: 'b',
      rest: 'Tăng cường lãnh đạo',
    })
  })
})

describe('buildSectionTree', () => {
  it('nests parts by their labels and keeps bullets out of the path', () => {
    const tree = buildSectionTree(
      textDocument(
        'x',
        'Lời mở đầu\nII. NHIỆM VỤ\n1. Nhóm một\n- chi tiết\na) Việc một\n1.1. Việc hai\nIII. TỔ CHỨC',
      ).blocks,
    )
    expect(tree.preamble.map((p) => p.text)).toEqual(['Lời mở đầu'])
    const one = tree.roots[0]!.children[0]!
    expect(one.children.map((c) => [c.label.kind, c.path.join('.')])).toEqual([
      ['DASH', 'II.1'],
      ['LETTER', 'II.1.a'],
      ['NUMBER', 'II.1.1'],
    ])
    expect(tree.roots.map((r) => r.label.label)).toEqual(['II', 'III'])
  })

  it('closes the parts at the signature', () => {
    const tree = buildSectionTree(
      textDocument('x', 'III. TỔ CHỨC\n1. Việc\nT/M BAN THƯỜNG VỤ\nBÍ THƯ').blocks,
    )
    expect(tree.roots[0]!.children[0]!.body).toEqual([])
  })
})
