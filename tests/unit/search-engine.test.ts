import { describe, expect, it } from 'vitest';
import { SectionSearch, sectionAt, sectionPath, type PfLike, type PfResult, type Shard, type ShardSection } from '../../src/lib/search/engine';
import { BLOCK_SEPARATOR, fold, parseCharMap, parseQuery, recordTokens } from '../../src/lib/search/text';
import { emptyState, parseState, serializeState } from '../../src/lib/search/url';

interface FakeSection {
  id: string;
  parent: number;
  blocks: string[];
  topics?: string[];
}
/** Builds what src/cli/build-search.ts writes for these plans, and a fake Pagefind over it with its documented behaviour (prefix match per word). */
function fixture(plans: Record<string, FakeSection[]>) {
  const shards: Record<string, Shard> = {};
  const pages: Record<string, string[]> = {};
  for (const [slug, sections] of Object.entries(plans)) {
    const words: string[] = [];
    const rows: ShardSection[] = [];
    for (const s of sections) {
      const folded = s.blocks.map(fold).filter(Boolean);
      const start = words.length + (words.length && folded.length ? 1 : 0);
      const tokens = recordTokens(folded);
      if (tokens.length) {
        if (words.length) words.push(BLOCK_SEPARATOR);
        words.push(...tokens);
      }
      rows.push([s.id, s.parent, s.blocks[0] ?? '', start, s.topics ?? []]);
    }
    shards[slug] = { slug, sections: rows };
    pages[`page-${slug}`] = words;
  }
  const pf = {
    calls: 0,
    async search(term: string | null) {
      pf.calls++;
      const results: PfResult[] = [];
      for (const [id, words] of Object.entries(pages)) {
        const hits = words.flatMap((w, i) => (term !== null && w.startsWith(term) ? [i] : []));
        if (hits.length) results.push({ id, words: hits });
      }
      return { results };
    },
  } satisfies PfLike & { calls: number };
  const search = new SectionSearch(
    pf,
    async (slug) => shards[slug] as Shard,
    async (page) => page.replace(/^page-/, ''),
  );
  return { pf, search, shards };
}

const plans: Record<string, FakeSection[]> = {
  a: [
    { id: 'a0', parent: -1, blocks: ['总则'] },
    { id: 'a1', parent: 0, blocks: ['智慧助老', '开展智慧助老行动'], topics: ['group:elderly'] },
    { id: 'a2', parent: 1, blocks: ['老年人', '智慧，老人助老'], topics: ['group:elderly'] },
  ],
  b: [
    { id: 'b1', parent: -1, blocks: ['银龄科普', '智慧助老和银龄科普'] },
    { id: 'b2', parent: -1, blocks: ['科技特派员'] },
  ],
};
const ids = async (search: SectionSearch, q: string, scope = { plans: null, topics: [] as string[] }, t2s?: Map<string, string>) => {
  const { shards } = fixture(plans);
  const found = await search.find(parseQuery(q, t2s), scope);
  return [...found].flatMap(([slug, set]) => [...set].map((i) => shards[slug]?.sections[i]?.[0])).sort();
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
  it('ANDs terms (within one section) and ORs variants', async () => {
    expect(await ids(search, '智慧助老 银龄')).toEqual(['b1']);
    expect(await ids(search, '总则 智慧')).toEqual([]);
    expect(await ids(search, '銀齡科普', undefined, parseCharMap('銀银齡龄'))).toEqual(['b1']);
  });
  it('restricts to plans and topics', async () => {
    expect(await ids(search, '助老', { plans: new Set(['b']) as never, topics: [] })).toEqual(['b1']);
    expect(await ids(search, '智慧', { plans: null, topics: ['group:elderly'] })).toEqual(['a1', 'a2']);
  });
  it('caches word lookups', async () => {
    const f = fixture(plans);
    await f.search.find(parseQuery('智慧助老'), { plans: null, topics: [] });
    const calls = f.pf.calls;
    await f.search.find(parseQuery('智慧助老'), { plans: null, topics: [] });
    expect(f.pf.calls).toBe(calls);
  });
});

describe('section map', () => {
  const rows: ShardSection[] = [
    ['a', -1, '一、', 0, []],
    ['b', 0, '（一）', 10, []],
    ['empty', 1, '', 20, []],
    ['c', 1, '1.', 20, []],
  ];
  it('finds the section holding a position', () => {
    expect([0, 9, 10, 19, 20, 99].map((p) => rows[sectionAt(rows, p)]?.[0])).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
  });
  it('builds heading paths', () => {
    expect(sectionPath(rows, 3)).toEqual(['一、', '（一）', '1.']);
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
