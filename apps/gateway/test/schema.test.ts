import { readFile } from 'node:fs/promises'
import { printSchema } from 'graphql'
import { describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'

describe('schema.graphql', () => {
  it('is committed and up to date with the code (run `npm run schema -w @chidao/gateway`)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8')
    const body = committed.slice(committed.indexOf('\n\n') + 2)
    expect(body).toBe(`${printSchema(schema)}\n`)
  })
})
