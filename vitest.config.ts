import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { configDefaults, defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * Three kinds of tests (see README): unit (pure code), int (Payload on a fresh
 * database per file: SQLite always, MongoDB too when MONGODB_TEST_URL is set)
 * and e2e (Chromium against a production build).
 */
const integration = (database: 'sqlite' | 'mongodb') => ({
  extends: true as const,
  test: {
    name: `int:${database}`,
    include: ['tests/int/**/*.int.spec.ts'],
    // The crash test kills server processes on a SQLite file of its own, and the fourth-locale and shared
    // rate-limit tests use no database at all, whatever the leg: once is enough.
    ...(database === 'mongodb'
      ? {
          exclude: [
            ...configDefaults.exclude,
            'tests/int/crash.int.spec.ts',
            'tests/int/fourth-locale.int.spec.ts',
            'tests/int/shared-rate-limit.int.spec.ts',
          ],
        }
      : {}),
    env: { TEST_DATABASE: database },
    globalSetup: ['tests/int/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(root, 'src/payload.config.ts'),
      '@': path.resolve(root, 'src'),
    },
  },
  test: {
    environment: 'node',
    // Keeps the env module from generating a dev secret under ./data during tests.
    env: { PAYLOAD_SECRET: 'vitest-secret-0123456789abcdef0123456789' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          // next-intl imports `next/server` without an extension, which Node's ESM resolver refuses: let Vite resolve it (proxy tests).
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      integration('sqlite'),
      ...(process.env.MONGODB_TEST_URL ? [integration('mongodb')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
