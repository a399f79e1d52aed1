/** Timing of one piece of work: warm-up runs excluded, then `runs` timed runs. */
export interface Timing {
  readonly warmup: number
  readonly runs: number
  /** Every timed run, in milliseconds, in the order they ran. */
  readonly samplesMs: readonly number[]
  readonly medianMs: number
  /** 95th percentile, nearest rank: with 10 runs it is the slowest. */
  readonly p95Ms: number
  readonly minMs: number
}

export interface MeasureOptions {
  readonly warmup: number
  readonly runs: number
}

/** What each run returned, kept so the engine cannot drop the work as dead code. */
export let sink: unknown

/**
 * Times `work` with `process.hrtime.bigint()`: `warmup` runs first (not recorded: they let
 * the JIT compile and the caches fill), then `runs` timed runs.
 *
 * @example
 * ```ts
 * const t = measure(() => extractCitations(text), { warmup: 2, runs: 10 })
 * t.medianMs
 * ```
 */
export function measure(work: () => unknown, options: MeasureOptions): Timing {
  for (let i = 0; i < options.warmup; i++) sink = work()
  const samples: number[] = []
  for (let i = 0; i < options.runs; i++) {
    const start = process.hrtime.bigint()
    sink = work()
    const end = process.hrtime.bigint()
    samples.push(Number(end - start) / 1e6)
  }
  return timingOf(samples, options.warmup)
}

/**
 * The {@link Timing} of samples timed elsewhere (e.g. requests awaited one after another),
 * in milliseconds, in the order they ran; `warmup` says how many runs came first, unrecorded.
 */
export function timingOf(samples: readonly number[], warmup: number): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    warmup,
    runs: samples.length,
    samplesMs: samples,
    medianMs: median(sorted),
    p95Ms: percentile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
  }
}

/** The middle of sorted values (the mean of the two middle ones for an even count). */
export function median(sorted: readonly number[]): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const mid = Math.floor(n / 2)
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Nearest-rank percentile of sorted values: the smallest value with `q` of them at or below. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[rank - 1]!
}
