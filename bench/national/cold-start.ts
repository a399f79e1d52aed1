/**
 * `npm start` cold start: the built gateway (`node apps/gateway/bin/chidao.js serve`, what
 * `npm start` serves once its cached build step has run) on a fresh embedded PGlite data
 * directory, until the first answer to `{ __typename }`. Since issue 20 the build makes a start
 * snapshot (`apps/gateway/dist/snapshot/`: migrated, example bundle loaded) that such a start
 * unpacks; `--no-snapshot` hides it for the runs, to time the slow way (initdb, migrations,
 * the example's import) on the same build.
 *
 * `node --conditions=@chidao/source --import tsx bench/national/cold-start.ts [runs] [--no-snapshot]`
 * prints each run and the median. The build (`turbo run build --filter=@chidao/gateway...`,
 * cached when nothing changed) runs first and is not timed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMain } from '../lib/command-line.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 0
}

/** Builds the gateway and what it depends on (cached by turbo), as `npm start` does first. */
export function buildGateway(): void {
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'scripts', 'turbo.mjs'),
      'run',
      'build',
      '--filter=@chidao/gateway...',
      '--output-logs=errors-only',
    ],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error(`build failed with ${build.status}`)
}

/** One cold start: milliseconds from spawning the server to its first answer. */
export async function coldStartOnce(timeoutMs = 180_000): Promise<number> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'chidao-cold-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHIDAO_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  }
  // The embedded default: no PostgreSQL, no tenant or seed settings from the caller.
  for (const name of ['DATABASE_URL', 'CHIDAO_TENANT', 'CHIDAO_SEED', 'NODE_ENV']) delete env[name]
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [join(root, 'apps', 'gateway', 'bin', 'chidao.js'), 'serve'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  let exited = false
  child.once('exit', () => {
    exited = true
  })
  try {
    while (performance.now() - started < timeoutMs) {
      if (exited) throw new Error(`chidao serve exited with ${child.exitCode} before answering`)
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
        const json = (await res.json()) as { data?: { __typename?: string } }
        if (res.ok && json.data?.__typename === 'Query') return performance.now() - started
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error(`chidao serve did not answer within ${timeoutMs} ms`)
  } finally {
    if (!exited) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await gone
      clearTimeout(timer)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The median of `times` (the lower middle one of an even count). */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

/** The build's start snapshot, moved aside by `--no-snapshot` while the runs go. */
const SNAPSHOT = join(root, 'apps', 'gateway', 'dist', 'snapshot')

/**
 * `runs` cold starts, one after the other; the build first. With `snapshot: false` the build's
 * start snapshot is moved aside for the runs (and put back), so each start takes the slow way.
 */
export async function coldStart(runs = 1, { snapshot = true } = {}): Promise<number[]> {
  buildGateway()
  const aside = `${SNAPSHOT}.aside-${process.pid}`
  if (!snapshot) renameSync(SNAPSHOT, aside)
  try {
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(Math.round(await coldStartOnce()))
    return times
  } finally {
    if (!snapshot) renameSync(aside, SNAPSHOT)
  }
}

if (isMain(import.meta.url)) {
  const runs = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 3)
  const snapshot = !process.argv.includes('--no-snapshot')
  const times = await coldStart(runs, { snapshot })
  console.log(
    `cold start to first answer (ms, ${snapshot ? 'start snapshot' : 'slow way'}): ${times.join(', ')}`,
  )
  console.log(`median ${median(times)} ms`)
}
