import { inject } from 'vitest';

/**
 * Mutation testing only (tests/vitest.unit.config.ts, which StrykerJS runs): turns the mutant under
 * test on before the test file's imports load, not in a beforeAll as Stryker's own setup file does
 * for the mutants it runs with only their covering tests ("runtime" activation). Most of the
 * importer's code also runs while modules load and tests are collected (word lists, regular
 * expressions, plans imported in a describe); with the mutant switched on only after that, those
 * values were built from the unmutated code and a mutant the tests would notice survived.
 * Every test file loads its modules afresh (vitest isolates files), so on at load means on throughout.
 * Outside a Stryker mutant run nothing is provided and this does nothing.
 */
const provided = inject as unknown as (key: string) => unknown;
if (provided('mode') === 'mutant') {
  const global = globalThis as Record<string, unknown>;
  const namespace = String(provided('globalNamespace'));
  const ns = (global[namespace] ??= {}) as { activeMutant?: unknown };
  ns.activeMutant = provided('activeMutant');
}
