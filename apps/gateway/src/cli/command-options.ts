import {
  isIsoDate,
  isSecrecy,
  isTenantId,
  parseDocumentSymbol,
  type Secrecy,
  type TenantId,
} from '@chidao/domain'
import { InvalidArgumentError, Option } from '@commander-js/extra-typings'

// Options several commands share, each checked as commander reads it: a bad value is a usage
// error (exit code 2) naming the option, shown with the command's help.

/**
 * `--tenant <id>`, checked as a tenant id. Absent, a command uses CHIDAO_TENANT (else demo).
 *
 * @example
 * ```ts
 * new Command('export').addOption(tenantOption()) // options.tenant: TenantId | undefined
 * ```
 */
export function tenantOption() {
  return new Option('--tenant <id>', 'the tenant (default: CHIDAO_TENANT, else demo)').argParser(
    (text): TenantId => {
      if (!isTenantId(text)) {
        throw new InvalidArgumentError('A tenant id is lower-case letters, digits and hyphens.')
      }
      return text
    },
  )
}

/**
 * `-o, --out <file>`: the file a command writes instead of standard output.
 *
 * @example
 * ```ts
 * new Command('export').addOption(outOption('the bundle')) // options.out: string | undefined
 * ```
 */
export function outOption(what: string) {
  return new Option('-o, --out <file>', `write ${what} to this file (default: standard output)`)
}

/**
 * `--clearance <level>`: a secrecy level, in any case (`mat` is MAT).
 *
 * @example
 * ```ts
 * new Command('token').addOption(clearanceOption('the caller is cleared for').default('PUBLIC' as const))
 * ```
 */
export function clearanceOption(description: string) {
  return new Option(
    '--clearance <level>',
    `${description}: PUBLIC, MAT, TOI_MAT or TUYET_MAT`,
  ).argParser((text): Secrecy => {
    const level = text.toUpperCase()
    if (!isSecrecy(level)) throw new InvalidArgumentError('PUBLIC, MAT, TOI_MAT or TUYET_MAT.')
    return level
  })
}

/**
 * An option whose value is a date written YYYY-MM-DD.
 *
 * @example
 * ```ts
 * new Command('report').addOption(dateOption('--as-of <date>', 'count as of this day'))
 * ```
 */
export function dateOption<Flags extends string>(flags: Flags, description: string) {
  return new Option(flags, description).argParser((text): string => {
    if (!isIsoDate(text)) throw new InvalidArgumentError('A date is written YYYY-MM-DD.')
    return text
  })
}

/**
 * `-d, --directive <symbol>`: a document by its number and symbol, parsed, and kept as written.
 *
 * @example
 * ```ts
 * new Command('report').addOption(directiveOption('the directive')) // options.directive?.symbol
 * ```
 */
export function directiveOption(description: string) {
  return new Option('-d, --directive <symbol>', description).argParser((text) => {
    const symbol = parseDocumentSymbol(text)
    if (!symbol.ok) throw new InvalidArgumentError('Not a document symbol.')
    return { text, symbol: symbol.value }
  })
}

/**
 * `--year <year>`: the issue year, which tells apart documents bearing one symbol.
 *
 * @example
 * ```ts
 * new Command('report').addOption(yearOption('the issue year')) // options.year: number | undefined
 * ```
 */
export function yearOption(description: string) {
  return new Option('--year <year>', description).argParser((text) => {
    const year = Number(text)
    if (!Number.isInteger(year)) throw new InvalidArgumentError('A year is a whole number.')
    return year
  })
}
