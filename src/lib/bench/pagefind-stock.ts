/**
 * The peer of `npm run bench:search`: Pagefind as it comes, indexing the same built plan pages
 * with its own HTML reading and Chinese segmentation, queried through its JS API the way its
 * default UI does (search, then load the first five results' fragments and show them).
 *
 * Everything is written under `<dist>/bench-peer/` and removed by the caller; nothing here is part
 * of the site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Folder (under the site) that holds the peer's index and its search page. */
export const PEER_DIR = 'bench-peer';
/** Results whose fragments Pagefind's default UI loads before it shows the first screen. */
export const PEER_FIRST_RESULTS = 5;

/**
 * The peer's search page: runs the query from ?q=, loads the first PEER_FIRST_RESULTS results'
 * data, then writes them as links into #results and sets data-done on <body>.
 */
export function peerPage(): string {
  // An external script: the site's Content-Security-Policy (public/_headers) allows no inline script.
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind as it comes</title></head>
<body><ol id="results"></ol><script type="module" src="/${PEER_DIR}/run.js"></script></body></html>`;
}

/** The peer page's script. */
export function peerScript(): string {
  return `const q = new URLSearchParams(location.search).get('q') ?? '';
const pf = await import('/${PEER_DIR}/pagefind/pagefind.js');
const response = await pf.search(q);
const first = await Promise.all(response.results.slice(0, ${PEER_FIRST_RESULTS}).map((r) => r.data()));
const list = document.getElementById('results');
for (const d of first) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta?.title ?? d.url;
  const p = document.createElement('p');
  p.innerHTML = d.excerpt;
  li.append(a, p);
  list.append(li);
}
document.body.dataset.total = String(response.results.length);
document.body.dataset.done = '1';
`;
}

/** Indexes `<dist>/plans/**` with Pagefind's defaults into `<dist>/bench-peer/pagefind/` and writes the peer page. */
export async function buildPeer(dist: string): Promise<{ pages: number }> {
  const out = join(dist, PEER_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`bench peer: pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist, glob: 'plans/**/*.html' });
    if (added.errors.length) throw new Error(`bench peer: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`bench peer: ${written.errors.join('; ')}`);
    writeFileSync(join(out, 'index.html'), peerPage());
    writeFileSync(join(out, 'run.js'), peerScript());
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
