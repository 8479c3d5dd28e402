import { describe, expect, it } from 'vitest';
import { emitMdx, parseMdxFrontmatter } from '../../src/lib/importer/emit';
import { pageItems } from '../../src/lib/model/page';
import { planSchema } from '../../src/lib/schema';
import { importedPlans } from '../support/content';
import { renderPageItemsArticle, renderPlanArticle } from '../support/mdx-render';

// The plan page renders a plan's text from its model's page items; the MDX entry is emitted from the
// same items. These hold for every plan in content/.
const { plans } = await importedPlans();

describe('page items and the MDX entry', () => {
  it('there are plans to check', () => {
    expect(plans.length).toBeGreaterThan(0);
  });
  it.each(plans.map((p) => [p.slug, p] as const))('%s: the page shows what the MDX entry says (same elements, ids, levels, numbers, text, table cells)', async (_slug, plan) => {
    // The committed entry (what a maintainer reads and `import --check` holds to the importer), not
    // one emitted now: emitting goes through page items too, so it could not disagree with them.
    const fromMdx = await renderPlanArticle(plan.committedMdx ?? plan.out.mdx);
    expect(renderPageItemsArticle(pageItems(plan.out.model.blocks, plan.out.model.anchorAliases))).toBe(fromMdx);
  });
  it.each(plans.map((p) => [p.slug, p] as const))('%s: the frontmatter read back from the MDX entry is the data it was written from, and valid', (_slug, plan) => {
    const read = parseMdxFrontmatter(plan.committedMdx ?? plan.out.mdx, `${plan.slug}.mdx`);
    expect(read).toEqual(JSON.parse(JSON.stringify(plan.out.frontmatter)));
    expect(planSchema.safeParse(read).success).toBe(true);
  });
});

describe('page items of blocks the five plans may not have', () => {
  // A numbered paragraph, a table without a header row, empty cells, a second table under one heading.
  const blocks = [
    { kind: 'heading', id: 's1', line: 1, part: 'body', depth: 1, number: '一、', text: '重点任务' },
    { kind: 'paragraph', id: 's1-p1', line: 2, part: 'body', number: '1.', text: '开展科普活动。' },
    { kind: 'table', id: 's1-t1', line: 3, part: 'body', header: [], rows: [['项目', '牵头单位'], ['科普', '']], rowLines: [3, 4] },
    { kind: 'table', id: 's1-t2', line: 6, part: 'body', header: ['甲', '乙'], rows: [['1', '2']], rowLines: [7] },
  ] as const;
  it('render as the emitted MDX entry renders', async () => {
    const items = pageItems(blocks as unknown as Parameters<typeof pageItems>[0]);
    const mdx = emitMdx({} as Parameters<typeof emitMdx>[0], blocks as unknown as Parameters<typeof emitMdx>[1]);
    expect(renderPageItemsArticle(items)).toBe(await renderPlanArticle(mdx));
    expect(items.map((i) => (i.kind === 'table' ? i.label : i.kind === 'paragraph' ? i.number : i.level))).toEqual([2, '1.', '一、重点任务 表1', '一、重点任务 表2']);
  });
});

describe('parseMdxFrontmatter', () => {
  it('reads an entry without a body, and one with CRLF line ends', () => {
    expect(parseMdxFrontmatter('---\ntitle: 甲\n---', 'a.mdx')).toEqual({ title: '甲' });
    expect(parseMdxFrontmatter('---\r\ntitle: 甲\r\n---\r\n<Para id="p1">{"x"}</Para>', 'a.mdx')).toEqual({ title: '甲' });
  });
  it('says which file has no frontmatter or one that is not a mapping', () => {
    expect(() => parseMdxFrontmatter('<Para id="p1">{"x"}</Para>', 'content/plans/x.mdx')).toThrow(/content\/plans\/x\.mdx: no frontmatter/);
    expect(() => parseMdxFrontmatter('---\n- a\n---\n', 'y.mdx')).toThrow(/y\.mdx: the frontmatter is not a YAML mapping/);
  });
  it('keeps YAML 1.1 strings that look like other types as the emitter wrote them', () => {
    const fm = { a: 'yes', b: 'no', c: 'on', d: '2022-03-14', e: '010', f: null } as unknown as Parameters<typeof emitMdx>[0];
    expect(parseMdxFrontmatter(emitMdx(fm, []), 'z.mdx')).toEqual(fm);
  });
});
