/**
 * A PRIVATE PostgreSQL cluster for the reliability suite: initdb in a temporary directory, its
 * own port on 127.0.0.1 and its sockets in the directory, so that nothing else is disturbed.
 * initdb refuses to run as root, so as root the cluster runs as the `postgres` user (runuser).
 * Shared by pg-restart.test.ts and replica.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { appendFile, chmod, chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HANG_GUARD_MS } from './support.js'

/** The newest PostgreSQL server binaries, or why there are none. */
export function findPostgresBinaries(): { bin: string } | { reason: string } {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root))
    return { reason: `${root} does not exist (no PostgreSQL server installed)` }
  const versions = readdirSync(root)
    .filter(
      (v) =>
        existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number(b) - Number(a))
  if (versions.length === 0) return { reason: `no initdb and pg_ctl under ${root}/*/bin` }
  const asRoot = process.getuid?.() === 0
  if (asRoot && spawnSync('id', ['postgres']).status !== 0) {
    return { reason: 'running as root and there is no postgres user to run initdb as' }
  }
  return { bin: join(root, versions[0]!, 'bin') }
}

/** A port nobody listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Runs a cluster binary of `bin`, as the postgres user when we are root; its output. */
export function clusterTool(bin: string, tool: string, args: readonly string[]): string {
  const asRoot = process.getuid?.() === 0
  const command = asRoot ? 'runuser' : join(bin, tool)
  const full = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : [...args]
  return execFileSync(command, full, { stdio: 'pipe', timeout: HANG_GUARD_MS }).toString()
}

/** A temporary directory the cluster's user owns (mode 0700, as PostgreSQL wants). */
export async function clusterDirectory(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString())
    await chown(dir, uid, gid)
  }
  await chmod(dir, 0o700)
  return dir
}

/** One server of a private cluster: its data directory, port, and how to start and stop it. */
export interface PrivateServer {
  readonly data: string
  readonly port: number
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string
  start(): void
  /** `pg_ctl stop -m fast`: connections are closed, the server ends cleanly. */
  stop(): void
  /** Stops it if it runs (`-m immediate`); never throws. */
  kill(): void
}

/** A server on the data directory `data` (made already), listening on `port`, sockets in `dir`. */
export function privateServer(bin: string, dir: string, data: string, port: number): PrivateServer {
  const log = join(dir, `postgres-${port}.log`)
  return {
    data,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      clusterTool(bin, 'pg_ctl', [
        ...['-D', data, '-w', '-t', '60', '-l', log],
        ...['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`],
        'start',
      ])
    },
    stop: () => {
      clusterTool(bin, 'pg_ctl', ['-D', data, '-w', '-t', '60', '-m', 'fast', 'stop'])
    },
    kill: () => {
      try {
        clusterTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      } catch {
        // not running
      }
    },
  }
}

/**
 * initdb of a new cluster in `<dir>/<name>` (trust authentication, UTF-8), on a free port; with
 * `replication`, ready to serve streaming replicas: `wal_level=replica` and a replication line
 * for 127.0.0.1 in pg_hba.conf. Not started.
 */
export async function initPrivateServer(
  bin: string,
  dir: string,
  name: string,
  options: { readonly replication?: boolean } = {},
): Promise<PrivateServer> {
  const data = join(dir, name)
  clusterTool(bin, 'initdb', [
    ...['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'],
    ...['--no-sync', '--locale=C.UTF-8'],
  ])
  if (options.replication) {
    // As root the files stay the postgres user's: appending changes no owner.
    await appendFile(
      join(data, 'postgresql.conf'),
      'wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n',
    )
    await appendFile(join(data, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n')
  }
  return privateServer(bin, dir, data, await freePort())
}

/** Removes a cluster's directory, once its servers are stopped. */
export async function removeClusterDirectory(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/**
 * A streaming replica of the running `primary`: `pg_basebackup -R` into `<dir>/<name>` (which
 * writes standby.signal and primary_conninfo), on a free port. Not started.
 */
export async function basebackupReplica(
  bin: string,
  dir: string,
  name: string,
  primary: PrivateServer,
): Promise<PrivateServer> {
  const data = join(dir, name)
  clusterTool(bin, 'pg_basebackup', [
    ...['-R', '-D', data, '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'],
    // A fast checkpoint: the default spreads it over minutes (checkpoint_completion_target).
    ...['-X', 'stream', '--no-sync', '--checkpoint=fast'],
  ])
  return privateServer(bin, dir, data, await freePort())
}
