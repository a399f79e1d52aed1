import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@chidao/source'] },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    testTimeout: 60_000,
  },
})
