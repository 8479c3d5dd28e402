import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/importer/classify';
import { outline } from '../../src/lib/importer/outline';
import { toLines } from '../../src/lib/importer/decode';
import { measureBlocks, sectionExtent } from '../../src/lib/importer/sections';

const blocksOf = (body: string) => classify(outline(toLines(`某市全民科学素质行动实施方案（2021—2025年）\n${body}`), 'f.txt').blocks).blocks;
const at = (blocks: { id: string }[], id: string) => blocks.findIndex((b) => b.id === id);
const measures = (body: string, id: string) => {
  const blocks = blocksOf(body);
  const i = at(blocks, id);
  return measureBlocks(blocks, i, sectionExtent(blocks, i)).map((m) => blocks[m.index]!.id);
};

describe('sections', () => {
  it('a section runs to the next heading of the same or a higher level', () => {
    const blocks = blocksOf('一、甲\n（一）乙\n段。\n1.丙\n段。\n（二）丁\n二、戊');
    expect(blocks.slice(at(blocks, 's1-1'), sectionExtent(blocks, at(blocks, 's1-1'))).map((b) => b.id)).toEqual(['s1-1', 's1-1-p1', 's1-1-1', 's1-1-1-p1']);
  });
  it('measures are the numbered items', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n引言。\n1.智慧助老。\n措施。\n2.银龄科普。\n措施。', 'elderly')).toEqual(['s1-1-1', 's1-1-2']);
  });
  it('in the 任务/措施/分工 layout, the paragraphs under 措施', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动。\n1.任务。\n任务。\n2.措施。\n甲。\n乙。\n3.分工。\n牵头部门：市科协', 'elderly')).toEqual(['s1-1-2-p1', 's1-1-2-p2']);
  });
  it('without numbering, the paragraphs other than responsibility lines', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动。\n甲。\n乙。\n（责任单位：省民政厅牵头）', 'elderly')).toEqual(['elderly-p1', 'elderly-p2']);
  });
});
