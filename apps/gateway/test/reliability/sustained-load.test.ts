/**
 * The short version (about a minute) of the sustained mixed read/write load of
 * `npm run bench -- sustained` (bench/gateway/sustained.bench.ts; see there for the method):
 * a gateway process on a fresh embedded database, calibrated to the most connections whose p99
 * stays under 500 ms, then 30 s of 80 % reads / 20 % writes in 5 s windows with the gateway's
 * memory sampled after each. Asserted: no error of any kind, every acknowledged write stored,
 * p99 under a second in every window. Rate and memory are printed, not asserted.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { outputOf } from './child-output.js'
import { GATEWAY_DIR } from './support.js'

const SECONDS = Number(process.env.CHIDAO_SUSTAINED_SECONDS ?? 30)

it(`holds a mixed read/write load for ${SECONDS} s with no error, no lost write, p99 < 1 s`, async () => {
  const root = join(GATEWAY_DIR, '..', '..')
  const child = spawn(
    process.execPath,
    [
      '--conditions=@chidao/source',
      '--import',
      'tsx',
      'bench/gateway/sustained.bench.ts',
      '--seconds',
      String(SECONDS),
      '--calibration',
      '3',
      '--p99-target',
      '500',
    ],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const written = outputOf(child)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const output = written()
  expect(code, output).toBe(0)
  const line = /^SUSTAINED (.*)$/m.exec(output)?.[1]
  expect(line, output).toBeDefined()
  const s = JSON.parse(line!)
  console.log(
    `[figures] sustained load (${s.backend}, ${s.seconds} s, ${s.connections} connection(s)): ${s.rps} req/s, ` +
      `p50 ${s.p50} ms, p99 ${s.p99} ms (worst window ${s.worstWindowP99} ms), ${s.requests} requests, errors ${s.errors}; ` +
      `writes acknowledged ${s.writesAcknowledged}, stored ${s.writesStored}, lost ${s.writesLost}; ` +
      `RSS ${s.rssMB.first} → ${s.rssMB.last} MB, heap ${s.heapMB.first} → ${s.heapMB.last} MB (slope ${s.heapSlopeMBPerMin} MB/min)`,
  )
  expect(s.errors, JSON.stringify(s.errorKinds)).toBe(0)
  expect(s.writesAcknowledged).toBeGreaterThan(0)
  expect(s.writesLost).toBe(0)
  expect(s.worstWindowP99).toBeLessThan(1000)
}, 240_000)
