import { fileURLToPath } from 'node:url'
import type { Benchmark, BenchmarkReport } from './benchmark.js'

/**
 * The value of `--name value` or `--name=value` in a command line, `undefined` when absent.
 *
 * @example
 * ```ts
 * argValue(['--size', 'small'], 'size') // 'small'
 * argValue(['--pairs=50'], 'pairs') // '50'
 * ```
 */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return undefined
  const arg = argv[i]!
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1]
}

/**
 * Whether the module at `moduleUrl` is the one Node was started with (run alone, as
 * `node --import tsx <file>`), rather than imported by the runner.
 *
 * @example
 * ```ts
 * if (isMain(import.meta.url)) await main(process.argv.slice(2))
 * ```
 */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1]
}

/**
 * A benchmark that reads its options from the command line (`--size`, `--pairs`, …): the
 * runner's carry only `quick`, so `main` is given the process's arguments.
 *
 * @example
 * ```ts
 * export default commandLineBenchmark('sustained', 'sustained load on the gateway', main)
 * ```
 */
export function commandLineBenchmark(
  name: string,
  title: string,
  main: (argv: readonly string[]) => Promise<BenchmarkReport>,
): Benchmark {
  return { name, title, run: () => main(process.argv.slice(2)) }
}
