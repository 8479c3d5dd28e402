import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { siteUrl } from '../../src/lib/site/address';

/**
 * The origin the e2e suite builds for, unless SITE_URL says otherwise: not the placeholder default,
 * so that a URL written with the default instead of the configured address shows up
 * (tests/e2e/site-url.e2e.test.ts). A reserved .test name: nothing is ever fetched from it.
 */
export const E2E_SITE_URL = 'https://atlas-e2e.plan-atlas.test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin dist/ was built for (siteUrl()). */
    siteUrl: string;
  }
}

/**
 * Global setup of the e2e suite: builds the site (astro + pagefind) once, so the tests check what
 * `npm run build` produces, for the origin SITE_URL or E2E_SITE_URL. Set SKIP_BUILD=1 to reuse an
 * existing dist/ while iterating (its origin is then the one its robots.txt names).
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) {
    const sitemap = /^Sitemap: (\S+)$/m.exec(existsSync('dist/robots.txt') ? readFileSync('dist/robots.txt', 'utf8') : '')?.[1];
    project.provide('siteUrl', sitemap ? new URL(sitemap).origin : siteUrl());
    return;
  }
  const site = siteUrl({ SITE_URL: process.env.SITE_URL || E2E_SITE_URL });
  // Not execSync: a build blocking this process for over a minute (30 added plans) starved the unit
  // workers' calls to it ("Timeout calling onTaskUpdate"), which fails the run although every test passed.
  await new Promise<void>((resolve, reject) => {
    const build = spawn('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: site } });
    build.on('error', reject);
    build.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${signal ?? `exit ${code}`})`))));
  });
  project.provide('siteUrl', site);
}
