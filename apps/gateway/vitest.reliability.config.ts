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
      testTimeout: 90_000,
    },
  }),
)
