// `npm run check:site`: gates on the built site (dist/). Zero broken internal links and anchors,
// zero html-validate errors on every page, zero axe-core violations (WCAG 2.1 AA) on every page
// type in real Chromium, no request to another origin. Exits non-zero listing every failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import { readDist } from '../lib/checks/dist';
import { findBrokenLinks } from '../lib/checks/links';
import { pageTypes } from '../lib/checks/page-types';
import { startStaticServer } from '../lib/static-server';
import { siteUrl } from '../lib/site/address';
import { BROWSER_ARGS, CHROME_PATH } from '../lib/checks/browser';

const DIST = process.argv[2] ?? 'dist';
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
const broken = findBrokenLinks(pages, files, SITE);
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
for (const page of pages) {
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
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BROWSER_ARGS });
try {
  for (const scheme of ['light', 'dark'] as const) {
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
      if (type.name === 'search') await page.waitForSelector('[data-testid="search-results"] a', { timeout: 15_000 }).catch(() => fail('axe: search page showed no results'));
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
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.error(`\ncheck:site FAILED (${failures.length}):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('check:site passed');
