/**
 * The site's address: the one place it is read. Set `SITE_URL` to where the site is served
 * (`SITE_URL=https://atlas.example.cn npm run build`); astro.config's `site` comes from here, and
 * through it canonical links, the sitemap, robots.txt, the copy-link and print addresses and the
 * url columns of the data downloads (Astro.site, src/lib/data/store.ts). check:site reads it too.
 */

/** A placeholder until the real address is set: a reserved example domain, never a live site. */
export const DEFAULT_SITE_URL = 'https://plan-atlas.example.org';

/**
 * The site's origin from `SITE_URL` (default DEFAULT_SITE_URL), validated: an absolute http(s)
 * address of a host, with no path, query, fragment or credentials. Pages link to each other by
 * root-relative paths (/plans/x/), so the site is served from the root of its origin; a path here
 * would give canonical links that do not exist. A trailing slash is accepted and dropped.
 * WHATWG URL parsing (node's URL) does the reading; zod's url() was considered, but says only "invalid".
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const fail = (why: string) =>
    new Error(`SITE_URL=${JSON.stringify(raw)}: ${why}; set it to the address the site is served from, e.g. SITE_URL=https://atlas.example.cn npm run build`);
  if (!URL.canParse(raw)) throw fail('not an absolute address');
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail(`expected http or https, not ${url.protocol.replace(/:$/, '')}`);
  if (!/^https?:\/\/[^/]/i.test(raw) || url.hostname === '') throw fail('expected http(s)://host');
  if (url.username || url.password) throw fail('no user name or password in the address');
  if (url.pathname !== '/' || url.search || url.hash) {
    throw fail('expected an origin without a path, query or fragment (the site is served from the root of its host: pages link to /plans/…)');
  }
  return url.origin;
}
