import { describe, expect, it } from 'vitest';
import { SectionSearch, type PfFilters, type PfLike, type PfResult } from '../../src/lib/search/engine';
import { fold, recordTokens, parseCharMap, parseQuery } from '../../src/lib/search/text';
import { emptyState, pagefindFilters, parseState, serializeState } from '../../src/lib/search/url';

/** A fake Pagefind with its documented behaviour: prefix match per word, AND across words, filters. */
function fakePagefind(records: { id: string; plan: string; blocks: string[] }[]): PfLike & { calls: number } {
  const indexed = records.map((r) => ({ ...r, words: recordTokens(r.blocks.map(fold)) }));
  const fake = {
    calls: 0,
    async search(term: string | null, options?: { filters?: PfFilters }) {
      fake.calls++;
      const plan = options?.filters?.plan;
      const plans = plan && typeof plan === 'object' && 'any' in plan ? plan.any : null;
      const results: PfResult[] = [];
      for (const r of indexed) {
        if (plans && !plans.includes(r.plan)) continue;
        const words: number[] = [];
        const parts = term === null ? [] : term.split(' ');
        let all = true;
        for (const part of parts) {
          const hits = r.words.flatMap((w, i) => (w.startsWith(part) ? [i] : []));
          if (!hits.length) all = false;
          words.push(...hits);
        }
        if (all) results.push({ id: r.id, words, data: async () => ({ url: `/plans/${r.plan}/#${r.id}`, meta: {} }) });
      }
      return { results };
    },
  };
  return fake;
}

const records = [
  { id: 'a1', plan: 'a', blocks: ['智慧助老', '开展智慧助老行动'] },
  { id: 'a2', plan: 'a', blocks: ['老年人', '智慧，老人助老'] },
  { id: 'b1', plan: 'b', blocks: ['银龄科普', '智慧助老和银龄科普'] },
  { id: 'b2', plan: 'b', blocks: ['科技特派员'] },
];

describe('SectionSearch', () => {
  it('returns exactly the sections containing the term', async () => {
    const s = new SectionSearch(fakePagefind(records));
    expect([...(await s.find(parseQuery('智慧助老'), {})).keys()].sort()).toEqual(['a1', 'b1']);
    expect([...(await s.find(parseQuery('助老'), {})).keys()].sort()).toEqual(['a1', 'a2', 'b1']);
    expect([...(await s.find(parseQuery('老人助'), {})).keys()]).toEqual(['a2']);
    expect([...(await s.find(parseQuery('智慧老人'), {})).keys()]).toEqual([]);
  });
  it('ANDs terms and ORs variants', async () => {
    const s = new SectionSearch(fakePagefind(records));
    expect([...(await s.find(parseQuery('智慧助老 银龄'), {})).keys()]).toEqual(['b1']);
    const t2s = parseCharMap('銀银齡龄');
    expect([...(await s.find(parseQuery('銀齡科普', t2s), {})).keys()]).toEqual(['b1']);
  });
  it('applies filters and groups by plan', async () => {
    const s = new SectionSearch(fakePagefind(records));
    expect([...(await s.find(parseQuery('助老'), { plan: { any: ['b'] } })).keys()]).toEqual(['b1']);
    expect([...(await s.planIds('a')).keys()].sort()).toEqual(['a1', 'a2']);
  });
  it('caches word lookups', async () => {
    const pf = fakePagefind(records);
    const s = new SectionSearch(pf);
    await s.find(parseQuery('智慧助老'), {});
    const calls = pf.calls;
    await s.find(parseQuery('智慧助老'), {});
    expect(pf.calls).toBe(calls);
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
  it('makes Pagefind filters', () => {
    const s = parseState('?plan=a&level=city');
    expect(pagefindFilters(s)).toEqual({ plan: { any: ['a'] }, level: { any: ['city'] } });
  });
});
