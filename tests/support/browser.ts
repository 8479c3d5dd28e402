// Headless Chromium for e2e tests, using the Debian package (no Playwright browser download).
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER_ARGS, CHROME_PATH } from '../../src/lib/checks/browser';
import { startStaticServer, type StaticServer } from './server';

export const chromePath = (): string => CHROME_PATH;

/** For `describe.skipIf(!hasChromium())` on machines without a browser. */
export function hasChromium(): boolean {
  try {
    accessSync(chromePath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian's Chromium with the project's flags (src/lib/checks/browser.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: BROWSER_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** console.error messages and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Every http(s)/ws(s) URL the page tried to reach outside baseUrl's origin. */
  foreignRequests: string[];
  /** page.goto with `path` resolved against baseUrl. */
  goto(path: string): Promise<Response | null>;
}

/**
 * A fresh page (own context; page.close() disposes it) that never leaves baseUrl's origin:
 * foreign requests are recorded and aborted, so results do not depend on the network.
 * Aborted requests also surface in consoleErrors ("Failed to load resource"), as in a real
 * browser without network. Does not navigate; call goto().
 */
export async function openPage(browser: Browser, baseUrl: string): Promise<OpenedPage> {
  const origin = new URL(baseUrl).origin;
  // Service workers could fetch past page.route, so keep them off.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));

  const isForeign = (url: string | URL): boolean => {
    const u = new URL(url);
    return /^(https?|wss?):$/.test(u.protocol) && u.origin !== origin;
  };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!isForeign(url)) return route.fallback();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await page.routeWebSocket(isForeign, (ws) => {
    foreignRequests.push(ws.url());
    return ws.close();
  });

  return { page, consoleErrors, foreignRequests, goto: (path) => page.goto(new URL(path, baseUrl).href) };
}

/**
 * For a describe block that drives the built site in Chromium: serves `dir` and launches the
 * browser before its tests, closes both after. Call at the top of the block; `server` and
 * `browser` are there inside its tests.
 */
export function useServedSite(dir = 'dist'): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(dir, 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useServedSite: the server is there only inside tests');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useServedSite: the browser is there only inside tests');
      return browser;
    },
  };
}
