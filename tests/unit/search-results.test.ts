import { describe, expect, it } from 'vitest';
import type { ModelBlock, PlanModel } from '../../src/lib/model/plan';
import { planRecord } from '../../src/lib/search/build';
import type { PlanTexts } from '../../src/lib/search/files';
import { EXCERPT_BLOCKS, EXCERPT_LENGTH, MAX_RESULT_LINKS, excerpt, linksToDrop } from '../../src/lib/search/results';
import { fold } from '../../src/lib/search/text';

/** Texts of a plan whose only section (no heading) is this text. */
const lone = (text: string): PlanTexts => ({ headings: [''], parents: [-1], texts: [text], ids: ['s0'], topics: [null] });

/** An outline entry for planOf: a heading at this depth (0 outermost) and its own paragraphs. */
interface Entry {
  id: string;
  depth: number;
  heading: string;
  paras?: string[];
}
/**
 * A plan model built from an outline (blocks and sections with their own ranges, extents and
 * parents, as the importer writes them), reduced to what the search index reads.
 */
function planOf(entries: readonly Entry[]): Pick<PlanModel, 'slug' | 'blocks' | 'sections'> {
  const blocks: ModelBlock[] = [];
  const sections: PlanModel['sections'] = [];
  const open: { id: string; depth: number }[] = [];
  for (const e of entries) {
    while ((open.at(-1)?.depth ?? -1) >= e.depth) open.pop();
    const start = blocks.length;
    blocks.push({ kind: 'heading', id: e.id, line: start + 1, part: 'body', depth: e.depth, number: '', text: e.heading });
    (e.paras ?? []).forEach((text, i) => blocks.push({ kind: 'paragraph', id: `${e.id}-p${i + 1}`, line: blocks.length + 1, part: 'body', text }));
    sections.push({ id: e.id, start, ownEnd: blocks.length, end: blocks.length, depth: e.depth, part: 'body', parent: open.at(-1)?.id ?? null, topic: null });
    open.push({ id: e.id, depth: e.depth });
  }
  // A section's extent runs to the next heading of the same or a higher level.
  for (const [i, s] of sections.entries()) s.end = sections.slice(i + 1).find((n) => n.depth <= s.depth)?.start ?? blocks.length;
  return { slug: 'built', blocks, sections };
}

describe('result links in the page', () => {
  it('drops nothing up to MAX_RESULT_LINKS, the excess past it', () => {
    expect(linksToDrop(MAX_RESULT_LINKS)).toBe(0);
    expect(linksToDrop(MAX_RESULT_LINKS + 1)).toBe(1);
    expect(linksToDrop(0)).toBe(0);
  });
});

describe('excerpt', () => {
  const filler = '科学素质'.repeat(40);
  it('cuts around the first match of a block, marking cuts with …', () => {
    const [part] = excerpt(lone(`${filler}智慧助老${filler}`), 0, [fold('智慧助老')]);
    expect(part).toContain('智慧助老');
    expect(part?.startsWith('…')).toBe(true);
    expect(part?.endsWith('…')).toBe(true);
  });
  it('shows at most EXCERPT_BLOCKS blocks with a match', () => {
    const text = Array.from({ length: EXCERPT_BLOCKS + 2 }, (_, i) => `第${i}段智慧助老`).join('\n');
    expect(excerpt(lone(text), 0, ['智慧助老'])).toHaveLength(EXCERPT_BLOCKS);
  });
  it('falls back to the start of the first block when the match is in the heading', () => {
    expect(excerpt(lone(filler), 0, ['智慧助老'])).toEqual([`${filler.slice(0, EXCERPT_LENGTH)}…`]);
  });
});

describe('the excerpt of a heading-only section (a heading with no text before its first subsection)', () => {
  const plan = planOf([
    { id: 'aims', depth: 0, heading: '二、总体要求' },
    { id: 'aims-1', depth: 1, heading: '（一）指导思想', paras: ['坚持以人民为中心，推动科普工作。', '第二段。'] },
    { id: 'aims-2', depth: 1, heading: '（二）基本原则', paras: ['坚持协同推进。'] },
    { id: 'tasks', depth: 0, heading: '三、重点任务' },
    { id: 'tasks-1', depth: 1, heading: '（一）青少年科学素质提升行动' },
    { id: 'tasks-1-1', depth: 2, heading: '1.激发青少年好奇心', paras: ['开展科学教育。'] },
    { id: 'closing', depth: 0, heading: '四、附则' },
    { id: 'last', depth: 0, heading: '五、实施时间', paras: ['自印发之日起施行。'] },
  ]);
  const texts = planRecord(plan).texts;
  const at = (id: string): number => plan.sections.findIndex((s) => s.id === id);
  const headingOf = (id: string): string => texts.headings[at(id)] ?? '';

  it('the built plan has heading-only sections to test (an empty text of their own)', () => {
    for (const id of ['aims', 'tasks', 'tasks-1', 'closing']) expect(texts.texts[at(id)], id).toBe('');
  });
  it('does not repeat its heading: it shows its first subsection\'s heading and the start of that text', () => {
    const needles = [fold('总体要求')];
    const shown = excerpt(texts, at('aims'), needles);
    expect(shown).toEqual(['（一）指导思想 坚持以人民为中心，推动科普工作。']);
    expect(shown.join('')).not.toContain(headingOf('aims'));
  });
  it('goes down through subsections that are heading-only too', () => {
    const shown = excerpt(texts, at('tasks'), [fold('重点任务')]);
    expect(shown).toEqual(['（一）青少年科学素质提升行动 1.激发青少年好奇心 开展科学教育。']);
    expect(excerpt(texts, at('tasks-1'), [fold('青少年')])).toEqual(['1.激发青少年好奇心 开展科学教育。']);
  });
  it('is empty for a heading-only section without subsections (a sibling that follows is not its text)', () => {
    expect(excerpt(texts, at('closing'), [fold('附则')])).toEqual([]);
  });
  it('cuts a long first subsection to EXCERPT_LENGTH', () => {
    const long = planOf([
      { id: 'a', depth: 0, heading: '一、目标' },
      { id: 'a-1', depth: 1, heading: '（一）总目标', paras: ['科学素质'.repeat(100)] },
    ]);
    const [part] = excerpt(planRecord(long).texts, 0, [fold('目标')]);
    expect(part?.length).toBe(EXCERPT_LENGTH + 1);
    expect(part?.endsWith('…')).toBe(true);
  });
});
