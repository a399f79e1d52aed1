import { describe, expect, it } from 'vitest'
import {
  type DirectiveInput,
  type DirectiveSectionInput,
  validateDirectiveSections,
  validateNewDirective,
} from '../../src/directive/directive.js'

const base: DirectiveInput = {
  symbol: '42-CT/TW',
  issuerOrganizationCode: 'BCT-TW',
  issuedOn: '2010-04-16',
  title:
    'Chỉ thị về nâng cao chất lượng toàn diện của hoạt động Liên hiệp các hội khoa học và kỹ thuật Việt Nam',
}

function errorOf(input: unknown) {
  const r = validateNewDirective(input as DirectiveInput)
  return r.ok ? null : r.error
}

function sectionsError(input: unknown) {
  const r = validateDirectiveSections(input as readonly DirectiveSectionInput[])
  return r.ok ? null : r.error
}

describe('validateNewDirective at the edges', () => {
  it('refuses a missing symbol or issuer, with the path', () => {
    expect(errorOf({ ...base, symbol: undefined })?.path[0]).toBe('symbol')
    expect(errorOf({ ...base, issuerOrganizationCode: undefined })?.path).toEqual([
      'issuerOrganizationCode',
    ])
  })

  it('refuses a title longer than 1000 characters and accepts one of exactly 1000', () => {
    expect(errorOf({ ...base, title: 'a'.repeat(1000) })).toBeNull()
    expect(errorOf({ ...base, title: 'a'.repeat(1001) })).toMatchObject({
      code: 'TOO_LONG',
      path: ['title'],
    })
  })

  it('refuses a title that is not text', () => {
    expect(errorOf({ ...base, title: 42 })).toMatchObject({
      code: 'REQUIRED',
      path: ['title'],
      value: 42,
    })
  })
})

describe('validateDirectiveSections at the edges', () => {
  it('refuses sections that are not a list', () => {
    expect(sectionsError({ number: 'I' })).toMatchObject({
      code: 'INVALID_SECTIONS',
      path: ['sections'],
    })
  })

  it('refuses children that are not a list, with the path', () => {
    expect(sectionsError([{ number: 'I' }, { number: 'II', children: 'a, b' }])).toMatchObject({
      code: 'INVALID_SECTIONS',
      path: ['sections', 1, 'children'],
    })
  })

  it('refuses a section number over 20 characters', () => {
    const number = '1'.repeat(21)
    expect(sectionsError([{ number: 'I', children: [{ number }] }])).toMatchObject({
      code: 'TOO_LONG',
      path: ['sections', 0, 'children', 0, 'number'],
    })
  })

  it('refuses a heading over 1000 characters, and accepts 1000', () => {
    expect(sectionsError([{ number: 'I', heading: 'đ'.repeat(1000) }])).toBeNull()
    expect(sectionsError([{ number: 'I', heading: 'đ'.repeat(1001) }])).toMatchObject({
      code: 'TOO_LONG',
      path: ['sections', 0, 'heading'],
    })
  })
})
