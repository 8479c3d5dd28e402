import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Global setup of the e2e suite: builds the site (astro + pagefind) once, so the tests check what
 * `npm run build` produces. Set SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execSync('npm run build', { stdio: 'inherit' });
}
