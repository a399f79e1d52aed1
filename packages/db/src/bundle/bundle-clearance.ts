import {
  type Bundle,
  canSee,
  type DomainError,
  domainError,
  SECRECY_LABELS,
  type Secrecy,
} from '@chidao/domain'

/**
 * The records of a bundle marked above the importer's clearance, one error each at the path of
 * the mark (`directives[3].secrecy`), code `SECRECY_ABOVE_CLEARANCE`. Directives are the only
 * records that carry a mark: tasks, reports, relations and assessments take theirs from the
 * documents (and parent tasks) they hang on. Empty when the importer may hold everything.
 *
 * An importer writes only what it may see: a bundle with such a record is refused whole.
 *
 * @example
 * ```ts
 * bundleClearanceErrors(bundle, 'PUBLIC').map((e) => e.path.join('.')) // ['directives.3.secrecy']
 * ```
 */
export function bundleClearanceErrors(
  bundle: Pick<Bundle, 'directives'>,
  clearance: Secrecy,
): readonly DomainError[] {
  const errors: DomainError[] = []
  for (const [index, directive] of bundle.directives.entries()) {
    if (canSee(clearance, directive.secrecy)) continue
    const mark = SECRECY_LABELS[directive.secrecy]
    const cleared = SECRECY_LABELS[clearance]
    errors.push(
      domainError(
        'SECRECY_ABOVE_CLEARANCE',
        {
          en: `Directive ${directive.symbol} is marked ${mark.en} (${directive.secrecy}), above the importer's clearance ${cleared.en} (${clearance}): a bundle may hold only records its importer may see`,
          vi: `Văn bản ${directive.symbol} mang độ mật ${mark.vi}, cao hơn mức được tiếp cận của người nhập (${cleared.vi}): gói dữ liệu chỉ được chứa những gì người nhập được xem`,
        },
        ['directives', index, 'secrecy'],
        directive.secrecy,
      ),
    )
  }
  return Object.freeze(errors)
}

/**
 * Thrown by `importBundle` when the bundle holds a record above the clearance it was given;
 * nothing was written. Callers check first with {@link bundleClearanceErrors} (or
 * `loadBundle(text, file, { clearance })`) to answer with the problems located.
 */
export class BundleAboveClearanceError extends Error {
  override readonly name = 'BundleAboveClearanceError'
  readonly problems: readonly DomainError[]

  constructor(problems: readonly DomainError[]) {
    super(
      `The bundle holds ${problems.length} record(s) above the importer's clearance; nothing was imported: ${problems
        .map((p) => `${p.path.join('.')}: ${p.message}`)
        .join('; ')}`,
    )
    this.problems = problems
  }
}
