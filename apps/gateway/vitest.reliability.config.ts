import { defineConfig, mergeConfig } from 'vitest/config'
import { databaseConfig, sourceConfig } from '../../vitest.shared.js'
import { ONE_GRAPHQL } from './vitest.config.js'

/**
 * The reliability suite (`npm run test:reliability`): faults, load and hostile input, kept out
 * of `npm test` because it starts processes and sends thousands of requests. See RELIABILITY.md.
 * It writes no JSON report: the summary CI prints is of `npm test`.
 */
export default mergeConfig(
  mergeConfig(sourceConfig, databaseConfig),
  defineConfig({
    resolve: { alias: ONE_GRAPHQL },
    test: {
      include: ['test/reliability/**/*.test.ts'],
      // The files start child processes and bind ports: one at a time keeps the figures honest.
      fileParallelism: false,
      // A guard against a hang, as in the shared config: under load a child process starts many
      // times slower than on a quiet machine, and no test may fail for that. What a test checks
      // about time (an answer within the gateway's own limits) it checks itself.
      testTimeout: 600_000,
      hookTimeout: 600_000,
    },
  }),
)
