import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/importer/classify';
import { outline } from '../../src/lib/importer/outline';
import { toLines } from '../../src/lib/importer/decode';
import { isResponsibilityLine, measureRanges, opensWithLeadSentence, sectionExtent, WRAPPER_HEADING } from '../../src/lib/importer/structure/sections';

// The one definition of a section and a measure (structure/sections.ts), on small made-up outlines.
const blocksOf = (body: string) => classify(outline(toLines(`某市全民科学素质行动实施方案（2021—2025年）\n${body}`), 'f.txt').blocks).blocks;
const at = (blocks: { id: string }[], id: string) => blocks.findIndex((b) => b.id === id);
const measures = (body: string, id: string) => {
  const blocks = blocksOf(body);
  return measureRanges(blocks, at(blocks, id)).map((m) => blocks[m.start]!.id);
};

describe('sections', () => {
  it('a section runs to the next heading of the same or a higher level; its own blocks stop at the first subsection', () => {
    const blocks = blocksOf('一、甲\n（一）乙\n段。\n1.丙\n段。\n（二）丁\n二、戊');
    const e = sectionExtent(blocks, at(blocks, 's1-1'));
    expect(blocks.slice(e.start, e.end).map((b) => b.id)).toEqual(['s1-1', 's1-1-p1', 's1-1-1', 's1-1-1-p1']);
    expect(blocks.slice(e.start, e.ownEnd).map((b) => b.id)).toEqual(['s1-1', 's1-1-p1']);
  });
  it('measures are the numbered items, not the intro', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n引言。\n1.智慧助老。\n措施。\n2.银龄科普。\n措施。', 'elderly')).toEqual(['s1-1-1', 's1-1-2']);
  });
  it('numbered paragraphs of the first numbering kind, not those of a deeper kind', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n1.开展智慧助老服务，帮助老年人使用智能技术，提高老年人运用智能技术的能力，让老年人共享科技成果。\n（1）组织培训，开展进社区、进家庭的培训，覆盖全体老年人和他们的家属，务求实效。\n2.普及老年健康知识，开展健康科普讲座和义诊，提升老年人健康素养，提高老年人生活质量。', 'elderly')).toHaveLength(2);
  });
  it('in the 任务/措施/分工 layout, every paragraph under 措施', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动。\n1.任务。\n任务。\n2.措施。\n提升老年人科学素质，让老年人共享发展成果，开展多种形式的活动。\n乙。\n3.分工。\n牵头部门：市科协', 'elderly')).toEqual(['s1-1-2-p1', 's1-1-2-p2']);
  });
  it('without numbering, the paragraphs other than responsibility lines', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动。\n实施智慧助老行动。聚焦老年人运用智能技术。\n加强健康科普服务。依托老年大学开展健康教育。\n（责任单位：省民政厅牵头）', 'elderly')).toEqual(['elderly-p1', 'elderly-p2']);
  });
  it('without numbering, a leading goal paragraph is an intro when later paragraphs open with a lead sentence', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n提升老年人适应社会发展的能力，增强获得感、幸福感、安全感。\n实施智慧助老行动。聚焦老年人运用智能技术。\n加强健康科普服务。依托老年大学开展健康教育。', 'elderly')).toEqual(['elderly-p2', 'elderly-p3']);
  });
  it('a responsibility line after a measure belongs to it and is never counted on its own', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n1.实施智慧助老行动。聚焦老年人运用智能技术。\n责任单位：区民政局、区科协\n2.加强健康科普服务。依托老年大学开展健康教育。\n责任单位：区卫健局', 'elderly')).toEqual(['s1-1-1', 's1-1-2']);
  });
});

describe('section words and shapes', () => {
  const wrappers = ['任务', '措施', '分工', '主要任务', '工作措施', '主要措施', '具体措施', '责任分工', '职责分工', '工作分工', '目标', '工作目标', '主要目标'];
  it.each(wrappers)('%s (with or without 。 or ：) only divides a section', (w) => {
    for (const text of [w, `${w}。`, `${w}：`, `${w}:`]) expect(WRAPPER_HEADING.test(text), text).toBe(true);
    // The same word inside a real heading does not make it a wrapper.
    expect(WRAPPER_HEADING.test(`加强${w}`)).toBe(false);
    expect(WRAPPER_HEADING.test(`${w}落实`)).toBe(false);
  });

  it('a lead sentence is 2 to 30 characters without a comma, then 。', () => {
    expect(opensWithLeadSentence('加强。后文')).toBe(true);
    expect(opensWithLeadSentence('加。后文')).toBe(false);
    expect(opensWithLeadSentence(`${'科'.repeat(30)}。后文`)).toBe(true);
    expect(opensWithLeadSentence(`${'科'.repeat(31)}。后文`)).toBe(false);
    expect(opensWithLeadSentence('加强，科普。后文')).toBe(false);
    expect(opensWithLeadSentence('加强科普；后文。')).toBe(false);
    expect(opensWithLeadSentence('加强科普')).toBe(false);
  });

  it('a responsibility line is a field line or a bare parenthesis, not a measure ending in its statement', () => {
    expect(isResponsibilityLine('责任单位：区民政局、区科协')).toBe(true);
    expect(isResponsibilityLine('（责任单位：区民政局）')).toBe(true);
    expect(isResponsibilityLine('加强科普服务（责任单位：区民政局）')).toBe(false);
    expect(isResponsibilityLine('加强科普服务。')).toBe(false);
  });

  it('a measures wrapper takes every paragraph under it, an intro included', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动。\n1.任务。\n任务。\n2.主要措施：\n提升老年人适应社会发展的能力，增强获得感。\n实施智慧助老行动。聚焦智能技术。', 'elderly')).toEqual(['s1-1-2-p1', 's1-1-2-p2']);
  });

  it('sub-headings that only divide the section are not measures', () => {
    expect(measures('一、重点任务\n（一）实施老年人科学素质提升行动\n1.工作目标\n目标。\n2.实施智慧助老行动\n措施。\n3.加强健康科普服务\n措施。', 'elderly')).toEqual(['s1-1-2', 's1-1-3']);
  });

  it('one statement after the last of several measures is the section’s, not that measure’s', () => {
    const blocks = blocksOf('一、重点任务\n（一）实施老年人科学素质提升行动\n实施智慧助老行动。聚焦智能技术。\n加强健康科普服务。依托老年大学。\n（责任单位：区民政局）');
    const ranges = measureRanges(blocks, at(blocks, 'elderly'));
    expect(ranges.map((r) => blocks.slice(r.start, r.end).map((b) => b.id))).toEqual([['elderly-p1'], ['elderly-p2']]);
  });

  it('each of several statements belongs to the measure before it', () => {
    const blocks = blocksOf('一、重点任务\n（一）实施老年人科学素质提升行动\n实施智慧助老行动。聚焦智能技术。\n（责任单位：区民政局）\n加强健康科普服务。依托老年大学。\n（责任单位：区卫健局）');
    const ranges = measureRanges(blocks, at(blocks, 'elderly'));
    expect(ranges.map((r) => r.end - r.start)).toEqual([2, 2]);
  });

  it('a section of one measure owns the statement after it', () => {
    const blocks = blocksOf('一、重点任务\n（一）实施老年人科学素质提升行动\n实施智慧助老行动。聚焦智能技术。\n（责任单位：区民政局）');
    expect(measureRanges(blocks, at(blocks, 'elderly')).map((r) => r.end - r.start)).toEqual([2]);
  });

  it('a paragraph has no measures and a section ends at a heading of another part', () => {
    const blocks = blocksOf('一、重点任务\n（一）实施老年人科学素质提升行动\n实施智慧助老行动。');
    const p = at(blocks, 'elderly-p1');
    expect(measureRanges(blocks, p)).toEqual([]);
    expect(sectionExtent(blocks, p)).toEqual({ start: p, ownEnd: p + 1, end: p + 1 });
    const last = sectionExtent(blocks, at(blocks, 'elderly'));
    expect(last.end).toBe(blocks.length);
    expect(last.ownEnd).toBe(blocks.length);
  });
});
