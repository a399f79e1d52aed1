import { availableParallelism } from 'node:os'
import { defineConfig, mergeConfig } from 'vitest/config'

/**
 * Tests import chidao's packages through the `@chidao/source` export condition, so they run the
 * TypeScript sources and never a stale `dist`. Every Vitest config starts from this.
 *
 * @example
 * ```ts
 * export default mergeConfig(sourceConfig, defineConfig({ test: { include: ['test/x/*.test.ts'] } }))
 * ```
 */
export const sourceConfig = defineConfig({
  resolve: { conditions: ['@chidao/source'] },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
})

/**
 * The base of every package's `vitest.config.ts` (`npm test`), which extends it with
 * `mergeConfig`. Arrays are merged by concatenation, so a package adds to them; numbers and
 * other scalars it sets replace these.
 *
 * @example
 * ```ts
 * // packages/report-docx/vitest.config.ts
 * export default packageConfig
 * ```
 */
export const packageConfig = mergeConfig(
  sourceConfig,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      // The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
      reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
      // Property tests run thousands of cases; on a shared two-core machine under coverage they
      // need more than Vitest's default 5 s. Speed is measured in bench/, never here.
      // A guard against a hang, not a measure of speed (bench/ measures that): a shared or loaded
      // machine runs these many times slower than a quiet one, and no test may fail for that.
      testTimeout: 600_000,
      hookTimeout: 600_000,
      // Vitest runs one file per core but one, so a two-core machine ran one file at a time.
      // Most files wait on a database, a child process or a socket much of the time: two files
      // at once keep both cores busy. Every file opens its own database, port and temporary
      // directory, so nothing is shared between the two.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // Read only by `vitest run --coverage`.
      coverage: {
        provider: 'v8',
        include: ['src/**/*.ts'],
        reporter: ['text-summary'],
      },
    },
  }),
)

/**
 * For suites that run against the databases: `test/global-setup.ts` makes the run's templates
 * once (`prepareTestTemplates` of `@chidao/db/testing`: migrated, and one per seed such as the
 * example programme; on PostgreSQL too when `DATABASE_URL` is set), and each file's `beforeAll`
 * opens its own database, a copy of one, within the base's guard against a hang. No file shares
 * a database with another.
 *
 * @example
 * ```ts
 * export default mergeConfig(packageConfig, databaseConfig)
 * ```
 */
export const databaseConfig = defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
  },
})
