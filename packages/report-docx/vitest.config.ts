import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@chidao/source'] },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    // A guard against a hang, not a measure of speed (bench/ measures that): a shared or loaded
    // machine runs these many times slower than a quiet one, and no test may fail for that.
    testTimeout: 600_000,
  },
})
