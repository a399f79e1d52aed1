import type { BundleTextReader } from '@chidao/app'
import { loadBundle } from './load-bundle.js'

/**
 * The app's {@link BundleTextReader}: JSON or YAML text to a validated bundle, every problem
 * located by line, column and path ({@link loadBundle}). It reads no data and writes nothing.
 *
 * @example
 * ```ts
 * const read = bundleTextReader.read(text, 'tinh.yaml', { clearance: 'MAT' })
 * ```
 */
export const bundleTextReader: BundleTextReader = Object.freeze({
  read: (text, fileName, options) => loadBundle(text, fileName, options),
} satisfies BundleTextReader)
