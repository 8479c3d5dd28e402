// The search index is built from the plan models; here it is checked against the built pages: for
// every plan, each section's indexed text is exactly the text its page shows (read from the HTML).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanArticle } from '../../src/lib/checks/plan-article';
import { readModels } from '../../src/lib/model/files';
import type { Shard } from '../../src/lib/search/engine';
import { searchSections } from '../../src/lib/search/model';
import { buildSections } from '../../src/lib/search/sections';
import { DIST, hasBuild } from '../support/site';

const ready = hasBuild() && existsSync(join(DIST, 'search/pages.json'));

describe.skipIf(!ready)('search index = plan pages', () => {
  const models = readModels();

  it('every plan page has a model and every model a page', () => {
    const pages = readdirSync(join(DIST, 'plans')).filter((d) => existsSync(join(DIST, 'plans', d, 'index.html')));
    expect(pages.sort()).toEqual(models.map((m) => m.slug).sort());
    expect(Object.values(JSON.parse(readFileSync(join(DIST, 'search/pages.json'), 'utf8')) as Record<string, string>).sort()).toEqual(pages.sort());
  });

  for (const model of models) {
    it(`${model.slug}: sections and their texts as the built page shows them`, () => {
      const article = readPlanArticle(readFileSync(join(DIST, 'plans', model.slug, 'index.html'), 'utf8'));
      expect(article?.slug).toBe(model.slug);
      const fromPage = buildSections(article?.nodes ?? []);
      const fromModel = searchSections(model);
      expect(fromModel.map((s) => ({ id: s.id, level: s.level, blocks: s.blocks }))).toEqual(fromPage.map((s) => ({ id: s.id, level: s.level, blocks: s.blocks })));
      // and the files the search page loads hold the same
      const shard = JSON.parse(readFileSync(join(DIST, 'search/plans', `${model.slug}.json`), 'utf8')) as Shard;
      expect(shard.sections.map((r) => r[0])).toEqual(fromPage.map((s) => s.id));
      for (const s of fromPage) expect(readFileSync(join(DIST, 'search/text', model.slug, `${s.id}.txt`), 'utf8'), s.id).toBe(s.blocks.join('\n'));
    });
  }
});
