// node --test scripts/read-options.test.mjs
// The scripts a person runs answer --help, and an unknown option in one line with the option
// meant and the usage (exit code 2), never with a stack trace.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const STACK = /\n\s+at /

/** Runs a command in the repository root, to its end. */
const run = (command, args) => spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' })

describe('the scripts people run', () => {
  it('npm run release -- --help prints the usage and publishes nothing', () => {
    const result = run('npm', ['run', '--silent', 'release', '--', '--help'])
    assert.equal(result.status, 0, result.stderr)
    assert.match(result.stdout, /^Usage: npm run release -- \[--dry-run\] \[--skip-tests\]/)
    assert.doesNotMatch(result.stdout, /== build/)
    assert.doesNotMatch(result.stderr, STACK)
  })

  for (const [script, option, meant] of [
    ['release.mjs', '--dryrun', '--dry-run'],
    ['rename-scope.mjs', '--skip-check', '--skip-checks'],
    ['check-architecture.mjs', '--rot', '--root'],
  ]) {
    it(`${script} answers ${option} with ${meant} and its usage, exit code 2`, () => {
      const result = run(process.execPath, [`scripts/${script}`, option])
      assert.equal(result.status, 2, result.stderr)
      assert.match(result.stderr, new RegExp(`Unknown option '${option}'`))
      assert.ok(result.stderr.includes(`did you mean ${meant}? / có phải ${meant}?`), result.stderr)
      assert.match(result.stderr, /\nUsage: npm run /)
      assert.doesNotMatch(result.stderr, STACK)
    })
  }
})
