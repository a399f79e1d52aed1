import { defineConfig, mergeConfig } from 'vitest/config'
import { databaseConfig, packageConfig } from '../../vitest.shared.js'

/**
 * graphql 16 has no "exports": Node loads index.js, Vite would pick index.mjs. Two copies break
 * graphql's instanceof checks, so tests use the one Node (and so Pothos) uses.
 */
export const ONE_GRAPHQL = [{ find: /^graphql$/, replacement: 'graphql/index.js' }]

export default mergeConfig(
  mergeConfig(packageConfig, databaseConfig),
  defineConfig({
    resolve: { alias: ONE_GRAPHQL },
    test: {
      exclude: ['test/reliability/**', '**/node_modules/**', '**/dist/**'], // npm run test:reliability
    },
  }),
)
