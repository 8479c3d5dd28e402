/**
 * Progressive enhancements for every page; each page is complete without them.
 * - "/" focuses the search box (unless typing in a field).
 * - A copy-link anchor still navigates to its #id, and also copies the full URL.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.getElementById('site-search') as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
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
