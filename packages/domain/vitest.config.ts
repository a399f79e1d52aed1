import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@chidao/source'] },
  ssr: { resolve: { conditions: ['@chidao/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
    },
  },
})
