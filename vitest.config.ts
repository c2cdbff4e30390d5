import { defineConfig } from 'vitest/config';

// Three tiers, one runner (see scripts/test.mjs):
//  unit         — pure code, colocated *.test.ts, no I/O
//  integration  — *.int.test.ts against real Postgres and Redis (a fresh database per run)
//  e2e          — apps/portal/e2e/*.e2e.test.ts in headless Chromium against the started stack
export default defineConfig({
  resolve: { conditions: ['@gatehouse/source'] },
  ssr: { resolve: { conditions: ['@gatehouse/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            '{apps,packages}/*/src/**/*.int.test.ts',
            '{apps,packages}/*/test/**/*.int.test.ts',
          ],
          globalSetup: ['./scripts/test/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['apps/portal/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./scripts/test/e2e-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
