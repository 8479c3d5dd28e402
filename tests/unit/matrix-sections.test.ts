// Reading a section's text back from the MDX the importer writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/lib/importer/emit';
import { parseBody, sectionBlocks } from '../../src/lib/matrix/sections';
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
  it('reads a real plan: Shenzhen’s elderly section ends before officials', () => {
    const text = readFileSync('content/plans/shenzhen-2022-2025.mdx', 'utf8');
    const blocks = sectionBlocks(parseBody(text), 'elderly');
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: '实施老年人科学素质提升行动。' });
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('牵头部门'))).toBe(true);
    expect(blocks.some((b) => b.id === 'officials')).toBe(false);
  });
});
