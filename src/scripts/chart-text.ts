/**
 * Text in the charts is drawn at its real size (the SVGs are drawn at their container's width,
 * never scaled down by a viewBox), so a label that does not fit is wrapped or shortened, not shrunk.
 * Widths are estimated, not measured: a CJK character is one em wide, Latin letters, digits and
 * ASCII punctuation about 0.6 em. (Measuring with getComputedTextLength would need the SVG drawn
 * first, a second layout per label; the estimate errs wide, which only costs a little room.)
 */

/** The chart's font size in px (matrix.css: .chart svg). At least 12 px on any screen. */
export const CHART_FONT_PX = 13;

/** Estimated width of text in px at the given font size. */
export function textWidth(text: string, px = CHART_FONT_PX): number {
  let em = 0;
  for (const ch of text) em += /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
  return em * px;
}

/**
 * Splits text into at most maxLines lines of at most width px each; if it still does not fit, the
 * last line ends in “…” (the full text is in the cell's details and accessible name).
 */
export function wrapText(text: string, width: number, maxLines: number, px = CHART_FONT_PX): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, px) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, px) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Whether the page is laid out for a phone: the same breakpoint as the stylesheets (40rem). */
export const isNarrow = (): boolean => window.matchMedia('(max-width: 40rem)').matches;

/** Calls draw again when the container's width changes (a phone turned, a window resized). */
export function redrawOnResize(container: HTMLElement, draw: () => void): void {
  let width = container.clientWidth;
  let pending = false;
  new ResizeObserver(() => {
    if (pending || container.clientWidth === width) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      width = container.clientWidth;
      draw();
    });
  }).observe(container);
}
