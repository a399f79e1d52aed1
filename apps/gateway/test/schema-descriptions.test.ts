import * as app from '@chidao/app'
import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql'
import { describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import { ERROR_CODE_MEANINGS } from '../src/schema/support/error-code-meanings.js'
import { errorTypeOf } from '../src/schema/support/error-codes.js'

/** What a front-end team reads in GraphiQL or its generated types instead of the source. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = []
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        if (!arg.description?.trim())
          missing.push(`argument ${type.name}.${field.name}(${arg.name})`)
      }
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description?.trim()) missing.push(`input field ${type.name}.${field.name}`)
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!value.description?.trim()) missing.push(`enum value ${type.name}.${value.name}`)
    }
  }
  return missing
}

describe('the schema describes itself', () => {
  it('describes every argument, every field of an input type and every enum value', () => {
    const missing = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__'))
      .flatMap(undescribed)
    expect(missing).toEqual([])
  })

  it('types `Error.code` and each error type’s code as the enum ErrorCode', () => {
    for (const name of [
      'Error',
      'ValidationError',
      'NotFoundError',
      'ConflictError',
      'ForbiddenError',
      'UnauthenticatedError',
    ]) {
      const type = schema.getType(name)
      if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`no type ${name}`)
      expect(String(type.getFields().code?.type), name).toBe('ErrorCode!')
    }
  })

  it('has one ErrorCode value for each code a use case declares, each described in both languages', () => {
    const declared = new Set<string>()
    for (const value of Object.values(app)) {
      const errors = (value as { errors?: unknown }).errors
      if (typeof value === 'function' && Array.isArray(errors))
        for (const c of errors) declared.add(c)
    }
    const enumType = schema.getType('ErrorCode')
    if (!isEnumType(enumType)) throw new Error('no enum ErrorCode')
    const values = enumType.getValues().map((v) => v.name)
    expect(new Set(values)).toEqual(declared)
    expect(Object.keys(ERROR_CODE_MEANINGS).sort()).toEqual([...declared].sort())
    for (const v of enumType.getValues()) {
      expect(v.description, v.name).toContain(`In \`${errorTypeOf(v.name)}\``)
      expect(v.description, v.name).toMatch(/Vietnamese: \S/)
    }
  })
})
