// @ts-check
/**
 * Mutation testing of the importer (`npm run test:mutation`): StrykerJS changes src/lib/importer one
 * small bug at a time (a flipped condition, a removed statement, a number moved by one) and runs the
 * unit tests that cover the changed line; a mutant no test notices "survives". The score is
 * killed ÷ all, Stryker's own figure, printed by the clear-text reporter at the end.
 *
 * Incremental: the result of each mutant is kept in reports/stryker-incremental.json (committed), so
 * a later run tests again only the mutants whose code or covering tests changed. `--force` (or
 * deleting the file) runs everything.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/vitest.unit.config.ts' },
  mutate: ['src/lib/importer/**/*.ts'],
  // Each mutant runs only the tests that executed its code in the first, unmutated run.
  coverageAnalysis: 'perTest',
  // A static mutant (code run once when a module loads: regex literals, word lists, rule examples)
  // would need every test run again with the module reloaded, about 2 minutes a mutant here: 79% of
  // the importer's mutants are static or hybrid, which makes weeks. Static-only mutants are reported
  // as Ignored and left out of the score; hybrid ones run with the tests that cover them at run time.
  ignoreStatic: true,
  // The machine (and CI's) has 2 cores.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  // Reported, not a gate of this command; the bar is 80 (README, "Mutation testing").
  thresholds: { high: 90, low: 80, break: null },
  // A test run on a loaded 2-core machine can take several times the unmutated one.
  timeoutFactor: 3,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
