import type { Directive, Page } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { listDirectives } from '../../src/directive/list-directives.js'
import type { DirectiveFilter, DirectiveOrder } from '../../src/ports/directive-store.js'
import { readContext, recorder } from '../support/use-case-context.js'

const PAGE: Page<Directive> = {
  edges: [],
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
}

function directivesPort() {
  return {
    list: recorder(
      async (_request: {
        readonly filter?: DirectiveFilter | null
        readonly orderBy?: DirectiveOrder | null
      }) => PAGE,
    ),
  }
}

describe('listDirectives', () => {
  it('lists the newest first unless told otherwise', async () => {
    const directives = directivesPort()
    const result = await listDirectives(readContext({ directives }), {
      filter: { kind: ['CONCLUSION'] },
      first: 10,
    })
    expect(result).toEqual({ ok: true, value: PAGE })
    expect(directives.list.calls[0]?.[0]).toMatchObject({
      first: 10,
      filter: { kind: ['CONCLUSION'] },
      orderBy: 'ISSUED_DESC',
    })
  })

  it('keeps the order and the page it is asked for', async () => {
    const directives = directivesPort()
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
