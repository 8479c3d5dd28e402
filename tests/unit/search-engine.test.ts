import { describe, expect, it } from 'vitest';
import { PlanDirectory, SectionSearch, inTopics, page, total, type PfLike, type PfResult } from '../../src/lib/search/engine';
import { sectionPath, type Directory, type TopicRange } from '../../src/lib/search/files';
import { SLOT_WIDTH, sectionAtPosition, slotLayout, slotsFor } from '../../src/lib/search/slots';
import { BLOCK_SEPARATOR, fold, parseCharMap, parseQuery, recordTokens } from '../../src/lib/search/text';
import { emptyState, parseState, serializeState } from '../../src/lib/search/url';

interface FakeSection {
  id: string;
  blocks: string[];
  topics?: string[];
}
/**
 * Lays plans out as src/lib/search/build.ts does (sections in slots, blocks separated, filler
 * to the slot's end), with a fake Pagefind over them with its documented behaviour: prefix match
 * per word, "." counted as a position but never matched.
 */
function fixture(plans: Record<string, FakeSection[]>) {
  const pages: Record<string, string[]> = {};
  const directory: Directory = { pages: '', levels: '', levelNames: ['province', 'city'], long: {}, chunkPlans: 32 };
  const ids: string[][] = [];
  const topics: TopicRange[][] = [];
  Object.entries(plans).forEach(([slug, sections], plan) => {
    const own = sections.map((s) => recordTokens(s.blocks.map(fold)));
    const layout = slotLayout(own.map((w) => w.length));
    const words: string[] = [];
    own.forEach((w, i) => {
      while (words.length < (layout.firstSlot[i] ?? 0) * SLOT_WIDTH) words.push(BLOCK_SEPARATOR);
      for (const x of w) words.push(x);
    });
    pages[`zh_${slug}`] = words;
    directory.pages += `${plan ? ' ' : ''}${slug}`;
    directory.levels += String(plan % 2);
    if (layout.long.length) directory.long[String(plan)] = layout.long;
    ids.push(sections.map((s) => s.id));
    topics.push(sections.flatMap((s, i): TopicRange[] => (s.topics ?? []).map((k) => [k, i, i + 1])));
  });
  const pf = {
    calls: 0,
    preloads: [] as string[],
    async preload(term: string) {
      pf.preloads.push(term);
    },
    async search(term: string | null) {
      pf.calls++;
      const results: PfResult[] = [];
      for (const [id, words] of Object.entries(pages)) {
        const hits = words.flatMap((w, i) => (term !== null && w !== BLOCK_SEPARATOR && w.startsWith(term) ? [i] : []));
        if (hits.length) results.push({ id, words: hits });
      }
      return { results };
    },
  } satisfies PfLike & { calls: number; preloads: string[] };
  const search = new SectionSearch(pf, new PlanDirectory(directory), async (plan) => topics[plan] ?? []);
  return { pf, search, ids };
}

const long = '很长的一段'.repeat(Math.ceil((SLOT_WIDTH * 2.5) / 5));
const plans: Record<string, FakeSection[]> = {
  a: [
    { id: 'a0', blocks: ['总则'] },
    { id: 'a1', blocks: ['智慧助老', '开展智慧助老行动'], topics: ['group:elderly'] },
    { id: 'a2', blocks: ['老年人', '智慧，老人助老'], topics: ['group:elderly'] },
  ],
  b: [
    { id: 'b1', blocks: ['银龄科普', '智慧助老和银龄科普'] },
    { id: 'b2', blocks: ['附件', `${long}末尾的科技特派员`] },
    { id: 'b3', blocks: ['科技特派员'] },
  ],
};
type Scope = Parameters<SectionSearch['find']>[1];
const anywhere: Scope = { plans: null, levels: null, topics: [] };
const ids = async (search: SectionSearch, q: string, scope: Scope = anywhere, t2s?: Map<string, string>) => {
  const { ids: byPlan } = fixture(plans);
  const found = await search.find(parseQuery(q, t2s), scope);
  return found.flatMap(([plan, sections]) => sections.map((i) => byPlan[plan]?.[i])).sort();
};

describe('SectionSearch', () => {
  const { search } = fixture(plans);
  it('returns exactly the sections containing the term', async () => {
    expect(await ids(search, '智慧助老')).toEqual(['a1', 'b1']);
    expect(await ids(search, '助老')).toEqual(['a1', 'a2', 'b1']);
    expect(await ids(search, '老人助')).toEqual(['a2']);
    expect(await ids(search, '智慧老人')).toEqual([]);
    expect(await ids(search, '总则智慧')).toEqual([]);
    expect(await ids(search, '则')).toEqual(['a0']);
  });
  it('places a match in a section that takes several slots, and in the sections after it', async () => {
    expect(slotsFor(recordTokens(plans.b?.[1]?.blocks.map(fold) ?? []).length)).toBeGreaterThan(2);
    expect(await ids(search, '科技特派员')).toEqual(['b2', 'b3']);
    expect(await ids(search, '很长的一段')).toEqual(['b2']);
  });
  it('ANDs terms (within one section) and ORs variants', async () => {
    expect(await ids(search, '智慧助老 银龄')).toEqual(['b1']);
    expect(await ids(search, '总则 智慧')).toEqual([]);
    expect(await ids(search, '銀齡科普', undefined, parseCharMap('銀银齡龄'))).toEqual(['b1']);
  });
  it('restricts to plans, levels and topics', async () => {
    expect(await ids(search, '助老', { ...anywhere, plans: new Set([1]) })).toEqual(['b1']);
    expect(await ids(search, '助老', { ...anywhere, levels: new Set(['0']) })).toEqual(['a1', 'a2']);
    expect(await ids(search, '智慧', { ...anywhere, topics: ['group:elderly'] })).toEqual(['a1', 'a2']);
  });
  it('lists matches in plan order and pages through them', async () => {
    const found = await search.find(parseQuery('助老'), anywhere);
    expect(total(found)).toBe(3);
    expect(page(found, 0, 2)).toEqual([[0, 1], [0, 2]]);
    expect(page(found, 2, 2)).toEqual([[1, 0]]);
    expect(page(found, 3, 2)).toEqual([]);
  });
  it('loads the chunks of all words of a query in one Pagefind call before looking them up one by one', async () => {
    const f = fixture(plans);
    await f.search.find(parseQuery('科技特派员 智慧助老'), anywhere);
    expect(f.pf.preloads).toHaveLength(1);
    expect(f.pf.preloads[0]?.split(' ')).toHaveLength(3 + 2);
    await f.search.find(parseQuery('科技特派员'), anywhere);
    expect(f.pf.preloads).toHaveLength(1); // all its words are looked up already
  });
  it('caches word lookups', async () => {
    const f = fixture(plans);
    await f.search.find(parseQuery('智慧助老'), anywhere);
    const calls = f.pf.calls;
    await f.search.find(parseQuery('智慧助老'), anywhere);
    expect(f.pf.calls).toBe(calls);
  });
});

describe('slots', () => {
  it('gives each section whole slots, long ones several', () => {
    expect(slotsFor(0)).toBe(1);
    expect(slotsFor(SLOT_WIDTH)).toBe(1);
    expect(slotsFor(SLOT_WIDTH + 1)).toBe(2);
    expect(slotLayout([10, SLOT_WIDTH * 2 + 1, 0, SLOT_WIDTH + 1, 5])).toEqual({ firstSlot: [0, 1, 4, 5, 7], long: [[1, 3], [3, 2]], slots: 8 });
  });
  it('finds the section of a position from the long sections alone', () => {
    const { firstSlot, long } = slotLayout([10, SLOT_WIDTH * 2 + 1, 0, SLOT_WIDTH + 1, 5]);
    firstSlot.forEach((slot, section) => {
      expect(sectionAtPosition(slot * SLOT_WIDTH, long)).toBe(section);
      expect(sectionAtPosition(slot * SLOT_WIDTH + SLOT_WIDTH - 1, long)).toBe(section);
    });
    expect(sectionAtPosition(2 * SLOT_WIDTH + 5, long)).toBe(1);
    expect(sectionAtPosition(6 * SLOT_WIDTH, long)).toBe(3);
    expect(sectionAtPosition(7 * SLOT_WIDTH + 3, long)).toBe(4);
  });
  it('topic ranges cover their sections only', () => {
    expect(inTopics(2, [['group:youth', 1, 3]], ['group:youth'])).toBe(true);
    expect(inTopics(3, [['group:youth', 1, 3]], ['group:youth'])).toBe(false);
    expect(inTopics(2, [['group:youth', 1, 3]], ['group:elderly'])).toBe(false);
  });
  it('builds heading paths from parents', () => {
    expect(sectionPath({ headings: ['', '一、', '（一）', '1.'], parents: [-1, -1, 1, 2] }, 3)).toEqual(['一、', '（一）', '1.']);
  });
});

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = emptyState();
    state.q = '智慧助老 老年人';
    state.filters.plan = ['a', 'b'];
    state.filters.topic = ['group:elderly'];
    const qs = serializeState(state);
    expect(qs).toBe('?q=%E6%99%BA%E6%85%A7%E5%8A%A9%E8%80%81+%E8%80%81%E5%B9%B4%E4%BA%BA&plan=a&plan=b&topic=group%3Aelderly');
    expect(parseState(qs)).toEqual(state);
  });
  it('accepts comma lists, trims and dedupes; empty state is an empty string', () => {
    expect(parseState('?q=+x+&level=city,province&level=city').filters.level).toEqual(['city', 'province']);
    expect(serializeState(emptyState())).toBe('');
  });
});
