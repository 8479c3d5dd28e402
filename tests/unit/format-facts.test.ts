import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFormats, type FormatEvaluation } from '../../src/lib/eval/formats';
import { formatThresholds, totalsOf } from '../../src/lib/eval/score';
import { SOURCE_FORMATS } from '../../src/lib/importer/formats/types';

/**
 * Same facts from any format (issue 18): every rendering in tests/fixtures/formats/<format>/ (made by
 * `npm run render:formats` from the plans with gold facts) imports, meets the format bar
 * (FORMAT_THRESHOLDS) per format, and gives metadata at least as complete as its plain text.
 */
const ROOT = resolve(__dirname, '../..');
let results: FormatEvaluation[] = [];
beforeAll(async () => {
  results = await evaluateFormats({ root: ROOT });
}, 600_000);

describe('renderings of the plans with gold facts, per format', () => {
  it('are there for some format', () => {
    expect(results.length).toBeGreaterThan(0);
  });
  it('each import: none refused or failed', () => {
    expect(results.filter((r) => r.status === 'refused or failed').map((r) => `${r.file}: ${r.reason}`)).toEqual([]);
  });
  // Renderings of ../shared/dev-plans have their gold there: where that folder is absent (a copy of the
  // project elsewhere), they are not evaluated, and said so; where it is present, every rendering has gold.
  it.skipIf(!existsSync(resolve(ROOT, '../shared/dev-plans')))('each has its gold facts', () => {
    expect(results.filter((r) => r.status === 'not evaluated').map((r) => `${r.file}: ${r.reason}`)).toEqual([]);
  });
  for (const format of SOURCE_FORMATS.filter((f) => f !== 'txt')) {
    it(`${format}: meets the format bar`, () => {
      const scores = results.filter((r) => r.format === format && r.score).map((r) => r.score!);
      // Every format has a renderer (npm run render:formats): its renderings must be there.
      expect(scores.length, `no rendering in tests/fixtures/formats/${format}/`).toBeGreaterThan(0);
      expect(formatThresholds(totalsOf(scores)).filter((v) => !v.pass).map((v) => `${v.name}: ${v.detail}`)).toEqual([]);
    });
    it(`${format}: metadata at least as complete as from the plain text`, () => {
      const right = (s: NonNullable<FormatEvaluation['score']>) => s.metadata.filter((c) => c.ok).length;
      const poorer = results.filter((r) => r.format === format && r.score && r.txtScore && right(r.score) < right(r.txtScore));
      expect(poorer.map((r) => r.slug)).toEqual([]);
    });
  }
});
