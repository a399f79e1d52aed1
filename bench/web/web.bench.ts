/**
 * The web app's benchmark (issue 22): on the national benchmark's `province` data (150
 * organisations, 400 documents, 6,000 tasks, 24,000 progress reports), the time from
 * navigation to each page of {@link WEB_PAGES} being usable — its rows rendered — in Chromium,
 * and the JavaScript the app ships (gzip). Targets: < 1 s, < 250 kB.
 *
 * The gateway is the built `chidao serve` with the web app's build, as `npm start` serves it
 * (bench/web/serve-web-app.ts). Per page, after `--warmup` visits (not recorded), `--runs`
 * visits of each kind: a first visit (a new browser context: nothing cached, signed in through
 * the tab's stored token) and a return visit (the same context again: the hashed assets come
 * from the browser's cache). The time is read in the page: from the navigation's start to the
 * first row in the document.
 *
 * `npm run bench -- web [--runs 10] [--warmup 2] [--backend pglite|postgres] [--seed 42]
 * [--quick]`. Needs Chromium (`CHROMIUM_PATH`); PostgreSQL only with `--backend postgres`
 * (`CHIDAO_BENCH_PG_URL`). Prints the table, and last a line `WEB {json}`.
 */
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../../apps/web/test/browser/chromium.js'
import type { BenchmarkReport, Measurement } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark } from '../lib/command-line.js'
import { median, percentile, timingOf } from '../lib/measure.js'
import { buildApp, type ServedWebApp, serveWebApp } from './serve-web-app.js'
import { shippedJs } from './shipped-js.js'
import { signedInContext, timeVisit, type Visit } from './time-visit.js'
import { WEB_PAGES, type WebPage } from './web-pages.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const log = (line: string) => console.error(`web: ${line}`)
const round = (ms: number) => Math.round(ms)

type VisitKind = 'first visit' | 'return visit'

/** `warmup` visits, then `runs` recorded ones, of one page and kind. */
async function visits(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  app: ServedWebApp,
  page: WebPage,
  kind: VisitKind,
  counts: { readonly warmup: number; readonly runs: number },
): Promise<Visit[]> {
  const recorded: Visit[] = []
  for (let i = 0; i < counts.warmup + counts.runs; i++) {
    const context = await signedInContext(browser, app.token, page)
    try {
      // A return visit comes after a first one in the same context: its cache is filled.
      if (kind === 'return visit') await timeVisit(context, app.base, page)
      const visit = await timeVisit(context, app.base, page)
      if (i >= counts.warmup) recorded.push(visit)
    } finally {
      await context.close()
    }
  }
  return recorded
}

function measurement(page: WebPage, kind: VisitKind, runs: Visit[], warmup: number): Measurement {
  const timing = timingOf(
    runs.map((v) => v.ms),
    warmup,
  )
  const sorted = runs.map((v) => v.ms).sort((a, b) => a - b)
  const middle = (pick: (v: Visit) => number) => round(median(runs.map(pick).sort((a, b) => a - b)))
  return {
    label: `${page.name}, ${kind}`,
    variant: 'chidao',
    input: 'province',
    timing,
    figures: {
      'p90 ms': round(percentile(sorted, 0.9)),
      'wall median ms': middle((v) => v.wallMs),
      'document median ms': middle((v) => v.documentMs),
      'query median ms': middle((v) => v.queryMs),
      rows: runs[0]?.rows ?? 0,
      'under 1 s': percentile(sorted, 0.9) < 1000,
    },
  }
}

async function main(argv: readonly string[]): Promise<BenchmarkReport> {
  const quick = argv.includes('--quick')
  const counts = {
    runs: Number(argValue(argv, 'runs') ?? (quick ? 3 : 10)),
    warmup: Number(argValue(argv, 'warmup') ?? (quick ? 1 : 2)),
  }
  const backend = argValue(argv, 'backend') === 'postgres' ? 'postgres' : 'pglite'
  const seed = Number(argValue(argv, 'seed') ?? 42)
  log('building the gateway and the web app (cached when unchanged)')
  buildApp(ROOT)
  const js = shippedJs(join(ROOT, 'apps', 'web', 'dist'))
  log(`loading province data into ${backend} and serving it`)
  const app = await serveWebApp(ROOT, backend, seed)
  log(`${app.rows} rows loaded in ${round(app.loadMs)} ms; gateway at ${app.base}`)
  const loadBefore = os.loadavg()
  const browser = await launchChromium()
  const measurements: Measurement[] = []
  try {
    for (const page of WEB_PAGES) {
      for (const kind of ['first visit', 'return visit'] as const) {
        const runs = await visits(browser, app, page, kind, counts)
        measurements.push(measurement(page, kind, runs, counts.warmup))
        log(`${page.name}, ${kind}: ${runs.map((v) => round(v.ms)).join(', ')} ms`)
      }
    }
  } finally {
    await browser.close()
    await app.stop()
  }
  const loadAfter = os.loadavg()
  const summary = {
    backend,
    seed,
    runs: counts.runs,
    warmup: counts.warmup,
    rowsLoaded: app.rows,
    pages: measurements.map((m) => ({
      label: m.label,
      medianMs: round(m.timing.medianMs),
      p90Ms: m.figures['p90 ms'],
      wallMedianMs: m.figures['wall median ms'],
      documentMedianMs: m.figures['document median ms'],
      queryMedianMs: m.figures['query median ms'],
      rows: m.figures.rows,
    })),
    jsGzipBytes: js.gzipBytes,
    jsBytes: js.bytes,
    jsFiles: js.files,
    loadAverage: {
      before: loadBefore.map((l) => +l.toFixed(2)),
      after: loadAfter.map((l) => +l.toFixed(2)),
    },
  }
  console.log(`WEB ${JSON.stringify(summary)}`)
  return {
    measurements,
    comparisons: [],
    notes: [
      `JavaScript shipped: ${js.files} file(s), ${js.bytes.toLocaleString('en')} bytes, ${js.gzipBytes.toLocaleString('en')} bytes gzip (target < 250 kB)`,
      `province data (seed ${seed}) on ${backend}: ${app.rows.toLocaleString('en')} rows; an ADMIN cleared for everything, so every list is the widest`,
      `time from the navigation's start to the first row in the document, read in the page; "wall" is page.goto to the row seen by Playwright; "document" is the navigation's start to DOMContentLoaded (the app's script loaded and run); "query" is the list's GraphQL request, sent to answered`,
      `load average (1, 5, 15 min) before the visits ${summary.loadAverage.before.join(', ')}, after ${summary.loadAverage.after.join(', ')} on ${os.cpus().length} cores`,
    ],
  }
}

export default commandLineBenchmark(
  'web',
  'the web app: navigation to a usable page on province data, and the JavaScript shipped',
  main,
)
