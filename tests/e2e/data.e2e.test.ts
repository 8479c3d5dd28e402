// The data downloads as built (dist/data/): the endpoint writes every file where its index says,
// each url leads to a built file or page, and the /data/ page links to every split.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SPLIT_DATASETS } from '../../src/lib/data/downloads';
import { loadPlans } from '../support/plans';
import { DIST, hasBuild, readPage } from '../support/site';

const SLUGS = loadPlans().map((p) => p.id).sort();
const csv = (path: string) => parseCsv(readFileSync(join(DIST, path), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
/** The built file behind an absolute url of the site. */
const builtFile = (url: string) => {
  const path = new URL(url).pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
};

describe.skipIf(!hasBuild())('data downloads in dist/', () => {
  it('has one per-plan file per plan and an index listing each once, with urls that resolve', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'data/plans/index.json'), 'utf8')) as { slug: string; url: string; dataUrl: string }[];
    expect(index.map((e) => e.slug).sort()).toEqual(SLUGS);
    expect(csv('data/plans/index.csv').map((r) => r.slug).sort()).toEqual(SLUGS);
    for (const e of index) {
      expect(existsSync(builtFile(e.url)), e.url).toBe(true);
      expect(existsSync(builtFile(e.dataUrl)), e.dataUrl).toBe(true);
      expect(JSON.parse(readFileSync(builtFile(e.dataUrl), 'utf8')).slug).toBe(e.slug);
    }
  });

  it('has every split file its index lists, and their rows add up to the combined files', () => {
    const splits = csv('data/by-province/index.csv');
    for (const dataset of SPLIT_DATASETS) {
      const own = splits.filter((s) => s.dataset === dataset);
      for (const s of own) expect(csv(new URL(s.url!).pathname).length, s.url).toBe(Number(s.rows));
      expect(own.reduce((n, s) => n + Number(s.rows), 0)).toBe(csv(`data/${dataset}.csv`).length);
    }
    const page = readPage('/data/');
    for (const s of splits) expect(page.querySelector(`a[href="${new URL(s.url!).pathname}"]`), s.url).not.toBeNull();
  });
});
