/**
 * One `vitest run` for everything, as three projects, each named after what it runs and where
 * (`npx vitest run --project 'worker*'` picks one):
 * - core+widget+admin (node): pure TypeScript in Node (schemas, routing engine, opening hours, the
 *   widget's and the admin's logic, the data files);
 * - worker (workerd): the Hono app inside workerd with a D1 database that has the migrations applied;
 * - browser (chromium): the built widget and pages in the Chromium of @sparticuz/chromium, driven by
 *   playwright-core.
 */
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => ({
  test: {
    projects: [
      {
        test: {
          name: 'core+widget+admin (node)',
          environment: 'node',
          include: [
            'tests/core/**/*.test.ts',
            'tests/widget/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/admin/**/*.test.ts',
            // The worker's app in Node, for tools that need Node (the OpenAPI linter).
            'tests/api/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./worker/migrations'),
                // Fixed here, so a developer's .dev.vars never decides what the tests see.
                ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
              },
            },
          }),
        ],
        test: {
          name: 'worker (workerd)',
          include: ['tests/worker/**/*.test.ts'],
          // One Miniflare (and one module graph) serves many test files instead of a new one per file:
          // that start-up and the migrations on a fresh database cost about 6 s per file on 2 busy cores.
          // The setup file gives every file an empty database with the migrations applied again and
          // forgets the worker's memos of it; its other caches are keyed by the version's ETag, and the
          // tests use fresh Cache API caches and client addresses, so no file sees another's leftovers.
          isolate: false,
          setupFiles: ['./tests/worker/apply-migrations.ts'],
        },
      },
      {
        test: {
          name: 'browser (chromium)',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // Builds and starts the worker once for the whole run; files read its URL with inject('baseUrl').
          globalSetup: ['./tests/browser/support/global-setup.ts'],
          // One Chromium and one wrangler dev at a time: 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
