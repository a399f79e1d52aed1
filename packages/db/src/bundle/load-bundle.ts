import { readFile, stat } from 'node:fs/promises'
import type { BundleProblem } from '@chidao/app'
import {
  type Bundle,
  type DomainError,
  err,
  ok,
  parseBundle,
  type Result,
  type Secrecy,
} from '@chidao/domain'
import { isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml'
import { bundleClearanceErrors } from './bundle-clearance.js'
import {
  byPlaceInFile,
  isJsonBundle,
  jsonSyntaxProblem,
  yamlSyntaxProblems,
} from './bundle-syntax-problems.js'

// A problem, and its one-per-line listing, are the app's (its BundleTextReader port): given
// on here for the readers of files and texts below.
export { type BundleProblem, formatBundleProblems } from '@chidao/app'

/**
 * Bundles larger than this are refused before parsing (a bundle is text, not a data dump). A
 * province of about 44,000 records writes a bundle of about 9 MiB; parsing YAML costs about 80
 * bytes of memory per byte of text, so 16 MiB keeps a parse near 1.3 GB at worst.
 */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024

/** YAML aliases a bundle may expand; more is refused as a "billion laughs" bomb. */
export const MAX_BUNDLE_ALIASES = 100

function tooLarge(file: string, bytes: number): BundleProblem {
  const mib = MAX_BUNDLE_BYTES / 1024 / 1024
  return {
    file,
    line: null,
    column: null,
    path: '',
    code: 'BUNDLE_TOO_LARGE',
    message: `The bundle is ${bytes} bytes, larger than the limit of ${mib} MiB (${MAX_BUNDLE_BYTES} bytes)`,
    messageVi: `Gói dữ liệu có ${bytes} byte, lớn hơn giới hạn ${mib} MiB (${MAX_BUNDLE_BYTES} byte)`,
  }
}

/**
 * Reads a bundle file as UTF-8 text, refusing one over {@link MAX_BUNDLE_BYTES} by its size on
 * disk before reading a byte of it, and one that cannot be read with the reason.
 */
export async function readBundleFile(
  file: string,
): Promise<Result<string, readonly BundleProblem[]>> {
  const problem = (
    code: string,
    en: string,
    vi: string,
  ): Result<string, readonly BundleProblem[]> =>
    err([{ file, line: null, column: null, path: '', code, message: en, messageVi: vi }])
  try {
    const info = await stat(file)
    if (!info.isFile()) {
      return problem('NOT_A_FILE', 'Not a regular file', 'Không phải là tệp thông thường')
    }
    if (info.size > MAX_BUNDLE_BYTES) return err([tooLarge(file, info.size)])
    return ok(await readFile(file, 'utf8'))
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return problem(
      'FILE_NOT_READABLE',
      `Cannot read the file (${typeof code === 'string' ? code : 'error'})`,
      `Không đọc được tệp (${typeof code === 'string' ? code : 'lỗi'})`,
    )
  }
}

function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`,
    '',
  )
}

/**
 * Reads a bundle from JSON or YAML text and validates it with the domain's `parseBundle`. A JSON
 * bundle (by its `.json` name, or its first character) must be JSON: its syntax error is worded
 * as JSON's. Every problem is reported at once, in the order of the file, each with the file,
 * the line and column, the JSON path and a reason in English and Vietnamese: the first syntax
 * error (the errors it caused folded into it), duplicate keys, and every rule `parseBundle`
 * checks. With `clearance`, a bundle that parses is also refused
 * when it holds a record marked above it (`SECRECY_ABOVE_CLEARANCE` at `directives[3].secrecy`):
 * pass the importer's clearance, as `importBundle` will refuse such a bundle.
 *
 * @example
 * ```ts
 * const loaded = loadBundle(await readFile('my-province.yaml', 'utf8'), 'my-province.yaml')
 * if (!loaded.ok) for (const p of loaded.error) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`)
 * ```
 */
export function loadBundle(
  text: string,
  file: string,
  options: { readonly clearance?: Secrecy } = {},
): Result<Bundle, readonly BundleProblem[]> {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_BUNDLE_BYTES) return err([tooLarge(file, bytes)])
  const json = isJsonBundle(text, file) ? jsonSyntaxProblem(text, file) : null
  if (json !== null) return err([json])
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.normalize('NFC'), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  })
  if (doc.errors.length > 0) {
    return err(
      byPlaceInFile(
        yamlSyntaxProblems(doc.errors, lineCounter, file, (offset) => keyAt(doc, offset)),
      ),
    )
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_BUNDLE_ALIASES })
  } catch (error) {
    // yaml throws a ReferenceError for an alias expanded too often (a "billion laughs" bomb).
    if (!(error instanceof ReferenceError)) throw error
    return err([
      {
        file,
        line: null,
        column: null,
        path: '',
        code: 'TOO_MANY_ALIASES',
        message: `The bundle expands YAML aliases (*name) more than ${MAX_BUNDLE_ALIASES} times: refused as a resource exhaustion attack ("billion laughs")`,
        messageVi: `Gói dữ liệu mở rộng bí danh YAML (*tên) quá ${MAX_BUNDLE_ALIASES} lần: bị từ chối vì có thể là tấn công làm cạn tài nguyên ("billion laughs")`,
      },
    ])
  }
  const parsed = parseBundle(value)
  if (!parsed.ok) {
    return err(byPlaceInFile(parsed.error.map((e) => locate(e, doc, lineCounter, file))))
  }
  const above =
    options.clearance === undefined ? [] : bundleClearanceErrors(parsed.value, options.clearance)
  if (above.length > 0) {
    return err(byPlaceInFile(above.map((e) => locate(e, doc, lineCounter, file))))
  }
  return ok(parsed.value)
}

/** The text of the map key that starts at `offset`, if one does. */
function keyAt(doc: ReturnType<typeof parseDocument>, offset: number): string | null {
  let found: string | null = null
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key
      if (isScalar(key) && key.range && key.range[0] <= offset && offset < key.range[1] + 1) {
        found = String(key.value)
        return visit.BREAK
      }
      return undefined
    },
  })
  return found
}

function locate(
  error: DomainError,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
): BundleProblem {
  // The deepest node that exists along the path: a missing field is reported at its parent.
  let line: number | null = null
  let column: number | null = null
  for (let depth = error.path.length; depth >= 0; depth--) {
    const node = doc.getIn(error.path.slice(0, depth), true)
    if (isNode(node) && node.range) {
      const pos = lineCounter.linePos(node.range[0])
      line = pos.line
      column = pos.col
      break
    }
  }
  return {
    file,
    line,
    column,
    path: pathText(error.path),
    code: error.code,
    message: error.message,
    messageVi: error.messageVi,
  }
}
