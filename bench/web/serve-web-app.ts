/**
 * The gateway as `npm start` serves it — the built `chidao serve`, the web app's build at `/` —
 * over a database loaded with the national benchmark's `province` data: a fresh PGlite data
 * directory, or a fresh PostgreSQL database (dropped by `stop`).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join } from 'node:path'
import { parseBundle, type TenantId } from '@chidao/domain'
import { mintDevelopmentToken } from '@chidao/gateway'
import { ADMIN_URL, adminQuery, loadPglite, preparePostgres } from '../national/bench-database.js'
import { generateDataset } from '../national/generate.js'

const SECRET = 'web-benchmark-secret-0123456789-abcdef'
const DB_NAME = 'chidao_bench_web'

/** The gateway serving the app, and how to reach and stop it. */
export interface ServedWebApp {
  readonly base: string
  /** A token for an administrator of the province cleared for everything: the widest lists. */
  readonly token: string
  readonly loadMs: number
  readonly rows: number
  stop(): Promise<void>
}

/** Builds the gateway and the web app as `npm start` does first (cached by turbo, not timed). */
export function buildApp(root: string): void {
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'scripts', 'turbo.mjs'),
      'run',
      'build',
      '--filter=@chidao/gateway...',
      '--filter=@chidao/web...',
      '--output-logs=errors-only',
    ],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error(`build failed with ${build.status}`)
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 0
}

async function untilReady(base: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chidao serve exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${base}/ready`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Loads `province` data on `backend`, then serves it and the web app; `stop` undoes both. */
export async function serveWebApp(
  root: string,
  backend: 'pglite' | 'postgres',
  seed: number,
): Promise<ServedWebApp> {
  const parsed = parseBundle(generateDataset('province', seed)[0]!)
  if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
  const bundle = parsed.value
  const tenant = bundle.tenant.id
  const dataDir = backend === 'pglite' ? mkdtempSync(join(os.tmpdir(), 'chidao-web-')) : null
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`)
  const started = performance.now()
  const load = dataDir
    ? await loadPglite(dataDir, bundle)
    : await preparePostgres(url, DB_NAME, [bundle], false)
  const loadMs = performance.now() - started
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(dataDir ? { CHIDAO_DATA_DIR: dataDir } : { DATABASE_URL: url }),
    CHIDAO_TENANT: tenant,
    CHIDAO_SEED: 'none',
    CHIDAO_URGING: 'off',
    CHIDAO_JWT_SECRET: SECRET,
    CHIDAO_WEB_DIR: join(root, 'apps', 'web', 'dist'),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  }
  if (dataDir) delete env.DATABASE_URL
  const child = spawn(
    process.execPath,
    [join(root, 'apps', 'gateway', 'bin', 'chidao.js'), 'serve'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const base = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await gone
      clearTimeout(timer)
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    else await adminQuery(`drop database if exists ${DB_NAME} with (force)`)
  }
  try {
    await untilReady(base, child)
    const token = await mintDevelopmentToken(SECRET, {
      subject: 'bench-web',
      tenantId: tenant as TenantId,
      organizationCode: null,
      roles: ['ADMIN'],
      clearance: 'TUYET_MAT',
      ttlSeconds: 3600,
    })
    return { base, token, loadMs, rows: load.rows, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
