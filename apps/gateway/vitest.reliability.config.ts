import { defineConfig } from 'vitest/config'

/**
 * The reliability suite (`npm run test:reliability`): faults, load and hostile input, kept out
 * of `npm test` because it starts processes and sends thousands of requests. See RELIABILITY.md.
 */
export default defineConfig({
  resolve: {
    conditions: ['@chidao/source'],
    // Same as vitest.config.ts: one copy of graphql, the one Node (and so Pothos) uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The files start child processes and bind ports: one at a time keeps the figures honest.
    fileParallelism: false,
    hookTimeout: 60_000,
    testTimeout: 90_000,
  },
})
