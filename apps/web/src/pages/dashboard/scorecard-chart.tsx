import { TIMELINESS_LABELS } from '@chidao/domain'
import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { useId } from 'react'
import { labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { Language } from '../../i18n/messages.js'
import { TIMELINESS_SERIES, type TimelinessCountsFigures } from './timeliness-series.js'

/** One bar of the chart: a lead organisation and its counts. */
export interface ChartLine {
  readonly id: string
  readonly name: string
  readonly counts: TimelinessCountsFigures
}

const WIDTH = 640
const ROW = 44
const BAR = 18
const LABEL = 18

/** The chart's words for those who do not see it: one sentence per lead organisation. */
export function chartDescription(lines: readonly ChartLine[], language: Language): string[] {
  return lines.map((line) => {
    const parts = TIMELINESS_SERIES.map(
      (series) =>
        `${labelIn(TIMELINESS_LABELS[series.timeliness], language).toLocaleLowerCase(language)} ${line.counts[series.count]}`,
    )
    return `${line.name}: ${line.counts.total} — ${parts.join(', ')}.`
  })
}

/**
 * Tasks of each lead organisation as a horizontal stacked bar (visx: SVG, drawn by React), the
 * name above each bar so that it reads on a phone. Its text alternative is the `<title>` and
 * `<desc>` the image is labelled by, giving every figure; the table beside it holds the same.
 */
export function ScorecardChart({ lines }: { readonly lines: readonly ChartLine[] }) {
  const { t, language } = useI18n()
  const id = useId()
  if (lines.length === 0) return null
  const max = Math.max(1, ...lines.map((line) => line.counts.total))
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - 40], nice: true })
  const height = lines.length * ROW + 8
  const description = chartDescription(lines, language)
  return (
    <figure className="dash-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('dashChartTitle')}</title>
        <desc id={`${id}-desc`}>{`${t('dashChartDesc')} ${description.join(' ')}`}</desc>
        {lines.map((line, row) => {
          let offset = 0
          return (
            <Group key={line.id} top={row * ROW + 4}>
              <text x={0} y={LABEL - 4} fontSize={14} fill="#1d2433">
                {`${line.name} (${line.counts.total})`}
              </text>
              {TIMELINESS_SERIES.map((series) => {
                const value = line.counts[series.count]
                const start = offset
                offset += value
                return value === 0 ? null : (
                  <Bar
                    key={series.timeliness}
                    x={x(start)}
                    y={LABEL}
                    width={Math.max(1, x(start + value) - x(start))}
                    height={BAR}
                    fill={series.colour}
                  />
                )
              })}
            </Group>
          )
        })}
      </svg>
      <figcaption>
        <span className="dash-chart-title">{t('dashChartTitle')}</span>
        <ul className="dash-legend">
          {TIMELINESS_SERIES.map((series) => (
            <li key={series.timeliness}>
              <span className={`dash-swatch dash-swatch-${series.count}`} aria-hidden />
              {labelIn(TIMELINESS_LABELS[series.timeliness], language)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
