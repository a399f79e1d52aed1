/**
 * Help text written in the source as wrapped paragraphs, made into one line per paragraph so that
 * commander wraps it to the terminal's width: a line break is kept only before a blank line or
 * an indented line (an example, a list).
 *
 * @example
 * ```ts
 * prose(`Writes the bundle
 * to the file.
 *
 *   chidao export --out backup.json`)
 * // 'Writes the bundle to the file.\n\n  chidao export --out backup.json'
 * ```
 */
export function prose(text: string): string {
  return text.trim().replace(/(\S)\n(?=\S)/g, '$1 ')
}
