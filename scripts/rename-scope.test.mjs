// node --test scripts/rename-scope.test.mjs
// Renames the scope of a temporary copy of the tracked files; the real tree is never touched.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { scopeProblem } from './rename-scope.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SCRIPT = fileURLToPath(new URL('./rename-scope.mjs', import.meta.url))

/** Copies the files git tracks (as they are in the working tree) into a new temporary folder. */
function copyTracked() {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-rename-'))
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)))
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    copyFileSync(join(ROOT, file), join(dir, file))
  }
  return { dir, files }
}

const rename = (dir, ...args) =>
  spawnSync(process.execPath, [SCRIPT, '--root', dir, '--skip-checks', ...args], {
    encoding: 'utf8',
  })

const textOf = (dir, file) => {
  const buffer = readFileSync(join(dir, file))
  return buffer.includes(0) ? '' : buffer.toString('utf8')
}

describe('npm run rename-scope', () => {
  /** @type {{ dir: string, files: string[] }} */
  let copy
  before(() => {
    copy = copyTracked()
  })
  after(() => rmSync(copy.dir, { recursive: true, force: true }))

  it('refuses an invalid scope and changes nothing', () => {
    for (const bad of ['tinh-abc', '@Tinh-ABC', '@', '@_x', '@tỉnh', '@a/b']) {
      const result = rename(copy.dir, bad)
      assert.equal(result.status, 2, bad)
      assert.match(result.stderr, /invalid scope/)
    }
    assert.equal(rename(copy.dir).status, 2)
    assert.match(textOf(copy.dir, 'packages/domain/package.json'), /"name": "@chidao\/domain"/)
    assert.equal(scopeProblem('@tinh-abc'), null)
  })

  it('renames every package, import, dependency, doc reference and the export condition', () => {
    const before = copy.files.filter((f) => textOf(copy.dir, f).includes('@chidao/')).length
    assert.ok(before > 20, `expected many files with @chidao/, found ${before}`)

    const result = rename(copy.dir, '@tinh-abc')
    assert.equal(result.status, 0, result.stderr)
    assert.match(result.stdout, /Renamed @chidao to @tinh-abc: \d+ occurrences in \d+ files/)
    assert.match(result.stdout, /npm install[\s\S]*npm run build[\s\S]*npm test/)

    const left = copy.files.filter((f) => /@chidao(?![\w.-])/.test(textOf(copy.dir, f)))
    assert.deepEqual(left, [])

    const names = ['packages/domain', 'packages/db', 'apps/gateway'].map(
      (p) => JSON.parse(textOf(copy.dir, `${p}/package.json`)).name,
    )
    assert.deepEqual(names, ['@tinh-abc/domain', '@tinh-abc/db', '@tinh-abc/gateway'])
    const gateway = JSON.parse(textOf(copy.dir, 'apps/gateway/package.json'))
    assert.ok(gateway.dependencies['@tinh-abc/db'])
    assert.equal(gateway.exports['.']['@tinh-abc/source'], './src/index.ts')
    assert.match(textOf(copy.dir, 'scripts/dev.mjs'), /--conditions=@tinh-abc\/source/)
    assert.match(textOf(copy.dir, 'apps/web/vite.config.ts'), /conditions: \['@tinh-abc\/source'/)
    // The command and the environment keep their names.
    assert.equal(gateway.bin.chidao, './bin/chidao.js')
    assert.match(textOf(copy.dir, 'README.md'), /CHIDAO_TENANT/)
  })

  it('renames again, from the new scope to another', () => {
    const result = rename(copy.dir, '--from', '@tinh-abc', '@tinh-xyz')
    assert.equal(result.status, 0, result.stderr)
    assert.equal(JSON.parse(textOf(copy.dir, 'packages/db/package.json')).name, '@tinh-xyz/db')
    assert.equal(rename(copy.dir, '--from', '@tinh-xyz', '@tinh-xyz').status, 2)
  })
})
