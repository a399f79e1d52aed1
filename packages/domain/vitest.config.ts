import { defineConfig, mergeConfig } from 'vitest/config'
import { packageConfig } from '../../vitest.shared.js'

export default mergeConfig(
  packageConfig,
  defineConfig({
    // The test command fails below this; the issue asks for at least 95 % of lines.
    test: { coverage: { thresholds: { lines: 95 } } },
  }),
)
