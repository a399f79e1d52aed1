import { defineConfig, mergeConfig } from 'vitest/config'
import { packageConfig } from '../../vitest.shared.js'

// Component tests render in happy-dom; the browser tests (Playwright) are elsewhere.
export default mergeConfig(
  packageConfig,
  defineConfig({
    test: {
      include: ['test/**/*.test.tsx'],
      environment: 'happy-dom',
      coverage: { include: ['src/**/*.ts', 'src/**/*.tsx'] },
    },
  }),
)
