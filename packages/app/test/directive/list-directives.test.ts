import { describe, expect, it } from 'vitest'
import { listDirectives } from '../../src/directive/list-directives.js'
import { EMPTY_PAGE, listPort } from '../support/list-port.js'
import { readContext } from '../support/use-case-context.js'

describe('listDirectives', () => {
  it('lists the newest first unless told otherwise', async () => {
    const directives = listPort()
    const result = await listDirectives(readContext({ directives }), {
      filter: { kind: ['CONCLUSION'] },
      first: 10,
    })
    expect(result).toEqual({ ok: true, value: EMPTY_PAGE })
    expect(directives.list.calls[0]?.[0]).toMatchObject({
      first: 10,
      filter: { kind: ['CONCLUSION'] },
      orderBy: 'ISSUED_DESC',
    })
  })

  it('keeps the order and the page it is asked for', async () => {
    const directives = listPort()
    await listDirectives(readContext({ directives }), {
      orderBy: 'SYMBOL_ASC',
      after: 'c',
      last: 3,
    })
    expect(directives.list.calls[0]?.[0]).toMatchObject({
      after: 'c',
      last: 3,
      filter: null,
      orderBy: 'SYMBOL_ASC',
    })
  })
})
