import { describe, expect, it } from 'vitest'
import {
  type DirectiveInput,
  validateDirectiveSections,
  validateNewDirective,
} from '../../src/directive/directive.js'
import { refusalOf } from '../refusal-of.js'

const base: DirectiveInput = {
  symbol: '42-CT/TW',
  issuerOrganizationCode: 'BCT-TW',
  issuedOn: '2010-04-16',
  title:
    'Chỉ thị về nâng cao chất lượng toàn diện của hoạt động Liên hiệp các hội khoa học và kỹ thuật Việt Nam',
}

const errorOf = refusalOf(validateNewDirective)
const sectionsError = refusalOf(validateDirectiveSections)

describe('validateNewDirective at the edges', () => {
  it('refuses a missing symbol or issuer, with the path', () => {
    expect(errorOf({ ...base, symbol: undefined })?.path[0]).toBe('symbol')
    expect(errorOf({ ...base, issuerOrganizationCode: undefined })?.path).toEqual([
      'issuerOrganizationCode',
    ])
  })

  it.each([
    ['longer than 1000 characters', 'a'.repeat(1001), { code: 'TOO_LONG', path: ['title'] }],
    ['that is not text', 42, { code: 'REQUIRED', path: ['title'], value: 42 }],
  ])('refuses a title %s', (_, title, error) => {
    expect(errorOf({ ...base, title })).toMatchObject(error)
  })

  it('accepts a title of exactly 1000 characters', () => {
    expect(errorOf({ ...base, title: 'a'.repeat(1000) })).toBeNull()
  })
})

describe('validateDirectiveSections at the edges', () => {
  it.each([
    ['sections that are not a list', { number: 'I' }, 'INVALID_SECTIONS', ['sections']],
    [
      'children that are not a list',
      [{ number: 'I' }, { number: 'II', children: 'a, b' }],
      'INVALID_SECTIONS',
      ['sections', 1, 'children'],
    ],
    [
      'a section number over 20 characters',
      [{ number: 'I', children: [{ number: '1'.repeat(21) }] }],
      'TOO_LONG',
      ['sections', 0, 'children', 0, 'number'],
    ],
  ])('refuses %s, with the path', (_, sections, code, path) => {
    expect(sectionsError(sections)).toMatchObject({ code, path })
  })

  it('refuses a heading over 1000 characters, and accepts 1000', () => {
    expect(sectionsError([{ number: 'I', heading: 'đ'.repeat(1000) }])).toBeNull()
    expect(sectionsError([{ number: 'I', heading: 'đ'.repeat(1001) }])).toMatchObject({
      code: 'TOO_LONG',
      path: ['sections', 0, 'heading'],
    })
  })
})
