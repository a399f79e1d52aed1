import { Resvg } from '@resvg/resvg-js'

/**
 * A chart drawn as a PNG, with its size in CSS pixels (96 to the inch) to lay it out at.
 *
 * @example
 * ```ts
 * const { png, width, height } = svgToPng(completionByLeadSvg(report))
 * ```
 */
export interface ChartPng {
  readonly png: Uint8Array
  readonly width: number
  readonly height: number
}

function sizeOf(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? Number.NaN)
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? Number.NaN)
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
    throw new RangeError('The chart SVG has no width and height / Biểu đồ SVG thiếu kích thước')
  }
  return { width, height }
}

/**
 * Draws an SVG chart (as `@chidao/domain`'s report charts make them) into a PNG with resvg: no
 * browser, no network. Text is set in the system's Times New Roman, or a serif with the same
 * metrics and Vietnamese glyphs (Liberation Serif 2, Debian's fonts-liberation2 — version 1
 * lacks them) when that is what the machine has; `scale` renders it sharper than its layout
 * size (2 by default, so it prints well).
 *
 * @example
 * ```ts
 * const chart = svgToPng(timelinessStackedSvg(report))
 * await writeFile('chart.png', chart.png)
 * ```
 */
export function svgToPng(svg: string, scale = 2): ChartPng {
  const { width, height } = sizeOf(svg)
  // resvg does not map the generic "serif" through the system's aliases: name the fonts with
  // Times New Roman's metrics and Vietnamese glyphs that Linux machines have.
  const fonts = svg.replace(
    /font-family="([^"]*?),\s*serif"/g,
    'font-family="$1, Liberation Serif, Tinos, DejaVu Serif, serif"',
  )
  const resvg = new Resvg(fonts, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'Liberation Serif',
      serifFamily: 'Liberation Serif',
    },
  })
  const png = resvg.render().asPng()
  return { png: new Uint8Array(png), width, height }
}
