import { defineConfig } from 'vitest/config'

// Three depths (STYLE.md §9): pure functions, the API in-process against a real database, and
// journeys in a real browser. `npm test` (scripts/test.ts) runs them in that order.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['src/**/*.api.test.ts'] } },
      { test: { name: 'api', include: ['src/**/*.api.test.ts', 'tests/**/*.api.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      // Real app processes on one PostgreSQL (tests/multiprocess/); `npm test` runs it after the API tier on PostgreSQL.
      { test: { name: 'multiprocess', include: ['tests/multiprocess/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 180_000, fileParallelism: false } },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
})
