// Reads a script's options with node:util parseArgs (the scripts run before `npm ci`, so they use
// nothing but Node): `--help` prints the usage; an unknown option or a missing value is said in
// one line, with the nearest known option, then the usage, exit code 2 — never a stack trace.
import { parseArgs } from 'node:util'

/**
 * The options and positionals of `process.argv`, or an exit: 0 after `--help`, 2 after a mistake.
 *
 * @param {string} script the name the messages start with, e.g. `release`
 * @param {string} usage what `--help` prints
 * @param {import('node:util').ParseArgsConfig} config parseArgs' configuration (`args` excluded)
 * @example
 * const { values } = readOptions('release', USAGE, { options: { 'dry-run': { type: 'boolean' } } })
 */
export function readOptions(script, usage, config) {
  const options = { ...config.options, help: { type: 'boolean', short: 'h', default: false } }
  let parsed
  try {
    parsed = parseArgs({ ...config, options })
  } catch (error) {
    if (!String(error?.code).startsWith('ERR_PARSE_ARGS')) throw error
    const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    const flag = unknown ? (/'-+([^']+)'/.exec(error.message)?.[1] ?? '') : ''
    const near = nearest(flag, Object.keys(options))
    const hint = near ? ` (did you mean --${near}? / có phải --${near}?)` : ''
    console.error(`${script}: ${error.message.split('\n')[0]}${hint}\n\n${usage}`)
    process.exit(2)
  }
  if (parsed.values.help) {
    console.log(usage)
    process.exit(0)
  }
  return parsed
}

/** The known name within two edits of `name` (Levenshtein), nearest first; null if none. */
function nearest(name, known) {
  const distance = (a, b) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const next = [i]
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min(
          row[j] + 1,
          next[j - 1] + 1,
          row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        )
      }
      row = next
    }
    return row[b.length]
  }
  const ranked = known.map((k) => ({ k, d: distance(name, k) })).sort((x, y) => x.d - y.d)
  return ranked[0] && ranked[0].d <= 2 && name ? ranked[0].k : null
}
