import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearDownloads, downloadsFor, originOf } from './site';

/**
 * Writes every file under /data/ (src/lib/data/downloads.ts) into the build output after the
 * pages, from the same computation the /data/ page shows. The dev server serves them from memory.
 */
export function dataDownloads(): AstroIntegration {
  let origin = '';
  let root = process.cwd();
  return {
    name: 'plan-atlas:data-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = originOf(config.site);
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURI((req.url ?? '').split('?')[0]!);
          if (!path.startsWith('/data/') || path.endsWith('/')) return next();
          clearDownloads();
          const text = downloadsFor(root, origin).files.get(path);
          if (text === undefined) return next();
          res.setHeader('Content-Type', `${path.endsWith('.csv') ? 'text/csv' : 'application/json'}; charset=utf-8`);
          res.end(text);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const [path, text] of downloadsFor(root, origin).files) {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        clearDownloads();
      },
    },
  };
}
