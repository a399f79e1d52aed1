import type { RecurrenceCadence } from './deadline.js'

/** The cadence a unit of time names: `hằng tháng`, `hằng quý`, `mỗi kỳ`, `hằng năm`. */
export const UNIT_CADENCE: Readonly<Record<string, RecurrenceCadence>> = {
  tháng: 'MONTHLY',
  quý: 'QUARTERLY',
  kỳ: 'HALF_YEARLY',
  năm: 'YEARLY',
}
const MONTHS_CADENCE: Readonly<Record<number, RecurrenceCadence>> = {
  1: 'MONTHLY',
  3: 'QUARTERLY',
  6: 'HALF_YEARLY',
  12: 'YEARLY',
}

/** The phrases that name a cadence, wherever they stand in the text. */
const CADENCE_PHRASES: readonly [RegExp, (m: RegExpExecArray) => RecurrenceCadence | undefined][] =
  [
    [/(?:định kỳ )?(?:hằng|mỗi) (tháng|quý|năm)(?=[\s,]|$)/u, (m) => UNIT_CADENCE[m[1]!]],
    [
      /định kỳ (\d{1,2}) tháng(?: (?:một|1) lần)?(?:(?:,| và) (?:01 |1 |một |cả )?năm)?(?=[\s,]|$)/u,
      (m) => MONTHS_CADENCE[Number(m[1])],
    ],
    [/định kỳ (tháng|quý|năm)(?: (?:một|1) lần)?(?=[\s,]|$)/u, (m) => UNIT_CADENCE[m[1]!]],
    [/(\d{1,2}) tháng (?:một|1) lần(?=[\s,]|$)/u, (m) => MONTHS_CADENCE[Number(m[1])]],
    [
      /,? (?:và|cho) (?:các|những) (năm|quý|tháng) (?:tiếp theo|sau(?: đó)?|kế tiếp|tiếp sau)(?=[\s,]|$)/u,
      (m) => UNIT_CADENCE[m[1]!],
    ],
  ]

/**
 * The cadence a text names, wherever it stands (`hằng quý`, `định kỳ 6 tháng`, `và các năm
 * tiếp theo`…), and the text without that phrase; `null` when it names none.
 *
 * @example
 * ```ts
 * findCadence('trước 30/6 hằng năm') // { cadence: 'YEARLY', rest: 'trước 30/6 ' }
 * ```
 */
export function findCadence(s: string): { cadence: RecurrenceCadence; rest: string } | null {
  for (const [pattern, cadenceOf] of CADENCE_PHRASES) {
    const m = pattern.exec(s)
    if (m === null) continue
    const cadence = cadenceOf(m)
    if (cadence === undefined) return null
    return { cadence, rest: `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}` }
  }
  return null
}
