// Builds the search index into dist/ after `astro build`: tsx src/cli/build-search.ts [dist]
//
// Reads the built plan pages (only plan text is indexed; comparison pages are not) and writes:
// - dist/pagefind/: one Pagefind record per plan page (/plans/<slug>/), its words the plan text
//   as ASCII bigram words (src/lib/search/text.ts), one word per character, so Pagefind's word
//   positions are character offsets;
// - dist/search/plans/<slug>.json: the plan's sections (src/lib/search/sections.ts) with the
//   word position each starts at, heading, parent and priority-group / key-project keys — what
//   turns a position into a link /plans/<slug>/#<section-id>;
// - dist/search/text/<slug>/<section-id>.txt: each section's text, for excerpts (loaded only for
//   results on screen); dist/search/pages.json: Pagefind page id → plan;
// - dist/search/t2s.txt: traditional → simplified characters that can occur in the plans.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import { readPlanArticle } from '../lib/search/html.ts';
import { buildSections, sectionTopics } from '../lib/search/sections.ts';
import { BLOCK_SEPARATOR, fold, recordTokens } from '../lib/search/text.ts';
import type { Shard, ShardSection } from '../lib/search/engine.ts';
import { REGION_LEVELS } from '../lib/schema.ts';

const dist = process.argv[2] ?? 'dist';
const plansDir = join(dist, 'plans');
if (!existsSync(plansDir)) {
  console.error(`build-search: ${plansDir} not found; run astro build first`);
  process.exit(1);
}

interface Front {
  title: string;
  shortName: string;
  region: { name: string; level: (typeof REGION_LEVELS)[number] };
  groups: Record<string, { anchor: string } | null>;
  projects: Record<string, { anchor: string } | null>;
}
function frontmatter(slug: string): Front {
  const text = readFileSync(join('content', 'plans', `${slug}.mdx`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`no frontmatter in ${slug}.mdx`);
  return parseYaml(m[1] ?? '') as Front;
}

const slugs = readdirSync(plansDir).filter((d) => existsSync(join(plansDir, d, 'index.html')));
const plans = slugs
  .map((slug) => ({ slug, front: frontmatter(slug) }))
  .sort(
    (a, b) =>
      REGION_LEVELS.indexOf(a.front.region.level) - REGION_LEVELS.indexOf(b.front.region.level) ||
      a.front.region.name.localeCompare(b.front.region.name, 'zh-Hans-CN') ||
      a.slug.localeCompare(b.slug),
  );

const outDir = join(dist, 'pagefind');
const searchDir = join(dist, 'search');
rmSync(outDir, { recursive: true, force: true });
rmSync(join(searchDir, 'plans'), { recursive: true, force: true });
rmSync(join(searchDir, 'text'), { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const corpusChars = new Set<string>();
const urlToSlug = new Map<string, string>();
let sectionCount = 0;
for (const { slug, front } of plans) {
  const article = readPlanArticle(readFileSync(join(plansDir, slug, 'index.html'), 'utf8'));
  if (!article) throw new Error(`no plan article in ${slug}`);
  const anchors: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(front.groups ?? {})) anchors[`group:${k}`] = v?.anchor ?? null;
  for (const [k, v] of Object.entries(front.projects ?? {})) anchors[`project:${k}`] = v?.anchor ?? null;
  const sections = buildSections(article.nodes);
  const ids = sections.map((s) => s.id);
  // One Pagefind word per character of the plan text, blocks separated (text.ts recordTokens),
  // so a word position is an offset in the plan; each section records where it starts.
  const words: string[] = [];
  const rows: ShardSection[] = [];
  const textDir = join(searchDir, 'text', slug);
  mkdirSync(textDir, { recursive: true });
  for (const section of sections) {
    const folded = section.blocks.map(fold).filter(Boolean);
    for (const f of folded) for (const c of f) corpusChars.add(c);
    const start = words.length + (words.length && folded.length ? 1 : 0);
    const tokens = recordTokens(folded);
    if (tokens.length) {
      if (words.length) words.push(BLOCK_SEPARATOR);
      words.push(...tokens);
    }
    const parent = section.ancestry.at(-2);
    rows.push([
      section.id,
      parent === undefined ? -1 : ids.indexOf(parent),
      section.level > 0 ? (section.path.at(-1) ?? '') : '',
      start,
      sectionTopics(section, anchors),
    ]);
    writeFileSync(join(textDir, `${section.id}.txt`), section.blocks.join('\n'));
    sectionCount++;
  }
  // sections with no text start where the next one does (never chosen by sectionAt)
  for (let i = rows.length - 2; i >= 0; i--) {
    const row = rows[i];
    const next = rows[i + 1];
    if (row && next && row[3] > next[3]) row[3] = next[3];
  }
  const url = `/plans/${slug}/`;
  const res = await index.addCustomRecord({
    url,
    content: words.join(' '),
    language: 'zh',
    meta: { title: front.title, plan: slug },
    filters: { plan: [slug], level: [front.region.level] },
  });
  if (res.errors.length) throw new Error(`pagefind ${url}: ${res.errors.join('; ')}`);
  urlToSlug.set(url, slug);
  mkdirSync(join(searchDir, 'plans'), { recursive: true });
  const shard: Shard = { slug, sections: rows };
  writeFileSync(join(searchDir, 'plans', `${slug}.json`), JSON.stringify(shard));
}
const written = await index.writeFiles({ outputPath: outDir });
if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
await pagefind.close();

// Pagefind page id → plan, read back from the fragments Pagefind wrote.
const pages: Record<string, string> = {};
const fragDir = join(outDir, 'fragment');
if (!existsSync(fragDir)) throw new Error(`pagefind wrote no ${fragDir}`);
for (const file of readdirSync(fragDir)) {
  const raw = gunzipSync(readFileSync(join(fragDir, file))).toString('utf8');
  const url = /"url":"([^"]*)"/.exec(raw)?.[1];
  const slug = url === undefined ? undefined : urlToSlug.get(url);
  if (slug) pages[file.replace(/\.pf_fragment$/, '')] = slug;
}
if (Object.keys(pages).length !== plans.length) throw new Error(`expected ${plans.length} Pagefind pages, found ${Object.keys(pages).length}`);
writeFileSync(join(searchDir, 'pages.json'), JSON.stringify(pages));

// Traditional → simplified, per character, only where the simplified character occurs in the plans.
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
let pairs = '';
for (let code = 0x3400; code <= 0x9fff; code++) {
  const c = String.fromCodePoint(code);
  const s = t2cn(c);
  if (s !== c && Array.from(s).length === 1 && corpusChars.has(s)) pairs += c + s;
}
writeFileSync(join(searchDir, 't2s.txt'), pairs);

console.log(`build-search: ${plans.length} plans, ${sectionCount} sections → ${outDir}, ${searchDir}; ${Array.from(pairs).length / 2} traditional characters mapped`);
