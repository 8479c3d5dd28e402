/**
 * Exact section search over the index written by src/lib/search/build.ts.
 * Pure logic against a Pagefind-like interface, so it runs in the browser and in unit tests.
 *
 * Pagefind holds one record per plan page whose words are the plan's text as bigram words
 * (text.ts), laid out in slots (slots.ts), so a word's position says where it is: its offset
 * within a section, and which section. For each query term and each of its variants (folded;
 * simplified), the bigram words covering the variant are looked up; the variant occurs at p
 * exactly when each bigram sits at p + its offset (termStarts), and its section follows from p
 * and the directory (sectionAtPosition). A section matches the query when it contains every term
 * (any variant). No text and no per-plan map is downloaded to decide or to count.
 */
import type { Directory, TopicRange } from './files';
import { pageKey } from './files';
import { sectionAtPosition } from './slots';
import { termStarts, termTokens, type QueryTerm } from './text';

export interface PfResult {
  id: string;
  words: number[];
}
export interface PfLike {
  search(term: string | null, options?: object): Promise<{ results: PfResult[] } | null>;
  /** Loads the index chunks of every word of `term` (Pagefind fetches them in parallel). */
  preload?(term: string, options?: object): Promise<void>;
}

export interface Scope {
  /** Plan ordinals to search (null: all). */
  plans: ReadonlySet<number> | null;
  /** Level digits (index in REGION_LEVELS) to search (null: all). */
  levels: ReadonlySet<string> | null;
  /** Topic keys (group:youth, project:digital, …): a section qualifies if any covers it (empty: no restriction). */
  topics: readonly string[];
}

/** Matching sections: per plan ordinal (ascending), its section ordinals (ascending). */
export type Matches = [plan: number, sections: number[]][];

/** The directory as lookups. */
export class PlanDirectory {
  readonly ordinalOf = new Map<string, number>();
  constructor(readonly raw: Directory) {
    raw.pages.split(' ').forEach((key, i) => {
      if (key) this.ordinalOf.set(key, i);
    });
  }
  sectionAt(plan: number, position: number): number {
    return sectionAtPosition(position, this.raw.long[String(plan)] ?? []);
  }
}

/** True if one of the topic ranges with a chosen key covers the section. */
export function inTopics(section: number, ranges: readonly TopicRange[], keys: readonly string[]): boolean {
  return ranges.some(([key, first, end]) => keys.includes(key) && section >= first && section < end);
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
    private readonly directory: PlanDirectory,
    /** Topic ranges of a plan (from its chunk file); asked only when a topic filter is set. */
    private readonly topicsOf: (plan: number) => Promise<readonly TopicRange[]>,
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

  /**
   * Loads the index chunks of all these words in one Pagefind call, which fetches them in
   * parallel: the lookups that follow, one word at a time (see `queue`), then find them loaded
   * instead of fetching one chunk after another.
   */
  async preload(words: readonly string[]): Promise<void> {
    const missing = [...new Set(words)].filter((w) => !this.cache.has(w));
    const preload = this.pf.preload?.bind(this.pf);
    if (missing.length < 2 || !preload) return;
    await this.serial(() => preload(missing.join(' '))).catch(() => undefined);
  }

  /** Every matching section, in plan order and document order. */
  async find(terms: readonly QueryTerm[], scope: Scope): Promise<Matches> {
    await this.preload(terms.flatMap((t) => t.variants.flatMap((v) => termTokens(v).map((x) => x.token))));
    let acc: Map<number, Set<number>> | null = null;
    for (const term of terms) {
      const hits = new Map<number, Set<number>>();
      for (const variant of term.variants) {
        for (const [page, starts] of await this.variantStarts(variant)) {
          const plan = this.directory.ordinalOf.get(pageKey(page));
          if (plan === undefined || (scope.plans && !scope.plans.has(plan))) continue;
          if (scope.levels && !scope.levels.has(this.directory.raw.levels[plan] ?? '')) continue;
          if (acc && !acc.has(plan)) continue;
          let set = hits.get(plan);
          if (!set) hits.set(plan, (set = new Set()));
          for (const p of starts) set.add(this.directory.sectionAt(plan, p));
        }
      }
      if (acc === null) acc = hits;
      else {
        const prev: Map<number, Set<number>> = acc;
        acc = new Map();
        for (const [plan, set] of hits) {
          const before = prev.get(plan);
          if (!before) continue;
          const both = new Set([...set].filter((s) => before.has(s)));
          if (both.size) acc.set(plan, both);
        }
      }
      if (acc.size === 0) break;
    }
    const out: Matches = [];
    for (const [plan, set] of acc ?? []) {
      let sections = [...set].sort((a, b) => a - b);
      if (scope.topics.length) {
        const ranges = await this.topicsOf(plan);
        sections = sections.filter((s) => inTopics(s, ranges, scope.topics));
      }
      if (sections.length) out.push([plan, sections]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }
}

/** The matches from `start` (0-based, over all matching sections in order), at most `count` of them. */
export function page(matches: Matches, start: number, count: number): [plan: number, section: number][] {
  const out: [number, number][] = [];
  let index = 0;
  for (const [plan, sections] of matches) {
    if (index + sections.length <= start) {
      index += sections.length;
      continue;
    }
    for (const section of sections) {
      if (index >= start && out.length < count) out.push([plan, section]);
      index++;
    }
    if (out.length >= count) break;
  }
  return out;
}

/** Number of matching sections. */
export function total(matches: Matches): number {
  return matches.reduce((n, [, sections]) => n + sections.length, 0);
}
