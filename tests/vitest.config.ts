import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three suites: `unit` (pure functions, no build), `integration` (servers and processes on temporary
 * fixtures, no build) and `e2e` (the built site: HTML checks and real
 * Chromium). The e2e suite builds the site once first (tests/support/build-site.ts).
 */
export default defineConfig({
  test: {
    root,
    // Browser suites share one built site and one machine of 2 cores: run files one after another.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Tests that import every plan in content/ take time in proportion to the plans (about
          // 1 s a plan on a loaded 2-core machine), so vitest's 5 s default fails them as plans are added.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Real sockets and processes, no built site: the local server against hostile requests.
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
