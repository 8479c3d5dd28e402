/**
 * The search index of a built site, from the plan models (src/lib/model): what
 * `tsx src/cli/build-search.ts` and `src/cli/build.ts` run after `astro build`.
 *
 * Writes into `dir` (the site being built):
 * - pagefind/: one Pagefind record per plan page (/plans/<slug>/), its words the plan text as
 *   ASCII bigram words (text.ts), one word per character, so Pagefind's word positions are
 *   character offsets;
 * - search/plans/<slug>.json: the plan's sections (model.ts) with the word position each starts
 *   at, heading, parent and topic keys — what turns a position into /plans/<slug>/#<section-id>;
 * - search/text/<slug>/<section-id>.txt: each section's text, for excerpts (loaded only for
 *   results on screen); search/pages.json: Pagefind page id → plan;
 * - search/t2s.txt: traditional → simplified characters that can occur in the plans.
 *
 * Sizes: a section may be arbitrarily long (a 300,000-character paragraph is one block), so no
 * array here is ever spread into a call's arguments (push(...xs), Math.max(...xs)), which puts
 * every element on the stack and throws "Maximum call stack size exceeded" past ~10^5 elements.
 * Any failure names the plan, and the section when it is about one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { PlanModel } from '../model/plan';
import { REGION_LEVELS } from '../schema';
import type { Shard, ShardSection } from './engine';
import { SectionError, searchSections } from './model';
import { BLOCK_SEPARATOR, blockTokens, fold } from './text';

/** One plan's share of the index: Pagefind words, section map, excerpt texts, characters seen. */
export interface PlanRecord {
  slug: string;
  words: string[];
  shard: Shard;
  texts: { id: string; text: string }[];
  chars: Set<string>;
}

/** An error about one plan (and section), with the original as its cause. */
export class SearchBuildError extends Error {
  constructor(
    readonly slug: string,
    readonly sectionId: string | null,
    cause: unknown,
  ) {
    const where = sectionId === null ? `plan ${slug}` : `plan ${slug}, section ${sectionId}`;
    super(`build-search: ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SearchBuildError';
  }
}

/**
 * The index record of one plan (pure). Words: each section's folded blocks, one word per
 * character, blocks separated by BLOCK_SEPARATOR (text.ts), so a word position is an offset in
 * the plan; each section records the position it starts at.
 */
export function planRecord(model: Pick<PlanModel, 'slug' | 'blocks' | 'sections'>): PlanRecord {
  let sections: ReturnType<typeof searchSections>;
  try {
    sections = searchSections(model);
  } catch (error) {
    if (error instanceof SectionError) throw new SearchBuildError(model.slug, error.sectionId, new Error(error.reason));
    throw new SearchBuildError(model.slug, null, error);
  }
  const ids = new Map(sections.map((s, i) => [s.id, i]));
  const words: string[] = [];
  const rows: ShardSection[] = [];
  const texts: PlanRecord['texts'] = [];
  const chars = new Set<string>();
  for (const section of sections) {
    try {
      const folded = section.blocks.map(fold).filter(Boolean);
      const start = words.length + (words.length && folded.length ? 1 : 0);
      for (const block of folded) {
        for (const c of block) chars.add(c);
        if (words.length) words.push(BLOCK_SEPARATOR);
        // One push per word: spreading a block's words into push() overflows the stack on long blocks.
        for (const word of blockTokens(block)) words.push(word);
      }
      const parent = section.ancestry.at(-2);
      rows.push([section.id, parent === undefined ? -1 : (ids.get(parent) ?? -1), section.level > 0 ? (section.path.at(-1) ?? '') : '', start, section.topics]);
      texts.push({ id: section.id, text: section.blocks.join('\n') });
    } catch (error) {
      throw new SearchBuildError(model.slug, section.id, error);
    }
  }
  // Sections with no text start where the next one does (never chosen by engine.sectionAt).
  for (let i = rows.length - 2; i >= 0; i--) {
    const row = rows[i];
    const next = rows[i + 1];
    if (row && next && row[3] > next[3]) row[3] = next[3];
  }
  return { slug: model.slug, words, shard: { slug: model.slug, sections: rows }, texts, chars };
}

/** Plans in the order the search page lists them: region level, region name, slug. */
export function orderPlans<T extends Pick<PlanModel, 'slug' | 'meta'>>(models: readonly T[]): T[] {
  return [...models].sort(
    (a, b) =>
      REGION_LEVELS.indexOf(a.meta.region.level) - REGION_LEVELS.indexOf(b.meta.region.level) ||
      a.meta.region.name.localeCompare(b.meta.region.name, 'zh-Hans-CN') ||
      a.slug.localeCompare(b.slug),
  );
}

export interface SearchBuildSummary {
  plans: number;
  sections: number;
  traditional: number;
}

/**
 * Writes the search index of the site built in `dir` for these plan models. Every model must
 * have its plan page in `dir` and every plan page a model: an index that links to missing pages,
 * or a page the search cannot find, is a failed build.
 */
export async function buildSearchIndex(dir: string, models: readonly PlanModel[]): Promise<SearchBuildSummary> {
  const plansDir = join(dir, 'plans');
  if (!existsSync(plansDir)) throw new Error(`build-search: ${plansDir} not found; run astro build first`);
  const pages = readdirSync(plansDir).filter((d) => existsSync(join(plansDir, d, 'index.html')));
  const slugs = new Set(models.map((m) => m.slug));
  for (const m of models) if (!pages.includes(m.slug)) throw new SearchBuildError(m.slug, null, new Error(`no built page ${join(plansDir, m.slug, 'index.html')}`));
  for (const page of pages) if (!slugs.has(page)) throw new SearchBuildError(page, null, new Error(`the page ${plansDir}/${page}/ has no plan model`));

  const outDir = join(dir, 'pagefind');
  const searchDir = join(dir, 'search');
  for (const d of [outDir, join(searchDir, 'plans'), join(searchDir, 'text')]) rmSync(d, { recursive: true, force: true });
  mkdirSync(join(searchDir, 'plans'), { recursive: true });

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`build-search: pagefind: ${errors.join('; ')}`);
  const corpusChars = new Set<string>();
  const urlToSlug = new Map<string, string>();
  let sectionCount = 0;
  try {
    for (const model of orderPlans(models)) {
      const record = planRecord(model);
      for (const c of record.chars) corpusChars.add(c);
      const textDir = join(searchDir, 'text', model.slug);
      mkdirSync(textDir, { recursive: true });
      for (const { id, text } of record.texts) {
        try {
          writeFileSync(join(textDir, `${id}.txt`), text);
        } catch (error) {
          throw new SearchBuildError(model.slug, id, error);
        }
      }
      sectionCount += record.texts.length;
      const url = `/plans/${model.slug}/`;
      let res: { errors: string[] };
      try {
        res = await index.addCustomRecord({
          url,
          content: record.words.join(' '),
          language: 'zh',
          meta: { title: model.meta.title, plan: model.slug },
          filters: { plan: [model.slug], level: [model.meta.region.level] },
        });
      } catch (error) {
        throw new SearchBuildError(model.slug, null, error);
      }
      if (res.errors.length) throw new SearchBuildError(model.slug, null, new Error(`pagefind record ${url} (${record.words.length} words): ${res.errors.join('; ')}`));
      urlToSlug.set(url, model.slug);
      writeFileSync(join(searchDir, 'plans', `${model.slug}.json`), JSON.stringify(record.shard));
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`build-search: pagefind write: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  // Pagefind page id → plan, read back from the fragments Pagefind wrote.
  const pageIds: Record<string, string> = {};
  const fragDir = join(outDir, 'fragment');
  if (!existsSync(fragDir)) throw new Error(`build-search: pagefind wrote no ${fragDir}`);
  for (const file of readdirSync(fragDir)) {
    // A fragment is gzipped "pagefind_dcd" (Pagefind's signature) followed by JSON.
    const raw = gunzipSync(readFileSync(join(fragDir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url?: string };
    const slug = fragment.url === undefined ? undefined : urlToSlug.get(fragment.url);
    if (slug) pageIds[file.replace(/\.pf_fragment$/, '')] = slug;
  }
  if (Object.keys(pageIds).length !== models.length) throw new Error(`build-search: expected ${models.length} Pagefind pages, found ${Object.keys(pageIds).length}`);
  writeFileSync(join(searchDir, 'pages.json'), JSON.stringify(pageIds));

  // Traditional → simplified, per character, only where the simplified character occurs in the plans.
  const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const c = String.fromCodePoint(code);
    const s = t2cn(c);
    if (s !== c && Array.from(s).length === 1 && corpusChars.has(s)) pairs += c + s;
  }
  writeFileSync(join(searchDir, 't2s.txt'), pairs);
  return { plans: models.length, sections: sectionCount, traditional: Array.from(pairs).length / 2 };
}
