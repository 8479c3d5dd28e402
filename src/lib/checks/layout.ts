/**
 * The phone-and-desktop layout check (issue 10): every page type at 360 px and 1280 px, light and
 * dark, must not scroll sideways as a whole and must not draw chart text under 12 px.
 *
 * "Overflow" is defined precisely: the document's scrollWidth exceeds the viewport's clientWidth.
 * Content may be wider than the screen only inside an element meant to scroll sideways
 * (SCROLLERS: a `.table-wrap` around a table, a `.chart-canvas` around a chart), which clips it; the
 * scroller itself must fit. The elements reported are the outermost ones that stick out of the
 * viewport and are not inside a scroller, so a failure names its cause.
 *
 * "Text size" is what is rendered: an SVG text's computed font size times the vertical scale of its
 * screen transform (a chart drawn in a viewBox and scaled down to a phone shrinks its text with it).
 *
 * A squeezed table column (a cell narrower than two characters of its own font while holding longer
 * text, as an annex table's 牵头单位 column one character wide) is reported too.
 *
 * measureLayout runs in the page (page.evaluate): it must stay self-contained. layoutFailures is
 * the pure rule over its result, tested on its own.
 */

export const LAYOUT_VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
] as const;

/** Elements meant to scroll sideways: what is inside them may be wider than the screen. */
export const SCROLLERS = '.table-wrap, .chart-canvas';

export const MIN_CHART_TEXT_PX = 12;

/**
 * A table cell narrower than this many characters of its font, holding more than two characters,
 * is squeezed (a column one character wide reads as a vertical string).
 */
export const MIN_CELL_CHARS = 1.75;

/**
 * Layout shift a page may have by the time it has loaded and drawn its charts, summed over every
 * shift (so at least Chrome's CLS, which takes the worst window of shifts): the Web Vitals "good" limit, which is also where Lighthouse's CLS score starts to cost performance.
 * A table laid out lazily (content-visibility) on the first screen made /documents/ 0.13.
 */
export const MAX_LAYOUT_SHIFT = 0.1;

/** Runs in the page before its own scripts (page.addInitScript): sums the layout shifts as they come. */
export function observeLayoutShifts(): void {
  const w = window as unknown as { __layoutShift: { score: number; sources: string[] } };
  w.__layoutShift = { score: 0, sources: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
      if (entry.hadRecentInput) continue;
      w.__layoutShift.score += entry.value;
      for (const source of entry.sources ?? []) {
        const node = source.node;
        if (node instanceof Element) w.__layoutShift.sources.push(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page: what observeLayoutShifts summed so far. */
export function readLayoutShift(): { score: number; sources: string[] } {
  return (window as unknown as { __layoutShift?: { score: number; sources: string[] } }).__layoutShift ?? { score: 0, sources: [] };
}

export interface LayoutMeasure {
  /** Cumulative layout shift up to the measurement, and the elements that moved (readLayoutShift). */
  layoutShift?: { score: number; sources: string[] };
  viewportWidth: number;
  scrollWidth: number;
  /** Outermost elements sticking out of the viewport, outside any scroller. */
  overflowing: { element: string; left: number; right: number }[];
  /** SVG texts rendered under MIN_CHART_TEXT_PX. */
  smallText: { element: string; text: string; px: number }[];
  /** Table cells squeezed under MIN_CELL_CHARS characters. */
  squeezedCells: { element: string; text: string; chars: number }[];
}

export function layoutFailures(m: LayoutMeasure): string[] {
  const failures: string[] = [];
  if (m.scrollWidth > m.viewportWidth) {
    const culprits = m.overflowing.map((o) => `${o.element} [${Math.round(o.left)}, ${Math.round(o.right)}]`).join('; ');
    failures.push(`overflows sideways: document ${m.scrollWidth} px wide in a ${m.viewportWidth} px viewport${culprits ? ` — ${culprits}` : ''}`);
  }
  for (const t of m.smallText) failures.push(`chart text ${t.px.toFixed(1)} px < ${MIN_CHART_TEXT_PX} px: ${t.element} “${t.text}”`);
  for (const c of m.squeezedCells) failures.push(`table column squeezed to ${c.chars.toFixed(1)} characters: ${c.element} “${c.text}”`);
  if (m.layoutShift && m.layoutShift.score > MAX_LAYOUT_SHIFT) {
    const moved = [...new Set(m.layoutShift.sources)].slice(0, 4).join(', ');
    failures.push(`layout shift ${m.layoutShift.score.toFixed(3)} > ${MAX_LAYOUT_SHIFT}${moved ? ` — moved: ${moved}` : ''}`);
  }
  return failures;
}

/** Runs in the page. Arguments are passed in because the function is serialized. */
export function measureLayout(args: { scrollers: string; minTextPx: number; minCellChars: number }): LayoutMeasure {
  const doc = document.documentElement;
  const viewportWidth = doc.clientWidth;
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const parent = el.parentElement && el.parentElement !== document.body ? `${describe(el.parentElement).split(' > ').pop()} > ` : '';
    return `${parent}${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const overflowing: LayoutMeasure['overflowing'] = [];
  const walk = (el: Element) => {
    if (!visible(el)) return;
    const r = el.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) and empty boxes cannot push the page sideways; nor can
    // what sticks out on the left (a skip link parked off-screen), which no one can scroll to.
    const style = getComputedStyle(el);
    // `clip` is deprecated as a property to write, but it is what visually-hidden CSS still uses.
    const clipped = style.getPropertyValue('clip') !== 'auto' && style.position === 'absolute';
    if (!clipped && r.width > 0 && r.right > viewportWidth + 0.5) {
      overflowing.push({ element: describe(el), left: r.left, right: r.right });
      return;
    }
    if (el.matches(args.scrollers)) return;
    for (const child of el.children) walk(child);
  };
  walk(document.body);

  const smallText: LayoutMeasure['smallText'] = [];
  for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
    const box = text.getBoundingClientRect();
    if (!visible(text) || box.width === 0 || !text.textContent?.trim()) continue;
    const ctm = text.getScreenCTM();
    if (!ctm) continue;
    const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.c, ctm.d);
    if (px < args.minTextPx - 0.01) smallText.push({ element: describe(text), text: text.textContent.trim().slice(0, 30), px });
  }

  const squeezedCells: LayoutMeasure['squeezedCells'] = [];
  for (const cell of document.querySelectorAll<HTMLTableCellElement>('td, th')) {
    if (!visible(cell) || cell.getBoundingClientRect().width === 0) continue;
    const style = getComputedStyle(cell);
    const fontSize = parseFloat(style.fontSize);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const text = (cell.textContent ?? '').replace(/\s+/g, '');
    const chars = inner / fontSize;
    if (text.length > 2 && chars < args.minCellChars) squeezedCells.push({ element: describe(cell), text: text.slice(0, 20), chars });
  }
  return { viewportWidth, scrollWidth: doc.scrollWidth, overflowing: overflowing.slice(0, 8), smallText: smallText.slice(0, 8), squeezedCells: squeezedCells.slice(0, 8) };
}

/**
 * Besides one page of each type: the plan page whose widest table has the most columns (annex
 * tables differ from plan to plan, and the widest is the one a phone squeezes).
 */
export function widestTablePage(pages: readonly { path: string; html: string }[], pathPattern: RegExp): string | null {
  // Most columns first; among equals, the most text per row (long cells squeeze their neighbours).
  let best: { path: string; columns: number; chars: number } | null = null;
  for (const page of pages) {
    if (!pathPattern.test(page.path)) continue;
    for (const row of page.html.matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)) {
      const columns = (row[0].match(/<t[hd][\s>]/g) ?? []).length;
      const chars = row[0].replace(/<[^>]*>/g, '').length;
      if (!best || columns > best.columns || (columns === best.columns && chars > best.chars)) best = { path: page.path, columns, chars };
    }
  }
  return best?.path ?? null;
}
