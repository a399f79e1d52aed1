import { type DomainError, domainError } from '../../domain-error.js'

/**
 * Stand-in identifiers for natural keys. The domain's validators take identifiers (UUIDs); a
 * bundle names things by natural key. Each key gets a stand-in UUID for the call, and the
 * validator's errors are mapped back to the key.
 *
 * @example
 * ```ts
 * const standIns = new StandIns()
 * const error = validateNewTask({ ...input, leadId: standIns.id('BTG-TU') }) // …
 * standIns.unfake(error) // its message names BTG-TU, not a UUID
 * ```
 */
export class StandIns {
  readonly #byKey = new Map<string, string>()
  readonly #byId = new Map<string, string>()
  #next = 1

  /** The stand-in of a natural key: the same one each time. */
  id(key: string): string {
    let id = this.#byKey.get(key)
    if (id === undefined) {
      id = this.fresh()
      this.#byKey.set(key, id)
      this.#byId.set(id, key)
    }
    return id
  }

  /** A stand-in of no key, for a reference already reported as wrong. */
  fresh(): string {
    return `00000000-0000-4000-8000-${(this.#next++).toString(16).padStart(12, '0')}`
  }

  /** The error with every stand-in in its text replaced by its key (`?` for a fresh one). */
  unfake(error: DomainError): DomainError {
    const swap = (text: string) =>
      text.replace(/00000000-0000-4000-8000-[0-9a-f]{12}/gu, (id) => this.#byId.get(id) ?? '?')
    const value = typeof error.value === 'string' ? swap(error.value) : error.value
    return domainError(
      error.code,
      { en: swap(error.message), vi: swap(error.messageVi) },
      error.path,
      value,
    )
  }
}
