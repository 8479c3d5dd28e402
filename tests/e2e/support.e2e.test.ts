// Smoke test for the e2e plumbing itself: static server + _headers + Chromium + request guard.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { hasChromium, launchBrowser, openPage } from '../support/browser.ts';
import { loadHeaderRules, startStaticServer, type StaticServer } from '../support/server.ts';

const CSP = "default-src 'self'; connect-src 'self' https://example.org";

describe('loadHeaderRules', () => {
  it('parses rules, comments, splats and placeholders with Netlify\'s matcher', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-rules-'));
    try {
      writeFileSync(join(dir, '_headers'), '# c\n/*\n  X-A: 1\n  Content-Security-Policy: a: b\n/p/:id/x\n  X-B: 2\n');
      const { rules, errors } = await loadHeaderRules(join(dir, '_headers'));
      expect(errors).toEqual([]);
      expect(rules.map((r) => r.headers)).toEqual([
        [['X-A', '1'], ['Content-Security-Policy', 'a: b']],
        [['X-B', '2']],
      ]);
      expect(rules[0]?.pattern.test('/anything/here.js')).toBe(true);
      expect(rules[1]?.pattern.test('/p/42/x')).toBe(true);
      expect(rules[1]?.pattern.test('/p/4/2/x')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasChromium())('e2e support', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-support-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smoke 方案</title>' +
        '<script src="/app.js" defer></script></head><body><p id="status">loading</p></body></html>',
    );
    // External script: the CSP forbids inline ones, which also proves the CSP is applied.
    writeFileSync(
      join(dir, 'app.js'),
      "fetch('https://example.org/x.js').catch(() => {}).finally(() => {" +
        " document.getElementById('status').textContent = 'done'; });",
    );
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not here</title><p>404</p>');
    writeFileSync(
      join(dir, '_headers'),
      `# smoke\n/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n/sub/*\n  X-Sub: yes\n`,
    );
    server = await startStaticServer(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page with _headers applied and records foreign requests', async () => {
    const { page, consoleErrors, foreignRequests, goto } = await openPage(browser, server.url);
    const res = await goto('/');
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toBe(CSP);
    expect(res?.headers()['x-sub']).toBeUndefined();
    expect(await page.title()).toBe('Smoke 方案');
    // Wait until app.js has run, i.e. the foreign fetch was attempted and aborted.
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'done');
    expect(foreignRequests).toEqual(['https://example.org/x.js']);
    // The only error is the aborted foreign load; a CSP violation would add another.
    expect(consoleErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
    await page.close();
  });

  it('serves 404.html with status 404 for unknown paths, and hides _headers', async () => {
    const { page, goto } = await openPage(browser, server.url);
    const res = await goto('/missing/page');
    expect(res?.status()).toBe(404);
    expect(await page.title()).toBe('Not here');
    expect(res?.headers()['content-security-policy']).toBe(CSP);
    expect((await goto('/_headers'))?.status()).toBe(404);
    await page.close();
  });

  it('sends JS with a JavaScript content type', async () => {
    const res = await fetch(`${server.url}/app.js`);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
