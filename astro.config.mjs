// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/lib/site/integration.ts';
import { dataDownloads } from './src/lib/data/integration.ts';
import { siteUrl } from './src/lib/site/address.ts';

export default defineConfig({
  // The site's address, SITE_URL (src/lib/site/address.ts): canonical links, sitemap, robots.txt, data urls.
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx({ remarkPlugins: [remarkGfm], gfm: true }),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.includes('/search/') }),
    securityHeaders(),
    dataDownloads(),
  ],
  markdown: { remarkPlugins: [remarkGfm], syntaxHighlight: false },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  // Astro's cache (its content data store among it) in the project, not in node_modules/.astro:
  // the benchmarks' and the added-plans test's temporary projects share this node_modules by a
  // symlink, and one shared store let a 3,000-plan build's content into another project's build.
  cacheDir: './.astro-cache',
  // Scripts are always separate files: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
