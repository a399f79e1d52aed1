/**
 * Hostile bundles, through the CLI commands `chidao validate` and `chidao import` (run in
 * process, on an embedded data directory holding the example programme; and the two heaviest
 * cases once more as a real child process) and through the `importBundle` mutation: malformed
 * JSON and YAML, wrong formats and versions, dangling references, duplicate keys in JSON and
 * YAML, a 50 MB file, YAML alias bombs. Each must be refused with the file, the path or line,
 * and the reason; nothing may be written (every table's row count is compared); no case may
 * hang (20 s) or take much memory (RSS growth is printed).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ChidaoDatabase, EXAMPLE_BUNDLE_FILE, openDatabase } from '@chidao/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../src/config.js'
import { chidaoInProcess } from '../support/cli-in-process.js'
import { gatewayHarness, loadExampleInto } from '../support/gateway-harness.js'
import { expectTypedError } from '../support/typed-error-shape.js'
import { exitWithin, startCli } from './support.js'

/** Every table's row count (the audit log's included). */
async function rowCounts(db: ChidaoDatabase): Promise<Record<string, number>> {
  const kysely = db.kysely as any
  const tables: string[] = (await kysely.introspection.getTables())
    .filter((t: { isView: boolean; name: string }) => !t.isView && !t.name.startsWith('kysely_'))
    .map((t: { name: string }) => t.name)
  const row = await kysely
    .selectNoFrom((eb: any) =>
      tables.map((t) => eb.selectFrom(t).select(eb.fn.countAll().as('n')).as(t)),
    )
    .executeTakeFirstOrThrow()
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

/** A YAML "billion laughs": 9 levels of 9 aliases each, 9^9 strings once expanded. */
function aliasBomb(levels = 9): string {
  const names = 'abcdefghijklmnop'
  let text = `${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`
  for (let i = 1; i < levels; i++) {
    const prev = names[i - 1]
    text += `${names[i]}: &${names[i]} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]\n`
  }
  return text
}

interface Case {
  readonly name: string
  readonly file: string
  /** Builds the text; `example` is the example bundle as JSON text. */
  readonly text: (example: string) => string
  /** What the refusal must say: codes and where (line:column, path). */
  readonly expect: readonly (string | RegExp)[]
  /** Also sent to the importBundle mutation (small enough for its 1 MiB body). */
  readonly mutation: boolean
}

const tenanted = (example: string, change: (b: any) => void) => {
  const bundle = JSON.parse(example)
  change(bundle)
  return JSON.stringify(bundle, null, 2)
}

const CASES: readonly Case[] = [
  {
    name: 'malformed JSON (cut off)',
    file: 'cut.json',
    text: (e) => e.slice(0, Math.floor(e.length / 2)),
    expect: [/cut\.json:\d+:\d+: \[SYNTAX_ERROR\]/],
    mutation: true,
  },
  {
    name: 'malformed YAML',
    file: 'broken.yaml',
    text: () =>
      'format: chidao-bundle\nversion: 1\ntenant: {id: test-tinh, name: [unclosed\n  organizations: : :\n',
    expect: [/broken\.yaml:\d+:\d+: \[SYNTAX_ERROR\]/],
    mutation: true,
  },
  {
    name: 'not a bundle (a JSON array)',
    file: 'array.json',
    text: () => '[1, 2, 3]',
    expect: [/array\.json:1:1: \[INVALID_TYPE\] Expected an object/],
    mutation: true,
  },
  {
    name: 'wrong format name',
    file: 'format.json',
    text: (e) =>
      tenanted(e, (b) => {
        b.format = 'other-bundle'
      }),
    expect: [/format\.json:2:\d+ format: \[INVALID_BUNDLE_FORMAT\]/],
    mutation: true,
  },
  {
    name: 'future format version',
    file: 'version.json',
    text: (e) =>
      tenanted(e, (b) => {
        b.version = 999
      }),
    expect: [/version\.json:3:\d+ version: \[UNSUPPORTED_BUNDLE_VERSION\]/],
    mutation: true,
  },
  {
    name: 'dangling references',
    file: 'dangling.json',
    text: (e) =>
      tenanted(e, (b) => {
        b.tasks[0].lead = 'KHONG-CO'
        b.tasks[1].directive = '999-KL/TW'
      }),
    expect: [
      /tasks\[0\]\.lead: \[UNKNOWN_ORGANIZATION\]/,
      /tasks\[1\]\.directive: \[UNKNOWN_DIRECTIVE\]/,
    ],
    mutation: true,
  },
  {
    name: 'duplicate key in JSON',
    file: 'duplicate.json',
    // The example's own version line, whatever the format version, written twice.
    text: (e) => e.replace(/"version": (\d+),/, '"version": $1,\n  "version": $1,'),
    expect: [/duplicate\.json:4:3: \[DUPLICATE_FIELD\] Duplicate key "version"/],
    mutation: true,
  },
  {
    name: 'duplicate key in YAML',
    file: 'duplicate.yaml',
    text: () =>
      'format: chidao-bundle\nversion: 1\ntenant:\n  id: test-tinh\n  id: tinh-khac\n  name: Tỉnh\n',
    expect: [/duplicate\.yaml:5:3: \[DUPLICATE_FIELD\] Duplicate key "id"/],
    mutation: true,
  },
  {
    name: 'YAML alias bomb (billion laughs)',
    file: 'bomb.yaml',
    text: () => aliasBomb(),
    expect: ['[TOO_MANY_ALIASES]', 'billion laughs'],
    mutation: true,
  },
  {
    name: 'YAML alias bomb inside a real bundle',
    file: 'bomb-in-bundle.yaml',
    text: () =>
      `${aliasBomb(6)
        .replace(/^a:/, 'x-a:')
        .replace(
          /^([b-f]):/gm,
          'x-$1:',
        )}format: chidao-bundle\nversion: 1\ntenant: {id: test-tinh, name: Tỉnh}\n`,
    expect: ['[TOO_MANY_ALIASES]'],
    mutation: true,
  },
  {
    name: '50 MB file',
    file: 'huge.json',
    text: (e) => e.replace('"title": "', `"title": "${'Đảng bộ tỉnh. '.repeat(3_300_000)}`),
    expect: [
      /huge\.json: \[BUNDLE_TOO_LARGE\] The bundle is \d{8} bytes, larger than the limit of 16 MiB/,
    ],
    mutation: false,
  },
]

describe('hostile bundles', () => {
  let dir: string
  let example: string
  let before: Record<string, number>
  const figures: Record<string, { ms: number; rssMB: number }> = {}

  const config = () =>
    readConfig({
      CHIDAO_DATA_DIR: join(dir, 'data'),
      CHIDAO_TENANT: 'test-tinh',
      LOG_LEVEL: 'silent',
      CHIDAO_SEED: 'none',
    })

  async function run(command: 'import' | 'validate', file: string) {
    const started = performance.now()
    const rss = process.memoryUsage().rss
    const answer = await chidaoInProcess([command, file], config)
    return {
      ...answer,
      ms: Math.round(performance.now() - started),
      rssMB: Math.round((process.memoryUsage().rss - rss) / 1e6),
    }
  }

  async function counts(): Promise<Record<string, number>> {
    const db = await openDatabase({ dataDir: join(dir, 'data') })
    try {
      return await rowCounts(db)
    } finally {
      await db.close()
    }
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-hostile-bundles-'))
    const original = JSON.parse(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'))
    original.tenant = { id: 'test-tinh', name: 'Tỉnh thử nghiệm' }
    example = JSON.stringify(original, null, 2)
    await writeFile(join(dir, 'example.json'), example)
    const first = await run('import', join(dir, 'example.json'))
    expect(first.code, first.stderr).toBe(0)
    for (const c of CASES) await writeFile(join(dir, c.file), c.text(example))
    before = await counts()
    expect(before.task).toBeGreaterThan(0)
  }, 120_000)
  afterAll(async () => {
    console.log(
      `[figures] hostile bundles (validate/import in process: ms, RSS growth MB): ${JSON.stringify(figures)}`,
    )
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  for (const c of CASES) {
    it(`validate and import refuse ${c.name}, naming where and why`, async () => {
      const path = join(dir, c.file)
      for (const command of ['validate', 'import'] as const) {
        const r = await run(command, path)
        figures[`${command} ${c.file}`] = { ms: r.ms, rssMB: r.rssMB }
        expect(r.code, r.stdout).toBe(1)
        expect(r.stderr).not.toContain('Importing')
        expect(r.stderr).toContain(path)
        for (const e of c.expect) {
          if (typeof e === 'string') expect(r.stderr).toContain(e)
          else expect(r.stderr).toMatch(e)
        }
        expect(r.stderr).toMatch(/ \/ /) // and in Vietnamese
        if (command === 'import') expect(r.stderr).toContain('nothing was imported')
        expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/i)
      }
    }, 30_000)
  }

  it('wrote nothing: every row count is as before', async () => {
    expect(await counts()).toEqual(before)
  }, 30_000)

  it('the command line process refuses the 50 MB file and the alias bomb, exit 1, no hang', async () => {
    for (const file of ['huge.json', 'bomb.yaml']) {
      const child = startCli(['import', join(dir, file)], {
        CHIDAO_DATA_DIR: join(dir, 'data'),
        CHIDAO_TENANT: 'test-tinh',
      })
      const started = performance.now()
      expect(await exitWithin(child, 20_000)).toBe(1)
      figures[`process import ${file}`] = { ms: Math.round(performance.now() - started), rssMB: 0 }
      expect(child.output()).toMatch(/\[(BUNDLE_TOO_LARGE|TOO_MANY_ALIASES)\]/)
      expect(child.output()).not.toMatch(/\n\s+at /)
    }
    expect(await counts()).toEqual(before)
  }, 60_000)

  it('the importBundle mutation refuses each, listing the problems, and writes nothing', async () => {
    const h = await gatewayHarness('pglite')
    try {
      await loadExampleInto(h.db)
      const rows = await rowCounts(h.db)
      for (const c of CASES.filter((x) => x.mutation)) {
        const r = await h.graphql<any>(
          `mutation($input: ImportBundleInput!) { importBundle(input: $input) {
            __typename ... on Error { code message messageVi path } } }`,
          { input: { bundle: c.text(example), fileName: c.file } },
        )
        expect(r.errors, c.name).toBeUndefined()
        const result = r.data.importBundle
        expectTypedError(result, 'ValidationError', 'INVALID_BUNDLE', ['input', 'bundle'])
        expect(result.message).toContain('nothing was imported')
        expect(result.messageVi).toContain('chưa nhập gì')
        for (const e of c.expect) {
          if (typeof e === 'string') expect(result.message).toContain(e)
          else
            expect(result.message).toMatch(
              new RegExp(e.source.replace(/^\w+\\\.\w+/, c.file.replace('.', '\\.'))),
            )
        }
      }
      // Over the request body limit: refused before it is read whole.
      const big = await h.post(
        'mutation($input: ImportBundleInput!) { importBundle(input: $input) { __typename } }',
        { input: { bundle: CASES.at(-1)!.text(example).slice(0, 2_000_000) } },
      )
      expect(big.status).toBe(413)
      expect(await rowCounts(h.db)).toEqual(rows)
    } finally {
      await h.dispose()
    }
  }, 60_000)
})
