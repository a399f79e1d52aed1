import { describe, expect, it } from 'vitest'
import { directiveNotFound, organizationNotFound, taskNotFound } from '../src/index.js'

describe('record not found', () => {
  it('answers each kind of record with one code and message, at the path given', () => {
    expect(organizationNotFound(['leadIds', 2], 'abc')).toEqual({
      code: 'ORGANIZATION_NOT_FOUND',
      message: 'No such organisation',
      messageVi: 'Không tìm thấy tổ chức',
      path: ['leadIds', 2],
      value: 'abc',
    })
    expect(organizationNotFound()).toEqual({
      code: 'ORGANIZATION_NOT_FOUND',
      message: 'No such organisation',
      messageVi: 'Không tìm thấy tổ chức',
      path: ['id'],
    })
    expect(Object.isFrozen(organizationNotFound())).toBe(true)
    expect(taskNotFound().path).toEqual(['id'])
    expect(directiveNotFound(['targetId']).code).toBe('DIRECTIVE_NOT_FOUND')
  })
})
