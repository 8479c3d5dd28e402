import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The unit suite alone, as one plain project: what StrykerJS runs against each mutant of the importer
 * (stryker.config.mjs). The vitest runner of Stryker does not pick one project out of
 * tests/vitest.config.ts, and the e2e project there builds the whole site first.
 */
export default defineConfig({
  test: {
    root,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Runs after Stryker's own setup file: the mutant is on while modules load (see the file).
    setupFiles: ['tests/stryker-activate-on-load.ts'],
    // As in tests/vitest.config.ts: tests that import every plan take about 1 s a plan on 2 cores.
    testTimeout: 60_000,
  },
});
