// Search benchmark: npm run bench:search [-- --build] [--dist dist] [--json out.json] [--query q ...]
//                   [--random N [--seed S]]   (N queries cut at random from the text instead of the list)
//
// Ground truth from the built HTML: for each query, the sections (src/lib/search/sections.ts)
// some block of which contains every term after folding (src/lib/search/text.ts), with
// traditional characters converted by the full opencc-js converter (independent of the
// character map the site ships). Then the real /search/ page runs in headless Chromium, one
// fresh browser context per query (cold cache: bytes include the search library), and the
// result links are compared with the truth. Prints per query and overall: section-level recall
// and precision, time to results, bytes transferred.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROME_PATH } from '../lib/checks/browser';
import { startStaticServer } from '../lib/static-server';
import { readPlanArticle } from '../lib/checks/plan-article.ts';
import { buildSections } from '../lib/search/sections.ts';
import { fold, parseQuery, sectionMatches } from '../lib/search/text.ts';

export const QUERIES: readonly string[] = [
  // programmes and named activities
  '智慧助老', '科技特派员', '城市劳动者', '馆校合作', '短视频', '农民工', '银龄科普', '科普中国', '全国科普日',
  '科技活动周', '高素质农民', '科普大篷车', '流动科技馆', '农村中学科技馆', '应急科普', '科普信息化', '双减',
  '科学家精神', '新时代文明实践', '科普示范', '科技资源科普化', '科普基础设施', '监测评估', '老年大学',
  '防灾减灾', '食品安全', '一带一路', '粤港澳大湾区', '数字鸿沟', '科普讲解', '共同富裕', '数字化改革', '碳达峰',
  '人工智能', '志愿服务', '职业技能', '乡村振兴', '院士', '党校', '网信办',
  // substrings across word boundaries
  '素质提升', '学素质', '质提升行', '普信息', '技特派', '民科学素', '普基础设', '员科学', '育高素质', '动科技馆',
  // common short terms (many sections)
  '科普', '科协', '青少年', '老年人', '领导干部', '公务员', '健康', '学校', '技能',
  // several terms (all must occur)
  '智慧助老 老年人', '科普 应急', '青少年 科技馆 学校', '农民 培训',
  // traditional characters
  '銀齡科普', '科技館', '農民工', '應急科普', '青少年科學素質', '數字鴻溝',
  // punctuation width, case, numbers
  '（一）', '(一)', '“双减”', '2025年', '科普e站', '科普ｅ站', '十四五', '12%', '1000人',
  // nothing should match
  '量子纠缠', '科普科普',
];

const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    json: { type: 'string' },
    query: { type: 'string', multiple: true },
    random: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const dist = values.dist ?? 'dist';
if (values.build || !existsSync(join(dist, 'pagefind'))) {
  if (!values.build) console.log(`${dist}/pagefind missing: building first (npm run build)`);
  execSync('npm run build', { stdio: 'inherit' });
}

// Ground truth.
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
const corpus: { key: string; blocks: string[] }[] = [];
const rawBlocks: string[] = [];
for (const slug of readdirSync(join(dist, 'plans'))) {
  const file = join(dist, 'plans', slug, 'index.html');
  if (!existsSync(file)) continue;
  const article = readPlanArticle(readFileSync(file, 'utf8'));
  if (!article) continue;
  for (const s of buildSections(article.nodes)) {
    corpus.push({ key: `${slug}#${s.id}`, blocks: s.blocks.map(fold) });
    for (const b of s.blocks) rawBlocks.push(b);
  }
}
function truth(query: string): Set<string> {
  const terms = parseQuery(query).map((t) => {
    const simplified = fold(t2cn(t.raw));
    return { ...t, variants: [...new Set([...t.variants, simplified])] };
  });
  return new Set(corpus.filter((s) => sectionMatches(s.blocks, terms)).map((s) => s.key));
}

/** Queries nobody chose: substrings of 2–9 characters cut at random from the plan text (and pairs of them). */
function randomQueries(n: number, seed: number): string[] {
  let state = seed >>> 0;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const blocks = rawBlocks.filter((b) => Array.from(b).length >= 2);
  const cut = (): string => {
    const chars = Array.from(blocks[Math.floor(rand() * blocks.length)] ?? '');
    const len = Math.min(chars.length, 2 + Math.floor(rand() * 8));
    const at = Math.floor(rand() * (chars.length - len + 1));
    return chars.slice(at, at + len).join('').replace(/\s+/g, '');
  };
  const out: string[] = [];
  while (out.length < n) {
    const q = out.length % 5 === 4 ? `${cut().slice(0, 3)} ${cut().slice(0, 3)}` : cut();
    if (q.trim()) out.push(q);
  }
  return out;
}
const queries = values.query?.length
  ? values.query
  : values.random
    ? randomQueries(Number(values.random), Number(values.seed))
    : QUERIES;
const server = await startStaticServer(dist, 0);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BROWSER_ARGS });

interface Row {
  query: string;
  truth: number;
  found: number;
  hits: number;
  recall: number;
  precision: number;
  ms: number;
  bytes: number;
  requests: number;
  missing: string[];
  extra: string[];
}
const rows: Row[] = [];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const printRow = (r: Row): void => {
  const wide = [...r.query].filter((c) => c.charCodeAt(0) > 0x2e80).length;
  console.log(
    `${r.query.padEnd(16 - wide)} ${String(r.truth).padStart(5)} ${String(r.found).padStart(5)} ${pct(r.recall).padStart(7)} ${pct(r.precision).padStart(9)} ${r.ms.toFixed(0).padStart(5)} ${(r.bytes / 1024).toFixed(1).padStart(6)} ${String(r.requests).padStart(4)}`,
  );
  if (r.missing.length) console.log(`    missing: ${r.missing.slice(0, 8).join(' ')}`);
  if (r.extra.length) console.log(`    extra:   ${r.extra.slice(0, 8).join(' ')}`);
};
console.log(`\n${'query'.padEnd(16)} truth found  recall precision   ms     KB  req`);
try {
  for (const query of queries) {
    const expected = truth(query);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    const url = `${server.url}/search/?q=${encodeURIComponent(query)}`;
    await page.goto(url);
    const settled = await page
      .waitForFunction(
        () => {
          const el = document.querySelector<HTMLElement>('[data-testid="search-results"]');
          return !!el && el.dataset.total !== undefined && !el.hasAttribute('aria-busy');
        },
        undefined,
        { timeout: 30_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!settled) console.log(`    ${query}: no results state within 30 s (counted as nothing found)`);
    const ms = await page.evaluate(() => performance.now());
    const links = await page.$$eval('[data-testid="search-results"] a[href]', (as) =>
      as.map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return `${u.pathname.replace(/^\/plans\/|\/$/g, '')}${u.hash}`;
      }),
    );
    await page.waitForLoadState('networkidle');
    const found = new Set(links);
    const hits = [...found].filter((k) => expected.has(k)).length;
    rows.push({
      query,
      truth: expected.size,
      found: found.size,
      hits,
      recall: expected.size ? hits / expected.size : found.size ? 0 : 1,
      precision: found.size ? hits / found.size : 1,
      ms,
      bytes,
      requests,
      missing: [...expected].filter((k) => !found.has(k)),
      extra: [...found].filter((k) => !expected.has(k)),
    });
    printRow(rows[rows.length - 1] as Row);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const truthTotal = rows.reduce((n, r) => n + r.truth, 0);
const foundTotal = rows.reduce((n, r) => n + r.found, 0);
const hitsTotal = rows.reduce((n, r) => n + r.hits, 0);
console.log(`\n${rows.length} queries, ${corpus.length} sections`);
console.log(`overall (micro) recall ${pct(truthTotal ? hitsTotal / truthTotal : 1)}  precision ${pct(foundTotal ? hitsTotal / foundTotal : 1)}  (${hitsTotal}/${truthTotal} expected found, ${foundTotal - hitsTotal} extra)`);
console.log(`mean per query  recall ${pct(rows.reduce((n, r) => n + r.recall, 0) / rows.length)}  precision ${pct(rows.reduce((n, r) => n + r.precision, 0) / rows.length)}`);
console.log(`time to results: median ${median(rows.map((r) => r.ms)).toFixed(0)} ms, max ${rows.reduce((m, r) => Math.max(m, r.ms), 0).toFixed(0)} ms (cold, from navigation start)`);
console.log(`bytes per query (cold cache, page + search, until network idle): median ${(median(rows.map((r) => r.bytes)) / 1024).toFixed(1)} KB, max ${(rows.reduce((m, r) => Math.max(m, r.bytes), 0) / 1024).toFixed(1)} KB`);
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
