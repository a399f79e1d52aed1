import type { BundleIds } from './bundle-columns.js'

/**
 * The row ids of a bundle's records as they are written, by natural key: organisation codes,
 * directive refs and task refs. The importer and the bulk loader each fill it in their own way
 * (found or created rows; ids made in advance) and read it through {@link BundleIds}.
 *
 * @example
 * ```ts
 * const ids = new BundleIdMap()
 * ids.organizations.set('TU', organizationId)
 * ids.organization('TU') // organizationId
 * ```
 */
export class BundleIdMap implements BundleIds {
  readonly organizations = new Map<string, string>()
  readonly directives = new Map<string, string>()
  readonly tasks = new Map<string, string>()

  /** The id of the organisation of this code (`null` for no code). */
  organization(code: string | null): string | null {
    if (code === null) return null
    const id = this.organizations.get(code)
    if (!id) throw new Error(`bundle refers to organisation ${code}, which parseBundle refuses`)
    return id
  }

  /** The id of the directive of this ref. */
  directive(ref: string): string {
    const id = this.directives.get(ref)
    if (!id) throw new Error(`bundle refers to directive ${ref}, which parseBundle refuses`)
    return id
  }

  /** The id of the task of this ref, `null` when it is not written (yet). */
  task(ref: string): string | null {
    return this.tasks.get(ref) ?? null
  }
}
