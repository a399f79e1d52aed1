import { graphql } from '../../graphql/graphql.js'
import type { Language } from '../../i18n/messages.js'

/**
 * What {@link formatRate} needs of a rate the gateway answers. A plain value read by a function
 * rather than a component: unmasked (`@_unmask`), its fields sit in the query's result.
 */
export const RateFiguresFragment = graphql(`
  fragment RateFigures on Rate @_unmask {
    numerator
    denominator
    percent
  }
`)

/** A rate as the gateway answers it: always with the denominator it was computed on. */
export interface RateFigures {
  readonly numerator: number
  readonly denominator: number
  /** Unrounded; null when the denominator is 0. */
  readonly percent: number | null
}

const PERCENT = {
  vi: new Intl.NumberFormat('vi', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
} as const

/** A percentage in the reader's writing: `46,2%` in Vietnamese, `46.2%` in English. */
export function formatPercent(percent: number, language: Language): string {
  return `${PERCENT[language].format(percent)}%`
}

/**
 * A rate never without its denominator: `6/13 — 46,2%`; with no task to divide by,
 * `0/0 — ` and the words for "none yet" (`noRate`), never a made-up 0 % or 100 %.
 *
 * @example
 * ```ts
 * formatRate({ numerator: 12, denominator: 20, percent: 60 }, 'vi', 'chưa có') // '12/20 — 60%'
 * ```
 */
export function formatRate(rate: RateFigures, language: Language, noRate: string): string {
  const share = `${rate.numerator}/${rate.denominator}`
  const percent =
    rate.percent === null || rate.denominator === 0 ? noRate : formatPercent(rate.percent, language)
  return `${share} — ${percent}`
}
