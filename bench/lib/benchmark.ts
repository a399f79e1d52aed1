import type { Timing } from './measure.js'

/** One timed piece of work in a benchmark's report. */
export interface Measurement {
  /** What was timed, e.g. `extractCitations` or `naive regex + parseDocumentSymbol`. */
  readonly label: string
  /** `chidao` for the library, `naive` for the baseline written the way people often do. */
  readonly variant: 'chidao' | 'naive'
  /** The input, e.g. `4.1 MB` or `100,000 tasks`. */
  readonly input: string
  readonly timing: Timing
  /** Further figures: MB/s, citations found, tasks rolled up… */
  readonly figures: Readonly<Record<string, number | string | boolean>>
}

/** A like-for-like comparison: the ratio of the baseline's median to the library's. */
export interface Comparison {
  readonly label: string
  readonly chidao: string
  readonly naive: string
  /** naive median ÷ chidao median: 5 means chidao takes a fifth of the time. */
  readonly ratioOfMedians: number
}

/**
 * The comparison of a baseline with chidao, both measured in the same run.
 *
 * @example
 * ```ts
 * comparison('every task, 2,000 tasks (like for like)', rollUpAll, naiveAll)
 * ```
 */
export function comparison(label: string, chidao: Measurement, naive: Measurement): Comparison {
  return {
    label,
    chidao: chidao.label,
    naive: naive.label,
    ratioOfMedians: naive.timing.medianMs / chidao.timing.medianMs,
  }
}

/** What a benchmark hands back to the runner, which prints it and writes it as JSON. */
export interface BenchmarkReport {
  readonly measurements: readonly Measurement[]
  readonly comparisons: readonly Comparison[]
  /** Facts a reader needs: input shape, what a baseline finds and misses, sizes reduced. */
  readonly notes: readonly string[]
}

/** A benchmark file's default export. */
export interface Benchmark {
  /** Short name, used on the command line and for `results/<name>.json`. */
  readonly name: string
  readonly title: string
  /** Synchronous for library work; a promise when it serves or loads (the runner awaits it). */
  run(options: { readonly quick: boolean }): BenchmarkReport | Promise<BenchmarkReport>
}
