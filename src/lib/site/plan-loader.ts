/**
 * The content loader of the `plans` collection: one entry per content/plans/<slug>.mdx, its typed
 * frontmatter validated by the collection's schema. Unlike Astro's glob loader it does not register
 * the MDX bodies for rendering: the plan page renders the plan's text from its model (the MDX body
 * is emitted from the same page items, src/lib/model/page.ts), and a glob of MDX entries makes Vite
 * compile and bundle one module per plan whether a page renders it or not — at 3,000 plans that is
 * what ran the build out of memory. Considered: glob() with a render-less page (still bundles every
 * module), and .md entries (rendered at sync, but the entries are MDX by the product's design).
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseMdxFrontmatter } from '../importer/emit';

const ENTRY = /\.mdx$/;

export function planEntries(options: { base: string }): Loader {
  return {
    name: 'plan-entries',
    load: async (context: LoaderContext) => {
      const base = resolve(options.base);
      const files = (await readdir(base)).filter((f) => ENTRY.test(f)).sort();
      const seen = new Set<string>();
      for (const file of files) seen.add(await loadEntry(context, join(base, file)));
      // Entries whose file is gone (a removed plan) leave the store.
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      // The dev server follows edits (a re-import rewrites the files).
      context.watcher?.add(base);
      const follow = (path: string) => {
        if (ENTRY.test(path) && resolve(path).startsWith(base)) void loadEntry(context, path).catch((e: unknown) => context.logger.error(String(e)));
      };
      context.watcher?.on('change', follow);
      context.watcher?.on('add', follow);
      context.watcher?.on('unlink', (path) => {
        if (ENTRY.test(path)) context.store.delete(basename(path).replace(ENTRY, ''));
      });
    },
  };
}

async function loadEntry({ store, parseData, generateDigest, config }: LoaderContext, path: string): Promise<string> {
  const id = basename(path).replace(ENTRY, '');
  const source = await readFile(path, 'utf8');
  const digest = generateDigest(source);
  if (store.get(id)?.digest === digest) return id;
  // Astro keeps entry paths relative to the project root (error messages and the dev overlay use them).
  const filePath = relative(fileURLToPath(config.root), path);
  const data = await parseData({ id, data: parseMdxFrontmatter(source, filePath), filePath });
  store.set({ id, data, digest, filePath });
  return id;
}
