import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../src/config.js'
import { schema } from '../src/schema/index.js'
import { type RunningGateway, startGateway } from '../src/server.js'
import { readTrustedDocuments } from '../src/trusted-documents/read-trusted-documents.js'
import { TEST_JWT_SECRET } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

const COUNT = 'query OrganizationCount { organizations { totalCount } }'
const TYPENAME = 'query Typename { __typename }'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** As GraphQL Code Generator's client preset writes persisted-documents.json: hash → document. */
const MANIFEST = { [sha256(COUNT)]: COUNT, [sha256(TYPENAME)]: TYPENAME }

describe('trusted documents (CHIDAO_TRUSTED_DOCUMENTS) over real HTTP', () => {
  let dir: string
  let gateway: RunningGateway
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-trusted-'))
    const manifest = join(dir, 'persisted-documents.json')
    await writeFile(manifest, JSON.stringify(MANIFEST))
    const config = readConfig({
      PORT: '0',
      CHIDAO_DATA_DIR: 'memory://',
      CHIDAO_TENANT: 'trusted-test',
      CHIDAO_SEED: 'none',
      CHIDAO_JWT_SECRET: TEST_JWT_SECRET,
      CHIDAO_TRUSTED_DOCUMENTS: manifest,
    })
    gateway = await startGateway(config, pino({ level: 'silent' }))
  })
  afterAll(async () => {
    await gateway?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const post = (body: Record<string, unknown>) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('runs a listed document named by its hash, by POST and by GET', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(COUNT) } }
    const posted = await post({ extensions })
    expect(posted.status).toBe(200)
    expect(await posted.json()).toEqual({ data: { organizations: { totalCount: 0 } } })
    const got = await fetch(
      `${gateway.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
      { headers: { accept: 'application/graphql-response+json' } },
    )
    expect(got.status).toBe(200)
    expect(await got.json()).toEqual({ data: { organizations: { totalCount: 0 } } })
    const byDocumentId = await post({ documentId: sha256(TYPENAME) })
    expect(await byDocumentId.json()).toEqual({ data: { __typename: 'Query' } })
  })

  it('refuses the text of a document, even a listed one: 400 TRUSTED_DOCUMENT_REQUIRED', async () => {
    for (const query of [COUNT, '{ organizations { edges { node { name } } } }']) {
      const answer = await post({ query })
      expect(answer.status).toBe(400)
      const body = await answer.json()
      expect(body.data).toBeUndefined()
      expectQueryError(body.errors[0], 'TRUSTED_DOCUMENT_REQUIRED')
    }
  })

  it('refuses an id that is not listed: 400 TRUSTED_DOCUMENT_NOT_FOUND, naming it', async () => {
    const answer = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    })
    expect(answer.status).toBe(400)
    const error = (await answer.json()).errors[0]
    expectQueryError(error, 'TRUSTED_DOCUMENT_NOT_FOUND')
    expect(error.message).toContain('f'.repeat(64))
  })
})

describe('reading a manifest', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-manifest-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const manifest = async (name: string, content: string) => {
    const path = join(dir, name)
    await writeFile(path, content)
    return path
  }

  it('reads GraphQL Code Generator’s and Apollo’s formats', async () => {
    expect([
      ...readTrustedDocuments(await manifest('codegen.json', JSON.stringify(MANIFEST)), schema),
    ]).toEqual(Object.entries(MANIFEST))
    const apollo = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: 'abc', name: 'Typename', type: 'query', body: TYPENAME }],
    }
    const read = readTrustedDocuments(await manifest('apollo.json', JSON.stringify(apollo)), schema)
    expect(read.get('abc')).toBe(TYPENAME)
  })

  it('refuses the start on a manifest it cannot use, naming the file and the entry', async () => {
    const cases: [string, string, RegExp][] = [
      ['missing.json', '', /cannot be read \(ENOENT\)/],
      ['broken.json', '{', /is not JSON/],
      ['list.json', '[]', /expected a JSON object/],
      ['number.json', '{"a": 1}', /the entry "a" is not an id with the text/],
      [
        'stale.json',
        '{"old": "{ nope }"}',
        /the document "old" does not fit the schema: Cannot query field "nope"/,
      ],
      ['syntax.json', '{"bad": "{ x"}', /the document "bad" does not fit the schema: Syntax Error/],
    ]
    for (const [name, content, problem] of cases) {
      const path = name === 'missing.json' ? join(dir, name) : await manifest(name, content)
      expect(() => readTrustedDocuments(path, schema), name).toThrow(ConfigError)
      expect(() => readTrustedDocuments(path, schema), name).toThrow(problem)
      expect(() => readTrustedDocuments(path, schema), name).toThrow(
        `CHIDAO_TRUSTED_DOCUMENTS (${path})`,
      )
    }
  })
})
