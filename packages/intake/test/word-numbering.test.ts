import { describe, expect, it } from 'vitest'
import { formatListNumber } from '../src/docx/list-label.js'
import { WordNumbering } from '../src/docx/word-numbering.js'
import { parseXml } from '../src/docx/xml-node.js'

const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`

function numbering(xml: string): WordNumbering {
  const parsed = parseXml(`<w:numbering xmlns:w="w">${xml}</w:numbering>`)
  if (!parsed.ok) throw new Error(parsed.reason)
  return new WordNumbering(parsed.nodes)
}

describe('WordNumbering', () => {
  it('writes multi-level labels, resetting deeper levels when a shallower one is used', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    const labels = [0, 1, 2, 2, 1, 2, 0, 1, 2].map((level) => n.next('1', level))
    expect(labels).toEqual(['I.', '1.', '1.1.', '1.2.', '2.', '2.1.', 'II.', '1.', '1.1.'])
  })

  it('continues a list across two w:num of one definition unless one restarts it', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    )
    expect([
      n.next('1', 0),
      n.next('1', 0),
      n.next('2', 0),
      n.next('3', 0),
      n.next('3', 0),
    ]).toEqual(['1.', '2.', '3.', '1.', '2.'])
  })

  it('keeps a deeper level counting where w:lvlRestart is 0, and writes legal numbers as decimals', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'lowerLetter', '%1.%2)', '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    expect([n.next('1', 0), n.next('1', 1), n.next('1', 0), n.next('1', 1)]).toEqual([
      'I.',
      '1.1)',
      'II.',
      '2.2)',
    ])
  })

  it('gives bullets as typed, Symbol-font bullets as "•", and nothing for an unknown list', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '\uF0B7')}${lvl(1, 'bullet', '-')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    expect([n.next('1', 0), n.next('1', 1), n.next('9', 0), n.next('1', 5)]).toEqual([
      '•',
      '-',
      undefined,
      undefined,
    ])
  })

  it('formats numbers as Word does', () => {
    expect([1, 4, 9, 14, 40].map((v) => formatListNumber(v, 'upperRoman'))).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XL',
    ])
    expect([1, 26, 27, 28].map((v) => formatListNumber(v, 'lowerLetter'))).toEqual([
      'a',
      'z',
      'aa',
      'bb',
    ])
    expect(formatListNumber(3, 'decimalZero')).toBe('03')
    expect(formatListNumber(3, 'upperLetter')).toBe('C')
    expect(formatListNumber(7, 'lowerRoman')).toBe('vii')
  })
})
