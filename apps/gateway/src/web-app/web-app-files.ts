import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import { type StaticFile, staticFile } from '../static/static-file.js'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/** The built web app, read into memory once: every file by its URL path, and the page. */
export interface WebAppFiles {
  /** `index.html`: the answer to every page address the app routes itself. */
  readonly page: StaticFile
  /** Files by URL path (`/assets/index-Nw7Gsmh8.css`). */
  readonly files: ReadonlyMap<string, StaticFile>
}

/** Whether a directory holds a built web app (its `index.html`). */
export function isWebAppDirectory(directory: string): boolean {
  return existsSync(join(directory, 'index.html'))
}

async function filesBelow(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Reads the web app's build (`apps/web/dist`) into memory: a few hundred kilobytes, served
 * compressed from there. Files of a type it does not know are left out rather than served
 * with a guessed type.
 */
export async function loadWebApp(directory: string): Promise<WebAppFiles> {
  const files = new Map<string, StaticFile>()
  for (const path of await filesBelow(directory)) {
    const contentType = CONTENT_TYPES[extname(path).toLowerCase()]
    if (!contentType) continue
    const urlPath = `/${relative(directory, path).split(sep).join('/')}`
    files.set(urlPath, staticFile(contentType, await readFile(path)))
  }
  const page = files.get('/index.html')
  if (!page) throw new Error(`No index.html in ${directory}: build the web app first`)
  return { page, files }
}
