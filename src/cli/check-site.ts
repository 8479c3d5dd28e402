// `npm run check:site`: gates on the built site (dist/). Zero broken internal links and anchors,
// zero html-validate errors on every page, zero axe-core violations (WCAG 2.1 AA) on every page
// type in real Chromium, no request to another origin; every page type at 360 px and 1280 px,
// light and dark, without sideways overflow, chart text under 12 px or layout shift over 0.1 while
// loading in pieces as on a slow line (src/lib/checks/layout.ts, src/lib/checks/trickle.ts),
// with a screenshot of each in LAYOUT_SCREENSHOTS (default .screenshots/, not committed).
// Exits non-zero listing every failure. CHECK_SITE_ONLY=layout runs the layout part alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import { readDist } from '../lib/checks/dist';
import { findBrokenLinks } from '../lib/checks/links';
import { pageTypes } from '../lib/checks/page-types';
import { startStaticServer } from '../lib/static-server';
import { startTrickleProxy } from '../lib/checks/trickle';
import { siteUrl } from '../lib/site/address';
import { BROWSER_ARGS, CHROME_PATH } from '../lib/checks/browser';
import { LAYOUT_VIEWPORTS, MIN_CELL_CHARS, MIN_CHART_TEXT_PX, SCROLLERS, layoutFailures, measureLayout, observeLayoutShifts, readLayoutShift, widestTablePage, type LayoutMeasure } from '../lib/checks/layout';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
const layoutOnly = process.env.CHECK_SITE_ONLY === 'layout';
const SCREENSHOTS = process.env.LAYOUT_SCREENSHOTS ?? '.screenshots';
const SITE = (() => {
  try {
    return siteUrl();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
})();
const failures: string[] = [];
const fail = (line: string) => failures.push(line);

const { pages, files } = readDist(DIST);
console.log(`check:site — ${pages.length} pages, ${files.size} other files in ${DIST}/`);

// 1. Links and anchors.
const broken = layoutOnly ? [] : findBrokenLinks(pages, files, SITE);
for (const b of broken) fail(`link: ${b.page} → ${b.href}: ${b.reason}`);
console.log(`links: ${broken.length} broken`);

// 2. html-validate on every page.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean and void elements in its own style; these are stylistic, not errors.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // The stylesheet is inlined into each page on purpose (one request less per page).
    'no-inline-style': 'off',
    // Long Chinese text has no spaces; this rule counts characters of Latin text.
    'long-title': 'off',
    // A group of checkboxes sharing one name is how a form sends several values (filters).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
let htmlErrors = 0;
for (const page of layoutOnly ? [] : pages) {
  const report = await validator.validateString(page.html, page.path);
  for (const r of report.results) {
    for (const m of r.messages) {
      if (m.severity < 2) continue;
      htmlErrors++;
      if (htmlErrors <= 200) fail(`html: ${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
console.log(`html-validate: ${htmlErrors} errors`);

// 3. axe-core in Chromium on every page type, and no request leaving the origin.
const { types, missing } = pageTypes(pages.map((p) => p.path));
for (const m of missing) fail(`page type missing from the build: ${m}`);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await startStaticServer(DIST, 0);
const trickle = await startTrickleProxy(server.url);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BROWSER_ARGS });
try {
  for (const scheme of layoutOnly ? [] : (['light', 'dark'] as const)) {
    for (const type of types) {
      // bypassCSP only so that axe itself can be injected; the pages' own scripts run under their CSP.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const foreign: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (!url.startsWith(server.url) && !url.startsWith('data:')) {
          foreign.push(url);
          return route.abort();
        }
        return route.continue();
      });
      await page.goto(server.url + type.path, { waitUntil: 'networkidle' });
      if (type.name.endsWith('search')) await page.waitForSelector('[data-testid="search-results"] a', { timeout: 15_000 }).catch(() => fail('axe: search page showed no results'));
      if (type.name === 'compare') await page.waitForSelector('#compare-result[data-state=done]', { timeout: 30_000 }).catch(() => fail('axe: compare page did not finish'));
      await page.evaluate(axeSource);
      const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      };
      for (const v of result.violations) fail(`axe (${scheme}): ${type.path} ${v.id} [${v.impact}] ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      for (const url of foreign) fail(`third-party request: ${type.path} → ${url}`);
      console.log(`axe (${scheme}) ${type.name.padEnd(12)} ${type.path}: ${result.violations.length} violations`);
      await context.close();
    }
  }

  // 4. Layout on a phone and a desktop, light and dark.
  mkdirSync(SCREENSHOTS, { recursive: true });
  const widest = widestTablePage(pages, /^\/plans\/[^/]+\/$/);
  const layoutPages = [...types, ...(widest && !types.some((t) => t.path === widest) ? [{ name: 'plan-widest-table', path: widest }] : [])];
  // A function of ours as a script for the page. tsx (esbuild) may wrap named functions in
  // __name(); the page has no such helper, so give it one.
  const inPage = (fn: (arg: never) => unknown, arg?: unknown) => `(() => { var __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
  const measure = inPage(measureLayout, { scrollers: SCROLLERS, minTextPx: MIN_CHART_TEXT_PX, minCellChars: MIN_CELL_CHARS });
  const shiftObserver = inPage(observeLayoutShifts);
  // Layout shift is measured on pages delivered in pieces (trickle.ts), where what the browser
  // paints early and moves later shows every time; at full speed it shows only when a loaded
  // machine happens to paint mid-parse. Once per viewport: the colour scheme moves nothing.
  let layoutProblems = 0;
  for (const viewport of LAYOUT_VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      const measureShift = scheme === 'light';
      const context = await browser.newContext({ colorScheme: scheme, viewport, deviceScaleFactor: 1 });
      for (const type of layoutPages) {
        const page = await context.newPage();
        await page.addInitScript(shiftObserver);
        await page.goto((measureShift ? trickle.url : server.url) + type.path, { waitUntil: 'networkidle', timeout: 60_000 });
        if (type.name.endsWith('search')) await page.waitForSelector('[data-testid="search-results"] a', { timeout: 15_000 }).catch(() => fail(`layout: ${type.path} showed no results`));
        if (type.name === 'compare') await page.waitForSelector('#compare-result[data-state=done]', { timeout: 30_000 }).catch(() => fail(`layout: ${type.path} did not finish`));
        // Charts are drawn by script after load: wait until every chart canvas holds its drawing.
        await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((c) => c.querySelector('svg')), undefined, { timeout: 15_000 }).catch(() => fail(`layout: ${type.path} charts not drawn`));
        // The shift so far is the reader's; what follows (forcing lazy tables visible) is the check's.
        const layoutShift = measureShift ? await page.evaluate(readLayoutShift) : undefined;
        // Tables far below are laid out only when scrolled near (content-visibility): measure and
        // photograph them as a reader who scrolls there sees them.
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        const m: LayoutMeasure = { ...((await page.evaluate(measure)) as LayoutMeasure), layoutShift };
        const problems = layoutFailures(m);
        layoutProblems += problems.length;
        for (const p of problems) fail(`layout (${viewport.width} px, ${scheme}): ${type.path} ${p}`);
        await page.screenshot({ path: join(SCREENSHOTS, `${type.name}-${viewport.width}-${scheme}.png`), fullPage: true });
        console.log(`layout (${viewport.width} px, ${scheme}) ${type.name.padEnd(17)} ${type.path}: ${problems.length} problems`);
        await page.close();
      }
      await context.close();
    }
  }
  console.log(`layout: ${layoutProblems} problems; screenshots in ${SCREENSHOTS}/`);
} finally {
  await browser.close();
  await trickle.close();
  await server.close();
}

if (failures.length) {
  console.error(`\ncheck:site FAILED (${failures.length}):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('check:site passed');
