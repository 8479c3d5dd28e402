// Builds the search index into dist/ after `astro build`: tsx scripts/build-search.ts [dist]
//
// One Pagefind record per plan section (src/lib/search/sections.ts), url /plans/<slug>/#<id>,
// read from the built plan pages, so only plan text is indexed (comparison pages are not).
// Record content is the ASCII bigram words of src/lib/search/text.ts; meta carries what the
// results page shows (plan, heading path, original text). Also writes, per plan,
// search/plans/<slug>.json (Pagefind page id → section id and heading, in document order) and search/t2s.txt (traditional →
// simplified characters that can occur in the plans).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import { readPlanArticle } from '../src/lib/search/html.ts';
import { buildSections, sectionTopics } from '../src/lib/search/sections.ts';
import { fold, recordTokens } from '../src/lib/search/text.ts';
import { REGION_LEVELS } from '../src/lib/schema.ts';

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
rmSync(outDir, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const corpusChars = new Set<string>();
const urlToSection = new Map<string, { slug: string; id: string; parent: string | null; heading: string }>();
let records = 0;
for (const { slug, front } of plans) {
  const article = readPlanArticle(readFileSync(join(plansDir, slug, 'index.html'), 'utf8'));
  if (!article) throw new Error(`no plan article in ${slug}`);
  const anchors: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(front.groups ?? {})) anchors[`group:${k}`] = v?.anchor ?? null;
  for (const [k, v] of Object.entries(front.projects ?? {})) anchors[`project:${k}`] = v?.anchor ?? null;
  for (const section of buildSections(article.nodes)) {
    const folded = section.blocks.map(fold);
    for (const f of folded) for (const c of f) corpusChars.add(c);
    const words = recordTokens(folded);
    if (!words.length) continue;
    const url = `/plans/${slug}/#${section.id}`;
    const topics = sectionTopics(section, anchors);
    const res = await index.addCustomRecord({
      url,
      content: words.join(' '),
      language: 'zh',
      meta: {
        title: section.path.at(-1) ?? front.shortName,
        plan: slug,
        path: section.path.join('\u001f'),
        text: section.blocks.join('\n'),
      },
      filters: {
        plan: [slug],
        level: [front.region.level],
        topic: topics,
      },
    });
    if (res.errors.length) throw new Error(`pagefind ${url}: ${res.errors.join('; ')}`);
    urlToSection.set(url, {
      slug,
      id: section.id,
      parent: section.ancestry.at(-2) ?? null,
      heading: section.level > 0 ? (section.path.at(-1) ?? '') : '',
    });
    records++;
  }
}
const written = await index.writeFiles({ outputPath: outDir });
if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
await pagefind.close();

// Pagefind page id → section, per plan, read back from the fragments it wrote.
const byPlan = new Map<string, { p: string; id: string; parent: string | null; heading: string }[]>(plans.map((p) => [p.slug, []]));
const fragDir = join(outDir, 'fragment');
for (const file of readdirSync(fragDir)) {
  const raw = gunzipSync(readFileSync(join(fragDir, file))).toString('utf8');
  const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
  const section = urlToSection.get(json.url);
  if (!section) continue;
  byPlan.get(section.slug)?.push({ p: file.replace(/\.pf_fragment$/, ''), ...section });
}
const shardDir = join(dist, 'search', 'plans');
rmSync(join(dist, 'search', 'plans'), { recursive: true, force: true });
mkdirSync(shardDir, { recursive: true });
for (const { slug } of plans) {
  const order = [...urlToSection.values()].filter((s) => s.slug === slug).map((s) => s.id);
  const rows = (byPlan.get(slug) ?? []).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  if (rows.length !== order.length) throw new Error(`${slug}: ${order.length} sections but ${rows.length} fragments`);
  // [Pagefind page id, section id, index of the enclosing section or -1, own heading text]
  const sections = rows.map((r) => [r.p, r.id, r.parent === null ? -1 : order.indexOf(r.parent), r.heading]);
  writeFileSync(join(shardDir, `${slug}.json`), JSON.stringify({ slug, sections }));
}

// Traditional → simplified, per character, only where the simplified character occurs in the plans.
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
let pairs = '';
for (let code = 0x3400; code <= 0x9fff; code++) {
  const c = String.fromCodePoint(code);
  const s = t2cn(c);
  if (s !== c && Array.from(s).length === 1 && corpusChars.has(s)) pairs += c + s;
}
writeFileSync(join(dist, 'search', 't2s.txt'), pairs);

console.log(`build-search: ${records} sections from ${plans.length} plans → ${outDir}; ${Array.from(pairs).length / 2} traditional characters mapped`);
