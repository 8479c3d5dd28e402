import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadGoldFiles } from '../../src/lib/eval/run';
import { thresholds, totalsOf, type FieldCheck, type PlanScore } from '../../src/lib/eval/score';

/**
 * The hand-checked facts of the synthetic plans are tests: the layout fixtures
 * (tests/fixtures/layouts/<slug>.gold.json) and the shared dev plans (../shared/dev-plans, when that
 * folder is there). For each plan: every metadata field, which groups and projects exist, and every
 * heading exactly; measure counts, departments, roles and other targets at the thresholds of done
 * (THRESHOLDS in src/lib/eval/score.ts) — the same verdict `npm run eval:extraction` prints, here as a
 * gate.
 *
 * KNOWN_FAILURES names what the importer still gets wrong, per plan. The test asserts the plan fails
 * exactly those, no more and no fewer: a new failure fails the test, and so does a fixed one until its
 * entry is removed.
 *
 * One test per plan, importing the plan inside the test (not at collection): under mutation testing
 * (`npm run test:mutation`) each mutant then runs the tests that really executed its code.
 */
const root = process.cwd();

const KNOWN_FAILURES: Record<string, string[]> = {
  // Measure counts 90.9% (langwan) and below 95% (pulan).
  'langwan-2022-2025': ['threshold:measure counts'],
  'pulan-2021-2025': ['threshold:measure counts'],
};

/** The failures of one plan's score, as stable keys: `metadata:title`, `threshold:targets F1`, … */
function failuresOf(score: PlanScore): { keys: string[]; detail: string[] } {
  const keys: string[] = [];
  const detail: string[] = [];
  const exact = (kind: string, checks: FieldCheck[]) => {
    for (const c of checks.filter((x) => !x.ok)) {
      keys.push(`${kind}:${c.field}`);
      detail.push(`${kind} ${c.field}: expected ${c.expected}, got ${c.got}`);
    }
  };
  exact('metadata', score.metadata);
  exact('presence', score.presence);
  exact('headings', score.headings);
  // metadata, presence and headings are "all right" thresholds, already listed fact by fact above.
  for (const t of thresholds(totalsOf([score])).slice(3)) {
    if (t.pass) continue;
    keys.push(`threshold:${t.name}`);
    detail.push(`${t.name}: ${t.detail}`);
  }
  return { keys, detail };
}

// Project plans are scored by expected-facts.test.ts; an empty folder leaves them out here. The
// synthetic plans are imported beside no project plan (an empty project root), so the test holds
// when the same fixtures have been added to content/sources (npm run test:added-plans does that).
const noExpected = mkdtempSync(join(tmpdir(), 'no-expected-'));
const emptyProject = mkdtempSync(join(tmpdir(), 'no-plans-'));

const folders = [
  { name: 'tests/fixtures/layouts', dir: join(root, 'tests/fixtures/layouts') },
  { name: '../shared/dev-plans', dir: resolve(root, '../shared/dev-plans') },
];

for (const { name, dir } of folders) {
  const present = existsSync(dir);
  const slugs = present ? [...loadGoldFiles(dir, '.gold.json', root).keys()] : [];
  describe.skipIf(!present)(`${name}${present ? '' : ' (folder absent: its plans are not checked here)'}`, () => {
    it('has gold facts to check', () => {
      expect(slugs.length).toBeGreaterThan(0);
    });
    it.each(slugs)('%s: every metadata, presence and heading fact; the other thresholds of done', async (slug) => {
      const [result] = await evaluate({ root: emptyProject, devDir: dir, expectedDir: noExpected, plan: slug });
      expect(result?.status, result?.reason).toBe('evaluated');
      const { keys, detail } = failuresOf(result!.score!);
      expect(keys, detail.join('\n')).toEqual(KNOWN_FAILURES[slug] ?? []);
    });
  });
}

describe('KNOWN_FAILURES', () => {
  it('names only plans that are checked here', () => {
    const all = folders.flatMap(({ dir }) => (existsSync(dir) ? [...loadGoldFiles(dir, '.gold.json', root).keys()] : []));
    const shared = existsSync(folders[1]!.dir);
    // Entries of the shared dev plans cannot be checked where that folder is absent.
    const layouts = new Set(loadGoldFiles(folders[0]!.dir, '.gold.json', root).keys());
    for (const slug of Object.keys(KNOWN_FAILURES)) if (shared || layouts.has(slug)) expect(all).toContain(slug);
  });
});
