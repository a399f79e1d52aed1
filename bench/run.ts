/**
 * Runs the benchmarks: every `*.bench.ts` under bench/, or those named on the command line
 * (`npm run bench -- citations`; `npm run bench -- --size small` is the national one). Prints a table per benchmark and writes the report to
 * `bench/results/<name>.json`. `--quick` shrinks inputs and runs, to check the harness.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Benchmark, BenchmarkReport } from './lib/benchmark.js'

const here = dirname(fileURLToPath(import.meta.url))
const SUFFIX = '.bench.ts'

function benchFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'results' && entry.name !== 'node_modules') {
      files.push(...benchFiles(path))
    } else if (entry.isFile() && entry.name.endsWith(SUFFIX)) {
      files.push(path)
    }
  }
  return files.sort()
}

function machine() {
  const cpus = os.cpus()
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
  }
}

/** 130×, 4.3×, 0.072×: enough digits to read, no exponent. */
const ratio = (value: number) =>
  value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toPrecision(2)

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  return [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n')
}

function print(benchmark: Benchmark, report: BenchmarkReport): void {
  const figureKeys = [...new Set(report.measurements.flatMap((m) => Object.keys(m.figures)))]
  const rows = [
    ['work', 'input', 'runs', 'median ms', 'p95 ms', ...figureKeys],
    ...report.measurements.map((m) => [
      m.label,
      m.input,
      String(m.timing.runs),
      ms(m.timing.medianMs),
      ms(m.timing.p95Ms),
      ...figureKeys.map((k) => (k in m.figures ? String(m.figures[k]) : '')),
    ]),
  ]
  console.log(`\n## ${benchmark.name}: ${benchmark.title}\n`)
  console.log(table(rows))
  console.log('')
  for (const c of report.comparisons) {
    console.log(`ratio of medians, ${c.label}: naive / chidao = ${ratio(c.ratioOfMedians)}×`)
  }
  for (const note of report.notes) console.log(`- ${note}`)
}

const USAGE = `Usage: npm run bench -- [name…] [--quick] [options of a benchmark]

Runs every benchmark under bench/ (*.bench.ts), or those named (by file: citations, roll-up…;
by folder: national). --quick shrinks inputs and runs, to check the harness. The national
benchmark (--size small|province|national, --only, --questions…) is described in BENCHMARKS.md.`

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return
  }
  const quick = args.includes('--quick')
  // `--size province` and `--duration 5` take a value: it is not a benchmark's name.
  const names = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      !/^--(size|duration|warmup|seed|only|questions|minutes|seconds|backend|connections|window|write-share|p99-target|calibration|pairs|paths|concurrency|runs)$/.test(
        args[i - 1] ?? '',
      ),
  )
  // `--size` and `--only` belong to the national benchmark: `npm run bench -- --size small`
  // runs it alone, as issue 6 writes the command.
  if (names.length === 0 && args.some((a) => /^--(size|only|questions)(=|$)/.test(a)))
    names.push('national')
  // A benchmark is named by its file (`citations`) or by its folder (`national`).
  const nameOf = (f: string) => [basename(f, SUFFIX), basename(dirname(f))]
  const files = benchFiles(here).filter(
    (f) => names.length === 0 || nameOf(f).some((n) => names.includes(n)),
  )
  const unknown = names.filter((n) => !files.some((f) => nameOf(f).includes(n)))
  if (unknown.length > 0) {
    const known = benchFiles(here).map((f) => basename(f, SUFFIX))
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${known.join(', ')}`)
    process.exitCode = 1
    return
  }
  const env = machine()
  console.log(`Node ${env.node} (V8 ${env.v8}) on ${env.platform}`)
  console.log(`${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB${quick ? ' — quick mode' : ''}`)
  mkdirSync(join(here, 'results'), { recursive: true })
  for (const file of files) {
    const benchmark = ((await import(pathToFileURL(file).href)) as { default: Benchmark }).default
    const startedAt = new Date().toISOString()
    // A benchmark that serves and loads (national) is asynchronous.
    const report = await (benchmark.run({ quick }) as BenchmarkReport | Promise<BenchmarkReport>)
    print(benchmark, report)
    const out = join(here, 'results', `${benchmark.name}.json`)
    const json = {
      name: benchmark.name,
      title: benchmark.title,
      file: relative(join(here, '..'), file),
      startedAt,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      quick,
      environment: env,
      ...report,
    }
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
    console.log(`→ ${relative(process.cwd(), out)}`)
  }
}

await main()
