/**
 * Exact section search over the index written by src/lib/search/build.ts.
 * Pure logic against a Pagefind-like interface, so it runs in the browser and in unit tests.
 *
 * Pagefind holds one record per plan page whose words are the plan's text as bigram words
 * (text.ts), so a word's positions are character offsets in the plan. The plan's section map
 * (search/plans/<slug>.json: each section's first position) turns a position into a section.
 * For each query term and each of its variants (folded; simplified), the bigram words covering
 * the variant are looked up one by one; the variant occurs at p exactly when each bigram sits at
 * p + its offset (termStarts), and the section is the one whose range holds p. A section
 * matches the query when it contains every term (any variant). No text is downloaded to decide.
 */
import { termStarts, termTokens, type QueryTerm } from './text';

export interface PfResult {
  id: string;
  words: number[];
}
export interface PfLike {
  search(term: string | null, options?: object): Promise<{ results: PfResult[] } | null>;
}

/** A plan's section map, in document order: [section id, index of enclosing section or −1, heading text, first word position, topic keys]. */
export type ShardSection = [id: string, parent: number, heading: string, start: number, topics: string[]];
export interface Shard {
  slug: string;
  sections: ShardSection[];
}

export interface Scope {
  /** Plans to search (null: all). */
  plans: ReadonlySet<string> | null;
  /** Topic keys (group:youth, project:digital, …): a section qualifies if it is under any (empty: no restriction). */
  topics: readonly string[];
}

/**
 * The section holding word position `pos`: the last section starting at or before it (starts
 * never decrease; a section without text starts where the next one does, so it is never chosen).
 */
export function sectionAt(sections: readonly ShardSection[], pos: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sections[mid]?.[3] ?? Infinity) <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Path of headings from the outermost to this section. */
export function sectionPath(sections: readonly ShardSection[], index: number): string[] {
  const path: string[] = [];
  for (let i = index, guard = 0; i >= 0 && guard < 32; guard++) {
    const row = sections[i];
    if (!row) break;
    if (row[2]) path.unshift(row[2]);
    i = row[1];
  }
  return path;
}

export class SectionSearch {
  private readonly cache = new Map<string, Promise<Map<string, number[]>>>();
  /**
   * Pagefind calls run one at a time: concurrent searches that load index chunks can race on
   * Pagefind's index pointer (a chunk loaded by one is lost to the other, which then finds
   * nothing — seen with Pagefind 1.6), so calls are chained.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pf: PfLike,
    private readonly loadShard: (slug: string) => Promise<Shard>,
    private readonly pageSlug: (pageId: string) => Promise<string | undefined>,
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Positions of `word` (or of words starting with it) per Pagefind page. Cached. */
  lookup(word: string): Promise<Map<string, number[]>> {
    let hit = this.cache.get(word);
    if (!hit) {
      hit = this.serial(() => this.pf.search(word)).then((r) => {
        if (!r) throw new Error(`Pagefind returned no response for ${word}`);
        return new Map(r.results.map((x) => [x.id, x.words]));
      });
      hit.catch(() => this.cache.delete(word));
      this.cache.set(word, hit);
    }
    return hit;
  }

  /** Start positions of one folded variant, per Pagefind page. */
  async variantStarts(variant: string): Promise<Map<string, number[]>> {
    const tokens = termTokens(variant);
    const first = tokens[0];
    if (first === undefined) return new Map();
    if (tokens.length === 1 && first.token.length === 4) return this.lookup(first.token);
    const maps = await Promise.all(tokens.map((t) => this.lookup(t.token)));
    const out = new Map<string, number[]>();
    const smallest = maps.reduce((a, b) => (b.size < a.size ? b : a));
    for (const page of smallest.keys()) {
      const positions = maps.map((m) => m.get(page));
      if (positions.some((p) => p === undefined)) continue;
      const starts = termStarts(tokens, positions as number[][]);
      if (starts.length) out.set(page, starts);
    }
    return out;
  }

  /** Matching sections, per plan (section indexes into the plan's shard). */
  async find(terms: readonly QueryTerm[], scope: Scope): Promise<Map<string, Set<number>>> {
    let acc: Map<string, Set<number>> | null = null;
    for (const term of terms) {
      const hits = new Map<string, Set<number>>();
      for (const variant of term.variants) {
        for (const [page, starts] of await this.variantStarts(variant)) {
          const slug = await this.pageSlug(page);
          if (!slug || (scope.plans && !scope.plans.has(slug)) || (acc && !acc.has(slug))) continue;
          const shard = await this.loadShard(slug);
          let set = hits.get(slug);
          for (const p of starts) {
            const index = sectionAt(shard.sections, p);
            const row = shard.sections[index];
            if (!row) continue;
            if (scope.topics.length && !row[4].some((t) => scope.topics.includes(t))) continue;
            if (!set) hits.set(slug, (set = new Set()));
            set.add(index);
          }
        }
      }
      if (acc === null) acc = hits;
      else {
        const prev: Map<string, Set<number>> = acc;
        acc = new Map();
        for (const [slug, set] of hits) {
          const before = prev.get(slug);
          if (!before) continue;
          const both = new Set([...set].filter((i) => before.has(i)));
          if (both.size) acc.set(slug, both);
        }
      }
      if (acc.size === 0) break;
    }
    return acc ?? new Map();
  }
}
