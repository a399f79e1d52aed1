#!/usr/bin/env node
// The release flow, with changesets:
//
//   npm run release -- --dry-run   # build, test, check and list each package's tarball; publishes nothing
//   npm run release                # the same, then `changeset publish` (needs an npm account)
//
// Before it: `npx changeset version` turns the pending changesets into versions and a
// CHANGELOG.md per package (commit that). Options: --skip-tests (when CI has just run them).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { publishedPackages } from './check-packages.mjs'
import { readOptions } from './read-options.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const USAGE = `Usage: npm run release -- [--dry-run] [--skip-tests]

Builds, tests, checks each published package (publint, arethetypeswrong) and lists its tarball,
then publishes the versions not yet on the registry with \`changeset publish\` (needs an npm
account). Run \`npx changeset version\` first and commit the versions and CHANGELOGs it writes.

  --dry-run     everything but the publishing: nothing leaves this machine
  --skip-tests  skip \`npm test\` (when CI has just run it)
  -h, --help    show this help`

const { values } = readOptions('release', USAGE, {
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-tests': { type: 'boolean', default: false },
  },
})
const dryRun = values['dry-run']
const started = Date.now()

function step(title) {
  console.log(`\n== ${title} (${Math.round((Date.now() - started) / 1000)}s)`)
}

/** Runs a command in the repository root, showing its output; stops the release on failure. */
function run(command, args, { capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  })
  if (result.status !== 0) {
    console.error(`release: \`${command} ${args.join(' ')}\` failed (exit code ${result.status})`)
    process.exit(1)
  }
  return result.stdout
}

const size = (bytes) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(1)} kB`

step('build')
run('npm', ['run', 'build'])

if (values['skip-tests']) console.log('\n(tests skipped: --skip-tests)')
else {
  step('test')
  run('npm', ['test'])
}

step('package checks: publint and arethetypeswrong')
run(process.execPath, ['scripts/check-packages.mjs'])

step('tarballs')
for (const { dir, name } of publishedPackages(ROOT)) {
  const [pack] = JSON.parse(
    run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', `./${dir}`], { capture: true }),
  )
  console.log(
    `\n${pack.filename}  ${size(pack.size)} packed, ${size(pack.unpackedSize)} unpacked, ${pack.entryCount} files  (${name})`,
  )
  const files = [...pack.files].sort((a, b) => a.path.localeCompare(b.path))
  for (const file of files) console.log(`  ${size(file.size).padStart(9)}  ${file.path}`)
}

step('pending version bumps')
// Informational: what `changeset version` would do with the changesets not yet applied.
spawnSync('npx', ['changeset', 'status', '--verbose'], { cwd: ROOT, stdio: 'inherit' })

if (dryRun) {
  step('dry run: nothing published')
  console.log(
    'Without --dry-run this would now run `npx changeset publish` (publishes the versions not yet on the registry and tags them).',
  )
} else {
  step('publish')
  run('npx', ['changeset', 'publish'])
  console.log('Published. Push the tags: git push --follow-tags')
}
