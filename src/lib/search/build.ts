/**
 * The search index of a built site, from the plan models (src/lib/model): what
 * `tsx src/cli/build-search.ts` and `src/cli/build.ts` run after `astro build`.
 *
 * Writes into `dir` (the site being built):
 * - pagefind/: one Pagefind record per plan page (/plans/<slug>/), its words the plan text as
 *   ASCII bigram words (text.ts), one word per character, each section starting a slot of word
 *   positions (slots.ts), so a match's position says its offset and its section;
 * - search/directory.json, search/chunks/<k>.json, search/plans/<slug>.jsonz,
 *   search/plan-list.json, search/t2s.txt: see files.ts (what each is for, when it is loaded).
 *
 * Files: one per plan (its texts) beside Pagefind's own, plus one per CHUNK_PLANS plans — never
 * one per section (3,000 plans have ~150,000 sections; static hosts take ~20,000 files).
 *
 * Sizes: a section may be arbitrarily long (a 300,000-character paragraph is one block), so no
 * array here is ever spread into a call's arguments (push(...xs), Math.max(...xs)), which puts
 * every element on the stack and throws "Maximum call stack size exceeded" past ~10^5 elements.
 * Any failure names the plan, and the section when it is about one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { PlanModel } from '../model/plan';
import { provinceOf } from '../regions';
import { REGION_LEVELS } from '../schema';
import { CHUNK_PLANS, chunkOf, pageKey, textsPath, type ChunkPlan, type Directory, type PlanListRow, type PlanTexts, type TopicRange } from './files';
import { SectionError, searchSections } from './model';
import { SLOT_WIDTH, slotLayout, type LongSection } from './slots';
import { BLOCK_SEPARATOR, blockTokens, fold } from './text';

/** One plan's share of the index: Pagefind words, section ids, texts, topic ranges, long sections, characters seen. */
export interface PlanRecord {
  slug: string;
  words: string[];
  ids: string[];
  texts: PlanTexts;
  topics: TopicRange[];
  long: LongSection[];
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

/** Topic ranges from each section's topics: for each key, the runs of consecutive sections under it. */
export function topicRanges(sectionTopics: readonly (readonly string[])[]): TopicRange[] {
  const out: TopicRange[] = [];
  const open = new Map<string, number>();
  const close = (key: string, end: number): void => {
    const first = open.get(key);
    if (first !== undefined) out.push([key, first, end]);
    open.delete(key);
  };
  sectionTopics.forEach((topics, i) => {
    for (const key of [...open.keys()]) if (!topics.includes(key)) close(key, i);
    for (const key of topics) if (!open.has(key)) open.set(key, i);
  });
  for (const key of [...open.keys()]) close(key, sectionTopics.length);
  return out.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

/**
 * The index record of one plan (pure). Words: each section's folded blocks, one word per
 * character, blocks separated by BLOCK_SEPARATOR (text.ts), each section padded with
 * BLOCK_SEPARATOR to the end of its last slot (slots.ts).
 */
export function planRecord(model: Pick<PlanModel, 'slug' | 'blocks' | 'sections'>): PlanRecord {
  let sections: ReturnType<typeof searchSections>;
  try {
    sections = searchSections(model);
  } catch (error) {
    if (error instanceof SectionError) throw new SearchBuildError(model.slug, error.sectionId, new Error(error.reason));
    throw new SearchBuildError(model.slug, null, error);
  }
  const ordinal = new Map(sections.map((s, i) => [s.id, i]));
  const chars = new Set<string>();
  const sectionWords: string[][] = [];
  const texts: PlanTexts = { headings: [], parents: [], texts: [], ids: [], topics: [] };
  const ownTopic = new Map(model.sections.map((s) => [s.id, s.topic]));
  for (const section of sections) {
    try {
      const own: string[] = [];
      for (const block of section.blocks.map(fold).filter(Boolean)) {
        for (const c of block) chars.add(c);
        if (own.length) own.push(BLOCK_SEPARATOR);
        // One push per word: spreading a block's words into push() overflows the stack on long blocks.
        for (const word of blockTokens(block)) own.push(word);
      }
      sectionWords.push(own);
      const parent = section.ancestry.at(-2);
      const hasHeading = section.level > 0;
      texts.headings.push(hasHeading ? (section.blocks[0] ?? '') : '');
      texts.parents.push(parent === undefined ? -1 : (ordinal.get(parent) ?? -1));
      texts.texts.push((hasHeading ? section.blocks.slice(1) : section.blocks).join('\n'));
      texts.ids.push(section.id);
      texts.topics.push(ownTopic.get(section.id) ?? null);
    } catch (error) {
      throw new SearchBuildError(model.slug, section.id, error);
    }
  }
  const layout = slotLayout(sectionWords.map((w) => w.length));
  const words: string[] = [];
  sectionWords.forEach((own, i) => {
    const first = (layout.firstSlot[i] ?? 0) * SLOT_WIDTH;
    while (words.length < first) words.push(BLOCK_SEPARATOR);
    for (const word of own) words.push(word);
  });
  return {
    slug: model.slug,
    words,
    ids: sections.map((s) => s.id),
    texts,
    topics: topicRanges(sections.map((s) => s.topics)),
    long: layout.long,
    chars,
  };
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
  // search/ also holds the search page itself (search/index.html): only the index's own files go.
  rmSync(outDir, { recursive: true, force: true });
  for (const name of ['plans', 'chunks', 'directory.json', 'plan-list.json', 't2s.txt']) rmSync(join(searchDir, name), { recursive: true, force: true });
  for (const d of ['plans', 'chunks']) mkdirSync(join(searchDir, d), { recursive: true });

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`build-search: pagefind: ${errors.join('; ')}`);
  const corpusChars = new Set<string>();
  const urlToOrdinal = new Map<string, number>();
  const ordered = orderPlans(models);
  const long: Directory['long'] = {};
  const chunks: ChunkPlan[][] = [];
  const planList: PlanListRow[] = [];
  let sectionCount = 0;
  try {
    for (const [ordinal, model] of ordered.entries()) {
      const record = planRecord(model);
      for (const c of record.chars) corpusChars.add(c);
      sectionCount += record.ids.length;
      if (record.long.length) long[String(ordinal)] = record.long;
      (chunks[chunkOf(ordinal)] ??= []).push({ slug: model.slug, name: model.meta.shortName, title: model.meta.title, ids: record.ids, topics: record.topics });
      planList.push([model.slug, model.meta.shortName, model.meta.region.level, provinceOf(model.meta.region) ?? '']);
      writeFileSync(join(dir, textsPath(model.slug)), gzipSync(JSON.stringify(record.texts), { level: 9 }));
      const url = `/plans/${model.slug}/`;
      let res: { errors: string[] };
      try {
        res = await index.addCustomRecord({ url, content: record.words.join(' '), language: 'zh', meta: { title: model.meta.title } });
      } catch (error) {
        throw new SearchBuildError(model.slug, null, error);
      }
      if (res.errors.length) throw new SearchBuildError(model.slug, null, new Error(`pagefind record ${url} (${record.words.length} words): ${res.errors.join('; ')}`));
      urlToOrdinal.set(url, ordinal);
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`build-search: pagefind write: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  // Pagefind page id of each plan, read back from the fragments Pagefind wrote.
  const pageIds: string[] = new Array<string>(ordered.length).fill('');
  const fragDir = join(outDir, 'fragment');
  if (!existsSync(fragDir)) throw new Error(`build-search: pagefind wrote no ${fragDir}`);
  for (const file of readdirSync(fragDir)) {
    // A fragment is gzipped "pagefind_dcd" (Pagefind's signature) followed by JSON.
    const raw = gunzipSync(readFileSync(join(fragDir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url?: string };
    const ordinal = fragment.url === undefined ? undefined : urlToOrdinal.get(fragment.url);
    if (ordinal !== undefined) pageIds[ordinal] = pageKey(file.replace(/\.pf_fragment$/, ''));
  }
  const missing = pageIds.findIndex((id) => !id);
  if (missing >= 0) throw new SearchBuildError(ordered[missing]?.slug ?? '?', null, new Error('Pagefind wrote no page for it'));
  if (new Set(pageIds).size !== pageIds.length) throw new Error('build-search: two plans share a Pagefind page id');
  const directory: Directory = {
    pages: pageIds.join(' '),
    levels: ordered.map((m) => String(REGION_LEVELS.indexOf(m.meta.region.level))).join(''),
    levelNames: [...REGION_LEVELS],
    long,
    chunkPlans: CHUNK_PLANS,
  };
  writeFileSync(join(searchDir, 'directory.json'), JSON.stringify(directory));
  chunks.forEach((plans, k) => writeFileSync(join(searchDir, 'chunks', `${k}.json`), JSON.stringify(plans)));
  writeFileSync(join(searchDir, 'plan-list.json'), JSON.stringify(planList));

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
