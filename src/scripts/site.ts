/**
 * Progressive enhancements for every page; each page is complete without them.
 * - "/" focuses the search box (unless typing in a field): the header's, or /search/'s own (the
 *   header has none there); on a phone, where the header shows only a search icon, it opens /search/.
 * - A copy-link anchor still navigates to its #id, and also copies the full URL.
 */
import { enhanceCitations } from './cite';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const shown = (el: HTMLElement | null) => (el && el.getClientRects().length > 0 ? (el as HTMLInputElement) : null);
  const box = shown(document.getElementById('site-search')) ?? shown(document.getElementById('search-q'));
  event.preventDefault();
  if (!box) {
    // The header's search link: /en/search/ on an English page.
    location.assign(document.querySelector<HTMLAnchorElement>('a.search-link')?.getAttribute('href') ?? '/search/');
    return;
  }
  box.focus();
  box.select();
});

document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement | null)?.closest?.('a.anchor') as HTMLAnchorElement | null;
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  navigator.clipboard.writeText(url).then(
    () => {
      link.setAttribute('data-copied', '');
      setTimeout(() => link.removeAttribute('data-copied'), 2000);
    },
    () => undefined,
  );
});

// The table of contents is a closed <details> so that a phone shows the text first; a wide screen
// has room for it beside the text, open.
if (window.matchMedia('(min-width: 60rem)').matches) {
  for (const toc of document.querySelectorAll<HTMLDetailsElement>('.toc details')) toc.open = true;
}

// Tables that read as cards on a phone (.stack-on-phone) change their display there, and some
// browsers (Safari) then stop exposing them as tables; explicit roles keep the header/cell
// relations. Set once: they are right at any width.
for (const table of document.querySelectorAll<HTMLTableElement>('table.stack-on-phone')) {
  table.setAttribute('role', 'table');
  for (const group of table.querySelectorAll(':scope > thead, :scope > tbody')) group.setAttribute('role', 'rowgroup');
  for (const row of table.rows) row.setAttribute('role', 'row');
  for (const cell of table.querySelectorAll(':scope > * > tr > *')) {
    const scope = cell.getAttribute('scope');
    cell.setAttribute('role', cell.tagName === 'TD' ? 'cell' : scope === 'row' ? 'rowheader' : 'columnheader');
  }
}

// Citations (CiteThis.astro). Bundled here rather than loaded on demand: Vite's import() helper
// alone would cost every page more bytes than this.
const cite = document.querySelector<HTMLElement>('details.cite');
if (cite) enhanceCitations(cite);
