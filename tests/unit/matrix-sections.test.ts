// Reading a section's text back from the MDX the importer writes.
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/lib/importer/emit';
import { parseBody, sectionBlocks } from '../../src/lib/matrix/sections';
import { importedPlans, sectionsOf } from '../support/content';
import { fixturePlan } from '../support/plans';

describe('parseBody / sectionBlocks', () => {
  it('round-trips what emitMdx writes, including awkward text and tables', () => {
    const mdx = emitMdx(fixturePlan().data, [
      { kind: 'heading', id: 'youth', depth: 2, number: '（一）', text: '实施青少年{科学}素质<提升>行动', part: 'body', line: 1 },
      { kind: 'paragraph', id: 'youth-p1', text: '加强“科学”教育 | a & b。', part: 'body', line: 2, number: '1.' },
      { kind: 'table', id: 'youth-t1', header: ['项目', '牵头单位'], rows: [['1.要点', '区教育局']], part: 'body', line: 3 },
      { kind: 'heading', id: 'elderly', depth: 2, number: '（二）', text: '老年人', part: 'body', line: 4 },
    ]);
    const blocks = parseBody(mdx.split(/\n---\n/).slice(1).join('\n---\n'));
    const youth = sectionBlocks(blocks, 'youth');
    expect(youth.map((b) => b.id)).toEqual(['youth', 'youth-p1', 'youth-t1']);
    expect(youth[0]).toMatchObject({ kind: 'heading', number: '（一）', text: '实施青少年{科学}素质<提升>行动' });
    expect(youth[1]).toMatchObject({ kind: 'paragraph', number: '1.', text: '加强“科学”教育 | a & b。' });
    expect(youth[2]).toMatchObject({ kind: 'table', rows: [['项目', '牵头单位'], ['1.要点', '区教育局']] });
  });

  const { plans } = importedPlans();
  it.each(plans.map((p) => [p.slug, p] as const))('%s: every section read back from the committed MDX is its heading and the imported blocks up to the next heading of its level', (_slug, p) => {
    const body = parseBody(p.committedMdx!);
    for (const { key, section } of sectionsOf(p.fm)) {
      const blocks = sectionBlocks(body, section.anchor);
      expect(blocks[0], key).toMatchObject({ kind: 'heading', id: section.anchor, text: section.heading });
      const start = p.out.blocks.findIndex((b) => b.id === section.anchor);
      const head = p.out.blocks[start]!;
      const depth = head.kind === 'heading' ? head.depth : 0;
      const end = p.out.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.depth <= depth);
      const expected = p.out.blocks.slice(start, end === -1 ? undefined : end).map((b) => b.id);
      expect(blocks.map((b) => b.id), key).toEqual(expected);
    }
  });
});
