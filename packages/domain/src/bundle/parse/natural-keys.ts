import type { ErrorPath } from '../../domain-error.js'
import type { BundleReader } from '../bundle-reader.js'

/**
 * The natural keys of the records of a section (an organisation's code, a directive's symbol
 * and year…): each key belongs to the first record that has it, and every later record that
 * has it again is reported (`DUPLICATE_KEY`), with the place of the first in its message.
 *
 * @example
 * ```ts
 * const codes = new NaturalKeys(reader)
 * codes.claim('LHH', 3, ['organizations', 3, 'code'], 'lhh', (first) => ({
 *   en: `Organisation code "LHH" is used twice (first at organizations[${first}])`,
 *   vi: `Mã tổ chức "LHH" bị trùng (đã dùng ở organizations[${first}])`,
 * })) // false when organizations[first] has it already
 * ```
 */
export class NaturalKeys {
  readonly #reader: BundleReader
  readonly #owners = new Map<string, number>()

  constructor(reader: BundleReader) {
    this.#reader = reader
  }

  /**
   * Claims a key for the record at `index`: `true` when that record is the first to have it;
   * otherwise reports `DUPLICATE_KEY` at `path`, with `value` and the text `said` gives for the
   * index of the first, and gives `false`.
   */
  claim(
    key: string,
    index: number,
    path: ErrorPath,
    value: unknown,
    said: (first: number) => { en: string; vi: string },
  ): boolean {
    const first = this.#owners.get(key)
    if (first === undefined) {
      this.#owners.set(key, index)
      return true
    }
    this.#reader.add('DUPLICATE_KEY', said(first), path, value)
    return false
  }

  /** Each key claimed, with the index of the record it belongs to. */
  get owners(): ReadonlyMap<string, number> {
    return this.#owners
  }
}
