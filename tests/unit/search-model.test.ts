// Search sections from the plan model: the same text, section by section, as the plan page shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanArticle } from '../../src/lib/checks/plan-article';
import { emitMdx } from '../../src/lib/importer/emit';
import { readModels } from '../../src/lib/model/files';
import type { ModelBlock, PlanModel } from '../../src/lib/model/plan';
import { planRecord, SearchBuildError, topicRanges } from '../../src/lib/search/build';
import { SLOT_WIDTH, sectionAtPosition, slotsFor } from '../../src/lib/search/slots';
import { articleNodes, blockTexts, searchSections } from '../../src/lib/search/model';
import { buildSections } from '../../src/lib/search/sections';
import { BLOCK_SEPARATOR, fold, parseQuery, recordTokens, sectionMatches } from '../../src/lib/search/text';
import { renderPlanArticle } from '../support/mdx-render';

const models = readModels();
const comparable = (s: { id: string; blocks: string[] }) => ({ id: s.id, blocks: s.blocks });

describe('search sections of every plan in content/', () => {
  it('there are plans to check', () => {
    expect(models.length).toBeGreaterThan(0);
  });

  for (const model of models) {
    it(`${model.slug}: each section's text is what the rendered MDX entry shows`, async () => {
      const mdx = readFileSync(join('content/plans', `${model.slug}.mdx`), 'utf8');
      const article = readPlanArticle(await renderPlanArticle(mdx, model.slug));
      expect(article).not.toBeNull();
      const fromPage = buildSections(article?.nodes ?? []);
      const fromModel = searchSections(model);
      expect(fromModel.map(comparable)).toEqual(fromPage.map(comparable));
      expect(fromModel.map((s) => s.level)).toEqual(fromPage.map((s) => s.level));
    });

    it(`${model.slug}: sections are the model's own ranges, ancestry its parent links, topics its topics`, () => {
      const sections = searchSections(model);
      const byId = new Map(model.sections.map((s) => [s.id, s]));
      let indexed = 0;
      for (const s of sections) {
        const ms = byId.get(s.id);
        const range = ms ? model.blocks.slice(ms.start, ms.ownEnd) : model.blocks.slice(0, model.sections[0]?.start ?? model.blocks.length);
        expect(s.blocks).toEqual(range.flatMap(blockTexts));
        indexed += range.length;
        if (!ms) continue;
        expect(s.ancestry.at(-1)).toBe(ms.id);
        expect(s.ancestry.at(-2) ?? null).toBe(ms.parent);
        if (ms.topic) expect(s.topics).toContain(ms.topic);
      }
      // every block of the plan is in exactly one section
      expect(indexed).toBe(model.blocks.length);
      // heading levels on the page agree with the model's nesting wherever no level is clamped to h6
      if (model.blocks.every((b) => b.kind !== 'heading' || b.depth <= 4)) {
        expect(buildSections(articleNodes(model)).map((s) => s.ancestry)).toEqual(sections.map((s) => s.ancestry));
      }
      // a section's topics are exactly those of the enclosing sections the frontmatter anchors
      const anchors = [...Object.entries(model.meta.groups).map(([k, v]) => [`group:${k}`, v?.anchor]), ...Object.entries(model.meta.projects).map(([k, v]) => [`project:${k}`, v?.anchor])];
      for (const s of sections) {
        const expected = anchors.filter(([, a]) => a && s.ancestry.includes(a)).map(([k]) => k);
        expect(s.topics.filter((t) => /^(group|project):/.test(t)).sort()).toEqual(expected.sort());
      }
    });
  }
});

/** A one-plan model for edge cases, built on a real plan's metadata. */
function tinyModel(blocks: ModelBlock[], sections: PlanModel['sections']): PlanModel {
  const base = models[0] as PlanModel;
  return { ...base, slug: 'tiny', blocks, sections, measures: [], messages: [] };
}
const heading = (id: string, depth: number, number: string, text: string, line = 1): ModelBlock => ({ kind: 'heading', id, line, part: 'body', depth, number, text });
const para = (id: string, text: string, number?: string): ModelBlock => ({ kind: 'paragraph', id, line: 2, part: 'body', text, ...(number ? { number } : {}) });

describe('block texts match the page for tables of any shape', () => {
  const table: ModelBlock = { kind: 'table', id: 't1', line: 3, part: 'body', header: [], rows: [['任务', '单位'], ['培训'], ['宣传', '市科协', '多余'], ['', ' 区教育局 ']], rowLines: [3, 4, 5, 6] };
  const withHeader: ModelBlock = { kind: 'table', id: 't2', line: 4, part: 'body', header: ['甲', '乙'], rows: [['1', '2']], rowLines: [5] };
  it('first row as header when there is none; short rows padded, cells past the header dropped, cells trimmed', async () => {
    const model = tinyModel([heading('a', 0, '', '附件'), table, withHeader], [{ id: 'a', start: 0, ownEnd: 3, end: 3, depth: 0, part: 'body', parent: null, topic: null }]);
    const article = readPlanArticle(await renderPlanArticle(emitMdx(model.meta, model.blocks as never)));
    expect(searchSections(model).map(comparable)).toEqual(buildSections(article?.nodes ?? []).map(comparable));
    expect(blockTexts(table)).toEqual(['任务', '单位', '培训', '宣传', '市科协', '区教育局']);
  });
});

describe('the search record of a plan', () => {
  it('copes with a section of 300,000 characters (no call-stack overflow), and finds text in it', () => {
    const long = '科学素质'.repeat(75_000) + '智慧助老';
    expect(long.length).toBeGreaterThanOrEqual(300_000);
    const model = tinyModel(
      [heading('plan', 0, '', '某市方案'), para('plan-p1', long), heading('s1', 1, '一、', '目标'), para('s1-p1', '短段落。')],
      [
        { id: 'plan', start: 0, ownEnd: 2, end: 4, depth: 0, part: 'body', parent: null, topic: null },
        { id: 's1', start: 2, ownEnd: 4, end: 4, depth: 1, part: 'body', parent: 'plan', topic: null },
      ],
    );
    const record = planRecord(model);
    // one word per character of each folded block, a separator between blocks, each section from a slot's start
    const sections = searchSections(model);
    const words = sections.map((s) => s.blocks.map(fold).reduce((n, b) => n + Array.from(b).length, 0) + s.blocks.length - 1);
    const blocks = sections.flatMap((s) => s.blocks.map(fold));
    expect(record.words.filter((w) => w !== BLOCK_SEPARATOR)).toHaveLength(blocks.reduce((n, b) => n + Array.from(b).length, 0));
    expect(record.words.length).toBe(slotsFor(words[0] ?? 0) * SLOT_WIDTH + (words[1] ?? 0));
    expect(record.texts.texts[0]).toBe(long);
    expect(record.texts.headings).toEqual(['某市方案', '一、目标']);
    // the long section takes several slots; positions in it map to it, and the next section still maps to itself
    expect(record.long).toEqual([[0, slotsFor(words[0] ?? 0)]]);
    expect(sectionAtPosition(299_000, record.long)).toBe(0);
    expect(sectionAtPosition(slotsFor(words[0] ?? 0) * SLOT_WIDTH, record.long)).toBe(1);
    expect(sectionMatches(blocks, parseQuery('智慧助老'))).toBe(true);
    expect(recordTokens([fold(long)])).toHaveLength(long.length);
    expect(buildSections([{ kind: 'block', id: 'x', texts: Array.from({ length: 300_000 }, () => '格') }])[0]?.blocks).toHaveLength(300_000);
  });

  it('a failure names the plan and the section', () => {
    const broken = tinyModel([heading('plan', 0, '', '某市方案'), para('p', '文字')], [{ id: 'plan', start: 1, ownEnd: 2, end: 2, depth: 0, part: 'body', parent: null, topic: null }]);
    expect(() => planRecord(broken)).toThrow(SearchBuildError);
    expect(() => planRecord(broken)).toThrow(/plan tiny.*section plan/);
    const orphan = tinyModel([heading('plan', 0, '', '某市方案'), heading('a', 1, '一、', '甲')], [
      { id: 'plan', start: 0, ownEnd: 1, end: 2, depth: 0, part: 'body', parent: null, topic: null },
      { id: 'a', start: 1, ownEnd: 2, end: 2, depth: 1, part: 'body', parent: 'nowhere', topic: null },
    ]);
    expect(() => planRecord(orphan)).toThrow(/plan tiny.*section a: parent nowhere/);
  });
});

describe('topic ranges', () => {
  it('are the runs of consecutive sections under each topic', () => {
    expect(topicRanges([[], ['group:youth'], ['group:youth'], [], ['project:digital', 'group:youth'], ['project:digital']])).toEqual([
      ['group:youth', 1, 3],
      ['group:youth', 4, 5],
      ['project:digital', 4, 6],
    ]);
    expect(topicRanges([])).toEqual([]);
  });
  it('of every plan in content/ cover exactly the sections whose topics name them', () => {
    for (const model of models) {
      const sections = searchSections(model);
      const ranges = planRecord(model).topics;
      sections.forEach((s, i) => {
        const covering = ranges.filter(([, first, end]) => i >= first && i < end).map(([key]) => key).sort();
        expect(covering, `${model.slug} ${s.id}`).toEqual([...new Set(s.topics)].sort());
      });
    }
  });
});
