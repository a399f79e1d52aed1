import { defineConfig, mergeConfig } from 'vitest/config'
import { packageConfig } from '../../vitest.shared.js'

export default mergeConfig(
  packageConfig,
  defineConfig({
    // graphql 16 has no "exports": the gateway the browser tests start loads its index.js, as
    // Node does; Vite would pick index.mjs, and two copies break graphql's instanceof checks.
    resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
    test: {
      // Component tests render in happy-dom; test/browser/ drives Chromium (node environment).
      include: ['test/**/*.test.tsx'],
      environment: 'happy-dom',
      coverage: { include: ['src/**/*.ts', 'src/**/*.tsx'] },
    },
  }),
)
