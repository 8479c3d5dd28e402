// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/lib/site/integration.ts';
import { dataDownloads } from './src/lib/data/integration.ts';
import { siteUrl } from './src/lib/site/address.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';

export default defineConfig({
  // The site's address, SITE_URL (src/lib/site/address.ts): canonical links, sitemap, robots.txt, data urls.
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Chinese at the root, English under /en/ (src/lib/i18n/locales.ts: which pages have both).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx({ remarkPlugins: [remarkGfm], gfm: true }),
    // The sitemap names each page's other-language version (hreflang), as the pages' heads do.
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.includes('/search/'),
      i18n: { defaultLocale: 'zh', locales: { zh: DEFAULT_LOCALE, en: 'en' } },
    }),
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
