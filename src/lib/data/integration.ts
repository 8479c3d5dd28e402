import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepDownloads, keptDownloads } from './store';

/**
 * Writes every file under /data/ (src/lib/data/downloads.ts) into the build output after the
 * pages, as computed for the /data/ page (src/pages/data/index.astro), so the page and the files
 * agree. The dev server computes them per request, with the content as it is then.
 */
export function dataDownloads(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'plan-atlas:data-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURI((req.url ?? '').split('?')[0]!);
          if (!path.startsWith('/data/') || path.endsWith('/')) return next();
          // Loaded through Vite, where the content collections are.
          server
            .ssrLoadModule('/src/lib/data/site.ts')
            .then(async (mod) => (await (mod as typeof import('./site')).siteDownloads(site, true)).files.get(path))
            .then((text) => {
              if (text === undefined) return next();
              res.setHeader('Content-Type', `${path.endsWith('.csv') ? 'text/csv' : 'application/json'}; charset=utf-8`);
              res.end(text);
            }, next);
        });
      },
      'astro:build:done': ({ dir }) => {
        const downloads = keptDownloads();
        if (!downloads) throw new Error('data downloads: nothing computed (src/pages/data/index.astro computes them; was it built?)');
        const out = fileURLToPath(dir);
        for (const [path, text] of downloads.files) {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        keepDownloads(undefined);
      },
    },
  };
}
