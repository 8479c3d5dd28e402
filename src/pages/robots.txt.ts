import type { APIRoute } from 'astro';

/** robots.txt pointing at the sitemap of whatever origin the site is built for (SITE_URL). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
