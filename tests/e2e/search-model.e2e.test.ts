// The search index is built from the plan models; here it is checked against the built pages: for
// every plan, each section's indexed text is exactly the text its page shows (read from the HTML).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPlanArticle } from '../../src/lib/checks/plan-article';
import { readModels } from '../../src/lib/model/files';
import { chunkOf, pageKey, textsPath, type ChunkPlan, type Directory, type PlanTexts } from '../../src/lib/search/files';
import { orderPlans } from '../../src/lib/search/build';
import { searchSections } from '../../src/lib/search/model';
import { buildSections } from '../../src/lib/search/sections';
import { DIST, hasBuild } from '../support/site';

const ready = hasBuild() && existsSync(join(DIST, 'search/directory.json'));

describe.skipIf(!ready)('search index = plan pages', () => {
  const models = readModels();

  it('every plan page has a model and every model a page', () => {
    const pages = readdirSync(join(DIST, 'plans')).filter((d) => existsSync(join(DIST, 'plans', d, 'index.html')));
    expect(pages.sort()).toEqual(models.map((m) => m.slug).sort());
    const directory = JSON.parse(readFileSync(join(DIST, 'search/directory.json'), 'utf8')) as Directory;
    // one Pagefind page per plan, in the order results are listed
    const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((f) => pageKey(f.replace(/\.pf_fragment$/, '')));
    expect(directory.pages.split(' ').sort()).toEqual(fragments.sort());
    expect(directory.levels).toHaveLength(pages.length);
  });

  for (const model of models) {
    it(`${model.slug}: sections and their texts as the built page shows them`, () => {
      const article = readPlanArticle(readFileSync(join(DIST, 'plans', model.slug, 'index.html'), 'utf8'));
      expect(article?.slug).toBe(model.slug);
      const fromPage = buildSections(article?.nodes ?? []);
      const fromModel = searchSections(model);
      expect(fromModel.map((s) => ({ id: s.id, level: s.level, blocks: s.blocks }))).toEqual(fromPage.map((s) => ({ id: s.id, level: s.level, blocks: s.blocks })));
      // and the files the search page loads hold the same: ids in the plan's chunk, texts in its own file
      const ordinal = orderPlans(models).findIndex((m) => m.slug === model.slug);
      const chunk = JSON.parse(readFileSync(join(DIST, 'search/chunks', `${chunkOf(ordinal)}.json`), 'utf8')) as ChunkPlan[];
      const entry = chunk.find((p) => p.slug === model.slug);
      expect(entry?.ids).toEqual(fromPage.map((s) => s.id));
      const texts = JSON.parse(gunzipSync(readFileSync(join(DIST, textsPath(model.slug)))).toString('utf8')) as PlanTexts;
      fromPage.forEach((s, i) => {
        const heading = s.level > 0 ? 1 : 0;
        expect(texts.headings[i], s.id).toBe(heading ? s.blocks[0] : '');
        expect(texts.texts[i], s.id).toBe(s.blocks.slice(heading).join('\n'));
      });
    });
  }
});
