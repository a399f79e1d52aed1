import type { Bundle, Result, Secrecy } from '@chidao/domain'

/** One thing wrong with a bundle's text, located for a person to fix. */
export interface BundleProblem {
  /** The name the text was read under: a file name, or what the caller called it. */
  readonly file: string
  /** 1-based line and column of the offending value, where known. */
  readonly line: number | null
  readonly column: number | null
  /** JSON path of the offending field, e.g. `tasks[12].lead`; empty for the whole text. */
  readonly path: string
  readonly code: string
  readonly message: string
  readonly messageVi: string
}

/** How a bundle's text is read: the reader's clearance, if the bundle must not exceed it. */
export interface BundleReadOptions {
  /** Refuse a bundle holding a record marked above this level (`SECRECY_ABOVE_CLEARANCE`). */
  readonly clearance?: Secrecy
}

/**
 * Turns a bundle's JSON or YAML text into a validated {@link Bundle}, or every problem it has,
 * each located by line, column and path. It reads no data and writes nothing. Implemented by
 * `@chidao/db` (`bundleTextReader`, which holds the YAML parser).
 *
 * @example
 * ```ts
 * const read = reader.read(text, 'tinh.yaml', { clearance: 'MAT' })
 * if (!read.ok) console.error(formatBundleProblems(read.error))
 * ```
 */
export interface BundleTextReader {
  /**
   * The bundle `text` holds, or every problem it has (syntax, duplicate keys, every rule of
   * `parseBundle`, a record above `options.clearance`), named under `fileName`.
   */
  read(
    text: string,
    fileName: string,
    options?: BundleReadOptions,
  ): Result<Bundle, readonly BundleProblem[]>
}

/**
 * Formats problems one per line, as compilers do: `file:line:column path: [CODE] message /
 * thông báo`.
 *
 * @example
 * ```ts
 * formatBundleProblems(problems) // 'tinh.json:12:7 tasks[3].lead: [UNKNOWN_ORGANIZATION] … / …'
 * formatBundleProblems(problems, 'vi') // one language only, for an API error's messageVi
 * ```
 */
export function formatBundleProblems(
  problems: readonly BundleProblem[],
  language: 'en' | 'vi' | 'both' = 'both',
): string {
  return problems
    .map((p) => {
      const at = p.line === null ? p.file : `${p.file}:${p.line}:${p.column}`
      const where = p.path ? ` ${p.path}` : ''
      const text =
        language === 'en'
          ? p.message
          : language === 'vi'
            ? p.messageVi
            : `${p.message} / ${p.messageVi}`
      return `${at}${where}: [${p.code}] ${text}`
    })
    .join('\n')
}
