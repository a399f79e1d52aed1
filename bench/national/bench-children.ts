/**
 * The national benchmark's server processes: spawning one and waiting for its `READY <port>`,
 * stopping it, and starting those measured on PostgreSQL — chidao's gateway
 * (gateway-launcher.mjs), PostGraphile (postgraphile-launcher.mjs) and the bare HTTP floor
 * (http-floor-server.ts) — each with the same bearer token.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildGateway } from './cold-start.js'
import {
  chidaoBodies,
  type HttpTarget,
  httpFloorBodies,
  postgraphileBodies,
  type ServerStats,
} from './http-targets.js'
import type { Fixture } from './questions.js'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * Spawns a server in a child process and waits for its `READY <port>` line; the child is pushed
 * onto `children` (when given) as soon as it is spawned.
 */
export function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  children?: ChildProcess[],
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  children?.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s`)), 120_000)
    let buffer = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = /READY (\d+)/.exec(buffer)
      if (match) {
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]) })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited with ${code}`))
    })
  })
}

/** Stops a child: SIGTERM, then SIGKILL after 5 s. */
export async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** The gateway from the packages' TypeScript source, through tsx (no build needed). */
export const GATEWAY_SOURCE_ARGS = [
  '--conditions=@chidao/source',
  '--import',
  'tsx',
  join(here, 'gateway-launcher.mjs'),
]

/**
 * The gateway as `chidao serve` runs it: the built packages (`dist/`), no TypeScript compiler
 * in the process; the first call builds the gateway and what it depends on (cached by turbo when
 * nothing changed). `CHIDAO_BENCH_SOURCE=1` runs {@link GATEWAY_SOURCE_ARGS} instead (no build;
 * about 90 MiB more memory, BENCHMARKS.md § Memory).
 */
export function gatewayArgs(): string[] {
  if (process.env.CHIDAO_BENCH_SOURCE === '1') return GATEWAY_SOURCE_ARGS
  if (!gatewayBuilt) {
    buildGateway()
    gatewayBuilt = true
  }
  return [join(here, 'gateway-launcher.mjs')]
}
let gatewayBuilt = false
const postgraphileArgs = [
  '--import',
  join(here, 'postgraphile', 'polyfill.mjs'),
  join(here, 'postgraphile-launcher.mjs'),
]
const httpFloorArgs = ['--import', 'tsx', join(here, 'http-floor-server.ts')]

/** A server's counters (`GET /__bench/stats`). */
export const statsOf = (base: string) => async () =>
  (await (await fetch(`${base}/__bench/stats`)).json()) as ServerStats

/** Which servers to start on the benchmark's database, and what they share. */
export interface PostgresServers {
  url: string
  secret: string
  token: string
  fixture: Fixture
  gateway: boolean
  postgraphile: boolean
  http: boolean
}

/**
 * Starts the servers asked for on PostgreSQL, each in a child process pushed onto `children`
 * as soon as it is spawned (the caller stops them, also on failure).
 */
export async function startPostgresServers(
  s: PostgresServers,
  children: ChildProcess[],
): Promise<Partial<Record<'gateway' | 'postgraphile' | 'http', HttpTarget>>> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }
  const servers: Partial<Record<'gateway' | 'postgraphile' | 'http', HttpTarget>> = {}
  const start = async (name: string, args: string[], env: NodeJS.ProcessEnv) => {
    const started = await startChild(name, args, env, children)
    return `http://127.0.0.1:${started.port}`
  }
  if (s.gateway) {
    const base = await start('gateway', gatewayArgs(), {
      DATABASE_URL: s.url,
      CHIDAO_TENANT: s.fixture.tenantId,
      CHIDAO_JWT_SECRET: s.secret,
      LOG_LEVEL: 'silent',
    })
    servers.gateway = { base, headers, body: chidaoBodies(s.fixture), stats: statsOf(base) }
  }
  if (s.postgraphile) {
    const base = await start('postgraphile', postgraphileArgs, {
      DATABASE_URL: s.url,
      CHIDAO_JWT_SECRET: s.secret,
      GRAPHILE_ENV: 'production',
    })
    servers.postgraphile = {
      base,
      headers,
      body: postgraphileBodies(s.fixture),
      stats: statsOf(base),
    }
  }
  if (s.http) {
    const base = await start('HTTP floor', httpFloorArgs, {
      DATABASE_URL: s.url,
      CHIDAO_JWT_SECRET: s.secret,
    })
    servers.http = {
      base,
      path: '/ask',
      headers,
      body: httpFloorBodies(s.fixture),
      stats: statsOf(base),
    }
  }
  return servers
}

/** Starts chidao's gateway on a PGlite data directory holding `fixture`'s tenant. */
export async function startPgliteServer(
  dataDir: string,
  fixture: Fixture,
  auth: { secret: string; token: string },
  children: ChildProcess[],
): Promise<HttpTarget> {
  const started = await startChild(
    'gateway (PGlite)',
    gatewayArgs(),
    {
      DATABASE_URL: '',
      CHIDAO_BENCH_PGLITE_DIR: dataDir,
      CHIDAO_TENANT: fixture.tenantId,
      CHIDAO_JWT_SECRET: auth.secret,
      LOG_LEVEL: 'silent',
    },
    children,
  )
  const base = `http://127.0.0.1:${started.port}`
  return {
    base,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.token}` },
    body: chidaoBodies(fixture),
    stats: statsOf(base),
  }
}
