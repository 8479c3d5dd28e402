import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROME_PATH } from './src/lib/checks/browser';
import { startStaticServer } from './src/lib/static-server';
const server = await startStaticServer(process.argv[2]!, 0);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BROWSER_ARGS });
for (const q of process.argv.slice(3)) {
  const context = await browser.newContext();
  await context.addInitScript(`new MutationObserver(() => { if (!window.__first && document.querySelector('[data-testid="search-results"] a[href]')) window.__first = performance.now(); }).observe(document, {subtree:true, childList:true});`);
  const page = await context.newPage();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (window as any).__first);
  await page.waitForLoadState('networkidle');
  const r = await page.evaluate(() => ({ first: (window as any).__first, dcl: performance.getEntriesByType('navigation')[0] && (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd, res: performance.getEntriesByType('resource').map((e) => `${e.startTime.toFixed(0).padStart(5)}-${e.responseEnd.toFixed(0).padStart(5)} ${(e as PerformanceResourceTiming).transferSize.toString().padStart(6)} ${e.name.replace(location.origin, '')}`) }));
  console.log(q, 'first', r.first.toFixed(0), 'dcl', r.dcl?.toFixed(0)); console.log(r.res.join('\n'));
  await context.close();
}
await browser.close(); await server.close();
