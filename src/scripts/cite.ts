/**
 * Citations (CiteThis.astro), once opened: a copy button beside each, and a section's address in
 * place of the page's while a section is chosen (its "#" clicked, or the page opened at it). The
 * text is Citation.js's output for the page's record; only its address is swapped, as the note
 * under it says.
 */
export function enhanceCitations(root: HTMLElement): void {
  const texts = root.querySelectorAll<HTMLElement>('.cite-text[data-cite-url]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-cite[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(target.textContent ?? '').then(
        () => {
          button.textContent = '已复制';
          setTimeout(() => (button.textContent = '复制'), 2000);
        },
        () => undefined,
      );
    });
  }
  const citeChosenSection = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const isSection = !!target && /^H[2-6]$/.test(target.tagName) && !!target.closest('.plan-text');
    for (const el of texts) {
      const page = el.dataset.citeUrl ?? '';
      const shown = el.dataset.shownUrl ?? page;
      const next = isSection ? `${page}#${encodeURIComponent(id)}` : page;
      if (shown === next) continue;
      el.textContent = (el.textContent ?? '').replace(shown, next);
      el.dataset.shownUrl = next;
    }
  };
  citeChosenSection();
  window.addEventListener('hashchange', citeChosenSection);
}
