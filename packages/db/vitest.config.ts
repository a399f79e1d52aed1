import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@chidao/source'] },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
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
