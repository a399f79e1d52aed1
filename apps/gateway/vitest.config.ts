import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    conditions: ['@chidao/source'],
    // graphql 16 has no "exports": Node loads index.js, Vite would pick index.mjs. Two copies
    // break graphql's instanceof checks, so tests use the one Node (and so Pothos) uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/reliability/**', '**/node_modules/**', '**/dist/**'], // npm run test:reliability
    // The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    globalSetup: ['test/global-setup.ts'],
    // A guard against a hang, not a measure of speed (bench/ measures that): a shared or loaded
    // machine runs these many times slower than a quiet one, and no test may fail for that.
    hookTimeout: 600_000,
    testTimeout: 600_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
    },
  },
})
