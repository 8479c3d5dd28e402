/**
 * Exact section search over the Pagefind index written by scripts/build-search.ts.
 * Pure logic against a Pagefind-like interface, so it runs in the browser and in unit tests.
 *
 * For each query term and each of its variants (folded; simplified), the bigram words covering the
 * variant are looked up one by one; Pagefind gives, per section, the positions of that word. A
 * section contains the variant exactly when each bigram sits at p + its offset (termStarts). A
 * section matches the query when it contains every term (any variant). Pagefind finds the
 * candidates; the position test makes the answer exact — no text is downloaded to decide.
 */
import { termStarts, termTokens, type QueryTerm } from './text';

export interface PfResult {
  id: string;
  words: number[];
  data(): Promise<PfFragment>;
}
export interface PfFragment {
  url: string;
  meta: Record<string, string>;
}
export type PfFilters = Record<string, { any: string[] } | string | string[]>;
export interface PfLike {
  search(term: string | null, options?: { filters?: PfFilters }): Promise<{ results: PfResult[] } | null>;
}

export class SectionSearch {
  private readonly cache = new Map<string, Promise<Map<string, PfResult>>>();
  /**
   * Pagefind calls run one at a time: concurrent searches that load index chunks can race on
   * Pagefind's index pointer (a chunk loaded by one is lost to the other, which then finds
   * nothing — seen with Pagefind 1.6), so calls are chained.
   */
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly pf: PfLike) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Sections (by Pagefind id) holding `word`, or any word starting with it. Cached per filters. */
  lookup(word: string | null, filters: PfFilters): Promise<Map<string, PfResult>> {
    const key = `${word ?? ''}\u0000${JSON.stringify(filters)}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.serial(() => this.pf.search(word, { filters })).then((r) => {
        if (!r) throw new Error(`Pagefind returned no response for ${word ?? '(filters)'}`);
        return new Map(r.results.map((x) => [x.id, x]));
      });
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Ids of the sections containing one folded variant. */
  async variantIds(variant: string, filters: PfFilters): Promise<Map<string, PfResult>> {
    const tokens = termTokens(variant);
    const first = tokens[0];
    if (first === undefined) return new Map();
    if (Array.from(variant).length === 1) return this.lookup(first.token, filters);
    const maps = await Promise.all(tokens.map((t) => this.lookup(t.token, filters)));
    const out = new Map<string, PfResult>();
    const smallest = maps.reduce((a, b) => (b.size < a.size ? b : a));
    for (const [id, result] of smallest) {
      const positions: number[][] = [];
      let all = true;
      for (const m of maps) {
        const r = m.get(id);
        if (!r) {
          all = false;
          break;
        }
        positions.push(r.words);
      }
      if (all && termStarts(tokens, positions).length > 0) out.set(id, result);
    }
    return out;
  }

  /** Ids of the sections containing every term (each through any of its variants). */
  async find(terms: readonly QueryTerm[], filters: PfFilters): Promise<Map<string, PfResult>> {
    let acc: Map<string, PfResult> | null = null;
    for (const term of terms) {
      const union = new Map<string, PfResult>();
      for (const variant of term.variants) for (const [id, r] of await this.variantIds(variant, filters)) union.set(id, r);
      if (acc === null) acc = union;
      else {
        const prev: Map<string, PfResult> = acc;
        acc = new Map([...union].filter(([id]) => prev.has(id)));
      }
      if (acc.size === 0) break;
    }
    return acc ?? new Map();
  }

  /** All section ids of one plan (a filter-only search), to group results by plan. */
  planIds(slug: string): Promise<Map<string, PfResult>> {
    return this.lookup(null, { plan: { any: [slug] } });
  }
}
