import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The JavaScript a browser downloads from a build: files, bytes, and bytes gzip-compressed. */
export interface ShippedJs {
  readonly files: number
  readonly bytes: number
  /** Gzip at its default level, file by file: the same as `gzip -c dist/assets/*.js | wc -c`. */
  readonly gzipBytes: number
}

/** Measures `dist/assets/*.js` of a Vite build (source maps are not downloaded: left out). */
export function shippedJs(distDir: string): ShippedJs {
  const assets = join(distDir, 'assets')
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'))
  let bytes = 0
  let gzipBytes = 0
  for (const name of files) {
    const content = readFileSync(join(assets, name))
    bytes += content.length
    gzipBytes += gzipSync(content).length
  }
  return { files: files.length, bytes, gzipBytes }
}
