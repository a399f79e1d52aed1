import type { BundleReader } from '../bundle-reader.js'
import type { BundleReferences } from './bundle-references.js'
import type { StandIns } from './stand-ins.js'

/**
 * What the parser of each section reads with: the reader that collects errors, the stand-in
 * ids for the domain's validators, and the references between sections.
 *
 * @example
 * ```ts
 * const context: SectionContext = { reader, standIns: new StandIns(), references: new BundleReferences(reader) }
 * ```
 */
export interface SectionContext {
  readonly reader: BundleReader
  readonly standIns: StandIns
  readonly references: BundleReferences
}
