/**
 * Two small tests of whether two samples of timings could come from one distribution: the
 * Mann–Whitney U test (ranks, so a few slow outliers on a shared machine weigh no more than
 * any other sample) and a bootstrap interval for the difference of their medians.
 */
import { median } from './measure.js'
import { seededRandom } from './random.js'

/** What the Mann–Whitney U test says of samples `a` and `b`. */
export interface MannWhitney {
  /** U of `a`: how many (a, b) pairs have a > b, ties counted one half. */
  readonly u: number
  /** The standardised U (normal approximation, ties and continuity corrected). */
  readonly z: number
  /** Two-sided p-value: how often samples from one distribution differ this much or more. */
  readonly p: number
  /** U / (|a|·|b|): the chance that a value of `a` exceeds one of `b`; 0.5 when alike. */
  readonly probabilityAGreater: number
}

/** The standard normal distribution function, from erfc (Numerical Recipes, error < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.5 * z)
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const erfc = t * Math.exp(poly)
  return x >= 0 ? 1 - erfc / 2 : erfc / 2
}

/**
 * The Mann–Whitney U test with the normal approximation (good from about 20 values a side),
 * average ranks for ties and the tie correction of the variance.
 *
 * @example
 * ```ts
 * mannWhitney([1, 2, 3], [1, 2, 3]).p // 1
 * ```
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitney {
  const n1 = a.length
  const n2 = b.length
  const all = [...a.map((v) => ({ v, fromA: true })), ...b.map((v) => ({ v, fromA: false }))]
  all.sort((x, y) => x.v - y.v)
  const n = all.length
  let rankSumA = 0
  let ties = 0
  for (let i = 0; i < n; ) {
    let j = i
    while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++
    const rank = (i + j) / 2 + 1 // ranks from 1; a run of ties shares the mean of its ranks
    for (let k = i; k <= j; k++) if (all[k]!.fromA) rankSumA += rank
    const t = j - i + 1
    ties += t ** 3 - t
    i = j + 1
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const mean = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)))
  if (variance <= 0) return { u, z: 0, p: 1, probabilityAGreater: u / (n1 * n2) }
  const distance = Math.max(0, Math.abs(u - mean) - 0.5)
  const z = (Math.sign(u - mean) * distance) / Math.sqrt(variance)
  const p = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))))
  return { u, z, p, probabilityAGreater: u / (n1 * n2) }
}

/** A bootstrap estimate of median(a) − median(b) and its percentile interval. */
export interface MedianDifference {
  readonly estimate: number
  readonly low: number
  readonly high: number
  /** The interval's coverage, e.g. 0.95. */
  readonly level: number
  readonly resamples: number
}

/**
 * The difference of the medians of `a` and `b` and its percentile bootstrap interval: each
 * sample is resampled with replacement `resamples` times (seeded, so a rerun on the same
 * samples gives the same interval). An interval that holds 0 does not tell the two apart.
 */
export function bootstrapMedianDifference(
  a: readonly number[],
  b: readonly number[],
  options: { readonly resamples?: number; readonly level?: number; readonly seed?: number } = {},
): MedianDifference {
  const resamples = options.resamples ?? 2000
  const level = options.level ?? 0.95
  const random = seededRandom(options.seed ?? 20_261_129)
  const resampledMedian = (values: readonly number[], scratch: number[]) => {
    for (let i = 0; i < values.length; i++) scratch[i] = values[random.int(0, values.length - 1)]!
    return median(scratch.sort((x, y) => x - y))
  }
  const scratchA = new Array<number>(a.length)
  const scratchB = new Array<number>(b.length)
  const differences: number[] = []
  for (let r = 0; r < resamples; r++) {
    differences.push(resampledMedian(a, scratchA) - resampledMedian(b, scratchB))
  }
  differences.sort((x, y) => x - y)
  const at = (q: number) =>
    differences[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!
  const sorted = (values: readonly number[]) => [...values].sort((x, y) => x - y)
  return {
    estimate: median(sorted(a)) - median(sorted(b)),
    low: at((1 - level) / 2),
    high: at(1 - (1 - level) / 2),
    level,
    resamples,
  }
}
