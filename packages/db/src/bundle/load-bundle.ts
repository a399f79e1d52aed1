import { type Bundle, type DomainError, err, ok, parseBundle, type Result } from '@chidao/domain'
import { isNode, LineCounter, parseDocument } from 'yaml'

/** One thing wrong with a bundle file, located for a person to fix. */
export interface BundleProblem {
  readonly file: string
  /** 1-based line and column of the offending value, where known. */
  readonly line: number | null
  readonly column: number | null
  /** JSON path of the offending field, e.g. `tasks[12].lead`. */
  readonly path: string
  readonly code: string
  readonly message: string
  readonly messageVi: string
}

/** Bundles larger than this are refused before parsing (a bundle is text, not a data dump). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`,
    '',
  )
}

/**
 * Reads a bundle from JSON or YAML text (YAML 1.2 reads JSON too) and validates it with the
 * domain's `parseBundle`. Every problem is reported at once, each with the file, the line and
 * column, the JSON path and a reason in English and Vietnamese: syntax errors, duplicate keys,
 * and every rule `parseBundle` checks.
 *
 * @example
 * ```ts
 * const loaded = loadBundle(await readFile('my-province.yaml', 'utf8'), 'my-province.yaml')
 * if (!loaded.ok) for (const p of loaded.error) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`)
 * ```
 */
export function loadBundle(text: string, file: string): Result<Bundle, readonly BundleProblem[]> {
  if (Buffer.byteLength(text, 'utf8') > MAX_BUNDLE_BYTES) {
    return err([
      {
        file,
        line: null,
        column: null,
        path: '',
        code: 'BUNDLE_TOO_LARGE',
        message: `The bundle is larger than ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB`,
        messageVi: `Gói dữ liệu lớn hơn ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB`,
      },
    ])
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.normalize('NFC'), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  })
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => {
        const at = e.linePos?.[0]
        return {
          file,
          line: at?.line ?? null,
          column: at?.col ?? null,
          path: '',
          code: e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_FIELD' : 'SYNTAX_ERROR',
          message: `${e.code === 'DUPLICATE_KEY' ? 'Duplicate key' : 'Syntax error'}: ${e.message.split('\n')[0]}`,
          messageVi: `${e.code === 'DUPLICATE_KEY' ? 'Khóa bị lặp' : 'Lỗi cú pháp'}: ${e.message.split('\n')[0]}`,
        }
      }),
    )
  }
  const parsed = parseBundle(doc.toJS({ maxAliasCount: 100 }))
  if (parsed.ok) return ok(parsed.value)
  return err(parsed.error.map((e) => locate(e, doc, lineCounter, file)))
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

/**
 * Formats problems one per line, as compilers do: `file:line:column path: message / thông báo`.
 */
export function formatBundleProblems(problems: readonly BundleProblem[]): string {
  return problems
    .map((p) => {
      const at = p.line === null ? p.file : `${p.file}:${p.line}:${p.column}`
      const where = p.path ? ` ${p.path}` : ''
      return `${at}${where}: [${p.code}] ${p.message} / ${p.messageVi}`
    })
    .join('\n')
}
