// Search benchmark, side by side with Pagefind as it comes:
//   npm run bench:search [-- --plans N] [--site dir] [--query q ...] [--all] [--random K [--seed S]]
//                        [--no-exact] [--json out.json]
//
// --plans N builds N synthetic plans first (`npm run bench:build -- --plans N --keep`, the real
// plans' corrected sections recombined) and benchmarks that site; --site uses a site already built
// (a project folder with dist/, or a dist/ folder); with neither, this project's dist/.
//
// For each query, in headless Chromium, one fresh browser context each (cold cache):
// - ours: /search/?q=… — time from navigation to the first result link (or to the count of
//   nothing found), bytes and requests until the network is idle, the count shown;
// - Pagefind as it comes (src/lib/bench/pagefind-stock.ts): the same plan pages indexed by
//   Pagefind's defaults, its JS API, the first five results' data loaded, as its default UI does;
// - a warm second query in our page (the next query typed into the same page): its bytes.
// Then exactness: our "more" button is pressed until it is gone, every link seen is compared with
// the truth (sections, src/lib/search/sections.ts, read from the built pages, some block of which
// contains every term after folding; traditional characters by the full opencc-js converter), and
// the count shown with the truth's size; the most links ever in the page at once is recorded.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_ARGS, CHROME_PATH } from '../lib/checks/browser';
import { startStaticServer } from '../lib/static-server';
import { readPlanArticle } from '../lib/checks/plan-article.ts';
import { buildPeer, PEER_DIR } from '../lib/bench/pagefind-stock.ts';
import { prng } from '../lib/bench/synthetic.ts';
import { median, ratio, SEARCH_GOALS } from '../lib/bench/search-figures.ts';
import { buildSections } from '../lib/search/sections.ts';
import { fold, parseQuery, sectionMatches } from '../lib/search/text.ts';

/** The side-by-side set: common and rare terms, substrings, several terms, traditional input, punctuation, nothing. */
export const SIDE_BY_SIDE: readonly string[] = [
  '科普', '智慧助老', '科技特派员', '青少年', '老年人', '素质提升', '馆校合作', '农民 培训', '應急科普', '（一）', '2025年', '量子纠缠',
];
/** The long list (--all): what the five-plan site was measured with. */
export const QUERIES: readonly string[] = [
  '智慧助老', '科技特派员', '城市劳动者', '馆校合作', '短视频', '农民工', '银龄科普', '科普中国', '全国科普日',
  '科技活动周', '高素质农民', '科普大篷车', '流动科技馆', '农村中学科技馆', '应急科普', '科普信息化', '双减',
  '科学家精神', '新时代文明实践', '科普示范', '科技资源科普化', '科普基础设施', '监测评估', '老年大学',
  '防灾减灾', '食品安全', '一带一路', '粤港澳大湾区', '数字鸿沟', '科普讲解', '共同富裕', '数字化改革', '碳达峰',
  '人工智能', '志愿服务', '职业技能', '乡村振兴', '院士', '党校', '网信办',
  '素质提升', '学素质', '质提升行', '普信息', '技特派', '民科学素', '普基础设', '员科学', '育高素质', '动科技馆',
  '科普', '科协', '青少年', '老年人', '领导干部', '公务员', '健康', '学校', '技能',
  '智慧助老 老年人', '科普 应急', '青少年 科技馆 学校', '农民 培训',
  '銀齡科普', '科技館', '農民工', '應急科普', '青少年科學素質', '數字鴻溝',
  '（一）', '(一)', '“双减”', '2025年', '科普e站', '科普ｅ站', '十四五', '12%', '1000人',
  '量子纠缠', '科普科普',
];

const { values } = parseArgs({
  options: {
    plans: { type: 'string' },
    site: { type: 'string' },
    json: { type: 'string' },
    query: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    random: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-exact': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
  },
});

function siteDir(): string {
  if (values.plans) {
    // bench:build exits 1 when the output exceeds the site budgets; the site is still there to search.
    const built = spawnSync('npm', ['run', '--silent', 'bench:build', '--', '--plans', String(Number(values.plans)), '--keep'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const out = built.stdout ?? '';
    process.stdout.write(out);
    const kept = /^kept (.+)$/m.exec(out)?.[1];
    if (!kept) throw new Error('bench:build did not say which folder it kept');
    return join(kept.trim(), 'dist');
  }
  const site = values.site ?? 'dist';
  const dist = existsSync(join(site, 'dist', 'plans')) ? join(site, 'dist') : site;
  if (!existsSync(join(dist, 'plans'))) {
    if (values.site) throw new Error(`${site}: no built site (plans/) there`);
    console.log('dist/ missing: building first (npm run build)');
    execSync('npm run build', { stdio: 'inherit' });
  }
  return dist;
}
const dist = siteDir();

// Ground truth, from the built pages.
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
const corpus: { key: string; blocks: string[] }[] = [];
const rawBlocks: string[] = [];
const planSlugs = readdirSync(join(dist, 'plans')).filter((slug) => existsSync(join(dist, 'plans', slug, 'index.html')));
for (const slug of planSlugs) {
  const article = readPlanArticle(readFileSync(join(dist, 'plans', slug, 'index.html'), 'utf8'));
  if (!article) continue;
  for (const s of buildSections(article.nodes)) {
    corpus.push({ key: `${slug}#${s.id}`, blocks: s.blocks.map(fold) });
    for (const b of s.blocks) rawBlocks.push(b);
  }
}
function truth(query: string): Set<string> {
  const terms = parseQuery(query).map((t) => ({ ...t, variants: [...new Set([...t.variants, fold(t2cn(t.raw))])] }));
  return new Set(corpus.filter((s) => sectionMatches(s.blocks, terms)).map((s) => s.key));
}

/** Queries nobody chose: substrings of 2–9 characters cut at random from the plan text (and pairs of them). */
function randomQueries(n: number, seed: number): string[] {
  const rand = prng(seed);
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
const queries = values.query?.length ? values.query : values.random ? randomQueries(Number(values.random), Number(values.seed)) : values.all ? QUERIES : SIDE_BY_SIDE;

/** Records when the first result link appears (or the page says it is done): window.__firstAt. */
const FIRST_RESULT_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="search-results"] a[href], #results a[href]')
    || document.querySelector('[data-testid="search-count"][data-total]') || document.body?.dataset.done;
  const mark = () => { if (window.__firstAt === undefined && seen()) window.__firstAt = performance.now(); };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Load {
  ms: number;
  bytes: number;
  requests: number;
}

async function coldContext(browser: Browser): Promise<{ context: BrowserContext; page: Page; meter: { bytes: number; requests: number } }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(FIRST_RESULT_PROBE);
  const page = await context.newPage();
  // Playwright's context events see every request, the Pagefind worker's included (a CDP session
  // on the page does not); sizes are what crossed the wire: headers and encoded bodies.
  const meter = { bytes: 0, requests: 0 };
  context.on('requestfinished', (request) => {
    meter.requests++;
    void request.sizes().then((s) => {
      meter.bytes += s.responseBodySize + s.responseHeadersSize;
    }, () => undefined);
  });
  return { context, page, meter };
}

const COUNT = '[data-testid="search-count"]';
const LINKS = '[data-testid="search-results"] a[href]';
const MORE = '[data-testid="search-more"]';
const linkKeys = (page: Page): Promise<string[]> =>
  page.$$eval(LINKS, (as) =>
    as.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return `${decodeURIComponent(u.pathname).replace(/^\/plans\/|\/$/g, '')}${decodeURIComponent(u.hash)}`;
    }),
  );
/** Our page is settled when the count is there, nothing is busy and the network is idle. */
async function settleOurs(page: Page): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const count = document.querySelector<HTMLElement>(sel);
      const results = document.querySelector('[data-testid="search-results"]');
      return !!count && count.dataset.total !== undefined && !results?.hasAttribute('aria-busy');
    },
    COUNT,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
}

interface Row {
  query: string;
  truth: number;
  count: number | null;
  ours: Load;
  peer: Load | null;
  warm: number | null;
  recall: number | null;
  precision: number | null;
  maxLinks: number | null;
  missing: string[];
  extra: string[];
}

const server = await startStaticServer(dist, 0);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BROWSER_ARGS });
const rows: Row[] = [];
const kb = (b: number): string => `${(b / 1024).toFixed(0)} KB`;
const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
try {
  if (!values['no-peer']) {
    const started = performance.now();
    const peer = await buildPeer(dist);
    console.log(`Pagefind as it comes: ${peer.pages} plan pages indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`${planSlugs.length} plans, ${corpus.length} sections, ${queries.length} queries; cold cache, one browser context per query\n`);
  console.log(`${'query'.padEnd(14)} ${'truth'.padStart(6)} ${'count'.padStart(6)} | ${'ours: ms'.padStart(8)} ${'KB'.padStart(6)} ${'req'.padStart(4)} | ${'Pagefind: ms'.padStart(12)} ${'KB'.padStart(6)} ${'req'.padStart(4)} | ${'time×'.padStart(6)} ${'bytes×'.padStart(6)} | ${'warm KB'.padStart(7)} | recall precision links`);
  for (const [i, query] of queries.entries()) {
    const expected = truth(query);
    // Ours, cold.
    const ours = await coldContext(browser);
    await ours.page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    let count: number | null = null;
    let oursLoad: Load;
    try {
      await settleOurs(ours.page);
      const ms = await ours.page.evaluate(() => (window as unknown as { __firstAt?: number }).__firstAt ?? performance.now());
      count = await ours.page.$eval(COUNT, (el) => Number((el as HTMLElement).dataset.total));
      oursLoad = { ms, bytes: ours.meter.bytes, requests: ours.meter.requests };
    } catch {
      console.log(`    ${query}: our page did not settle within 60 s`);
      oursLoad = { ms: 60_000, bytes: ours.meter.bytes, requests: ours.meter.requests };
    }
    // Exactness: every page of results, through the "more" button.
    let recall: number | null = null;
    let precision: number | null = null;
    let maxLinks: number | null = null;
    let missing: string[] = [];
    let extra: string[] = [];
    if (!values['no-exact'] && count !== null) {
      const seen = new Set<string>();
      maxLinks = 0;
      for (let guard = 0; guard < 100_000; guard++) {
        const keys = await linkKeys(ours.page);
        maxLinks = Math.max(maxLinks, keys.length);
        for (const k of keys) seen.add(k);
        const more = await ours.page.$(MORE);
        if (!more) break;
        const before = keys.at(-1);
        await more.click();
        await ours.page.waitForFunction(([sel, last]) => {
          const links = document.querySelectorAll<HTMLAnchorElement>(sel);
          return links.length > 0 && links[links.length - 1]?.href !== last && !document.querySelector('[data-testid="search-results"]')?.hasAttribute('aria-busy');
        }, [LINKS, before ? new URL(before.split('#')[0] ?? '', server.url).href : ''] as const, { timeout: 30_000 }).catch(() => undefined);
      }
      const hits = [...seen].filter((k) => expected.has(k)).length;
      recall = expected.size ? hits / expected.size : seen.size ? 0 : 1;
      precision = seen.size ? hits / seen.size : 1;
      missing = [...expected].filter((k) => !seen.has(k));
      extra = [...seen].filter((k) => !expected.has(k));
    }
    // A warm second query in the same page: the next query of the list, typed in.
    let warm: number | null = null;
    const next = queries[(i + 1) % queries.length];
    if (count !== null && next !== undefined && next !== query) {
      await ours.page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await settleOurs(ours.page).catch(() => undefined);
      const before = ours.meter.bytes;
      await ours.page.fill('[data-testid="search-input"]', next);
      await ours.page.press('[data-testid="search-input"]', 'Enter');
      await ours.page.waitForTimeout(50);
      await settleOurs(ours.page).catch(() => undefined);
      warm = ours.meter.bytes - before;
    }
    await ours.context.close();
    // Pagefind as it comes, cold.
    let peerLoad: Load | null = null;
    if (!values['no-peer']) {
      const peer = await coldContext(browser);
      await peer.page.goto(`${server.url}/${PEER_DIR}/?q=${encodeURIComponent(query)}`);
      await peer.page.waitForFunction(() => document.body.dataset.done === '1', undefined, { timeout: 60_000 });
      await peer.page.waitForLoadState('networkidle');
      const ms = await peer.page.evaluate(() => (window as unknown as { __firstAt?: number }).__firstAt ?? performance.now());
      peerLoad = { ms, bytes: peer.meter.bytes, requests: peer.meter.requests };
      await peer.context.close();
    }
    const row: Row = { query, truth: expected.size, count, ours: oursLoad, peer: peerLoad, warm, recall, precision, maxLinks, missing, extra };
    rows.push(row);
    const wide = [...query].filter((c) => c.charCodeAt(0) > 0x2e80).length;
    console.log(
      `${query.padEnd(14 - wide)} ${String(row.truth).padStart(6)} ${String(count ?? '—').padStart(6)} | ${oursLoad.ms.toFixed(0).padStart(8)} ${kb(oursLoad.bytes).padStart(6)} ${String(oursLoad.requests).padStart(4)} | ${peerLoad ? peerLoad.ms.toFixed(0).padStart(12) : '—'.padStart(12)} ${peerLoad ? kb(peerLoad.bytes).padStart(6) : '—'.padStart(6)} ${peerLoad ? String(peerLoad.requests).padStart(4) : '—'.padStart(4)} | ${peerLoad ? ratio(oursLoad.ms, peerLoad.ms).toFixed(2).padStart(6) : '—'.padStart(6)} ${peerLoad ? ratio(oursLoad.bytes, peerLoad.bytes).toFixed(2).padStart(6) : '—'.padStart(6)} | ${(warm === null ? '—' : kb(warm)).padStart(7)} | ${pct(recall).padStart(6)} ${pct(precision).padStart(9)} ${String(maxLinks ?? '—').padStart(5)}`,
    );
    if (missing.length) console.log(`    missing: ${missing.slice(0, 6).join(' ')}`);
    if (extra.length) console.log(`    extra:   ${extra.slice(0, 6).join(' ')}`);
    if (count !== null && count !== expected.size) console.log(`    the count shown (${count}) is not the number of matching sections (${expected.size})`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(join(dist, PEER_DIR), { recursive: true, force: true });
}

const withPeer = rows.filter((r): r is Row & { peer: Load } => r.peer !== null);
const timeRatio = median(withPeer.map((r) => ratio(r.ours.ms, r.peer.ms)));
const bytesRatio = median(withPeer.map((r) => ratio(r.ours.bytes, r.peer.bytes)));
const warmMedian = median(rows.flatMap((r) => (r.warm === null ? [] : [r.warm])));
const exact = rows.filter((r) => r.recall !== null);
const truthTotal = exact.reduce((n, r) => n + r.truth, 0);
const hits = exact.reduce((n, r) => n + (r.truth - r.missing.length), 0);
const found = exact.reduce((n, r) => n + (r.truth - r.missing.length) + r.extra.length, 0);
const recall = truthTotal ? hits / truthTotal : 1;
const precision = found ? hits / found : 1;
const maxLinks = Math.max(0, ...exact.map((r) => r.maxLinks ?? 0));
const countsRight = rows.every((r) => r.count === r.truth);
console.log(`\nmedians over ${rows.length} queries (${planSlugs.length} plans):`);
console.log(`  ours:      time to first result ${median(rows.map((r) => r.ours.ms)).toFixed(0)} ms, ${kb(median(rows.map((r) => r.ours.bytes)))}, ${median(rows.map((r) => r.ours.requests))} requests`);
if (withPeer.length) {
  console.log(`  Pagefind:  time to first result ${median(withPeer.map((r) => r.peer.ms)).toFixed(0)} ms, ${kb(median(withPeer.map((r) => r.peer.bytes)))}, ${median(withPeer.map((r) => r.peer.requests))} requests`);
  console.log(`  ratio ours / Pagefind (median of per-query ratios): time ${timeRatio.toFixed(2)}, bytes ${bytesRatio.toFixed(2)}   (goal ≤ ${SEARCH_GOALS.ratio.toFixed(1)})`);
}
console.log(`  warm second query: ${kb(warmMedian)} median (goal ≤ ${SEARCH_GOALS.warmBytes / 1024} KB)`);
if (exact.length) console.log(`  exactness over every page of results: recall ${pct(recall)}, precision ${pct(precision)}; at most ${maxLinks} result links in the page at once (goal ≤ ${SEARCH_GOALS.maxLinks}); counts ${countsRight ? 'all equal to the truth' : 'NOT all equal to the truth'}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ plans: planSlugs.length, sections: corpus.length, rows, timeRatio, bytesRatio, warmMedian, recall, precision, maxLinks }, null, 2));

// Failing goals end the run non-zero. Time is printed, not held: on a shared machine it measures
// the machine as much as the page (the README gives the figures of quiet runs).
const failures: string[] = [];
if (exact.length && recall < 1) failures.push(`recall ${pct(recall)} < 100%`);
if (exact.length && precision < SEARCH_GOALS.precision) failures.push(`precision ${pct(precision)} < ${pct(SEARCH_GOALS.precision)}`);
if (exact.length && maxLinks > SEARCH_GOALS.maxLinks) failures.push(`${maxLinks} result links in the page at once > ${SEARCH_GOALS.maxLinks}`);
if (!countsRight) failures.push('a count shown is not the number of matching sections');
if (withPeer.length && bytesRatio > SEARCH_GOALS.ratio) failures.push(`bytes ratio ${bytesRatio.toFixed(2)} > ${SEARCH_GOALS.ratio}`);
if (rows.some((r) => r.warm !== null) && warmMedian > SEARCH_GOALS.warmBytes) failures.push(`warm second query ${kb(warmMedian)} > ${kb(SEARCH_GOALS.warmBytes)}`);
if (failures.length) {
  console.error(`bench:search goals not met:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
