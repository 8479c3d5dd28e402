/**
 * The heat map above the group matrix, drawn from the table itself (the table is the data and the
 * text alternative). Cells are links: hover, focus or a first tap shows the details; a click, Enter
 * or a second tap on the same cell opens the section. Keyboard: one tab stop for the grid; arrow
 * keys, Home and End move between cells as drawn. On a phone plans run down and groups across.
 */
import { scriptMessages } from '../lib/i18n/script-messages';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { CHART_FONT_PX, isNarrow, redrawOnResize, textWidth, wrapText } from './chart-text';

export interface HeatCell {
  row: string;
  rowLabel: string;
  col: string;
  colLabel: string;
  present: boolean;
  chars: number;
  measures: number;
  href: string | null;
  label: string;
}

export interface HeatData {
  rows: { key: string; label: string }[];
  cols: { slug: string; label: string }[];
  cells: HeatCell[];
}

export function readMatrixTable(table: HTMLTableElement): HeatData {
  const cols = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')].map((th) => ({
    slug: th.dataset.col!,
    label: th.querySelector('a')?.textContent?.trim() ?? th.dataset.col!,
  }));
  const rows: HeatData['rows'] = [];
  const cells: HeatCell[] = [];
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
    const row = { key: tr.dataset.row!, label: tr.dataset.label ?? tr.dataset.row! };
    rows.push(row);
    tr.querySelectorAll<HTMLTableCellElement>('td[data-col]').forEach((td, i) => {
      cells.push({
        row: row.key,
        rowLabel: row.label,
        col: td.dataset.col!,
        colLabel: cols[i]?.label ?? td.dataset.col!,
        present: td.dataset.present === 'true',
        chars: Number(td.dataset.chars ?? 0),
        measures: Number(td.dataset.measures ?? 0),
        href: td.dataset.href ?? null,
        label: td.dataset.label ?? '',
      });
    });
  }
  return { rows, cols, cells };
}

export type HeatMeasure = 'chars' | 'measures';

// A wide screen: groups down, plans across, fixed cells (the canvas scrolls when plans are many).
const CELL_W = 72;
const CELL_H = 40;
const LEFT = 132;
const TOP = 30;
// A phone: plans down, the five groups across, filling the canvas's width, so that no plan's cell
// is off to the side however many plans there are. Group names wrap onto up to three lines.
const NARROW_TOP = 58;
const NARROW_ROW = 36;
const LABEL_LINES = 3;
const LINE_H = 16;

/** Heights the canvas is given before the drawing (MatrixPage.astro), so nothing moves when it comes. */
export function heatHeights(groups: number, plans: number): { wide: number; narrow: number } {
  return { wide: TOP + groups * CELL_H + 4, narrow: NARROW_TOP + plans * NARROW_ROW + 4 };
}

/**
 * How strongly a value is coloured: the share of the cell's colour laid over the background. The
 * colour is the page's --heat, dark on a light page and light on a dark one, so a larger value is
 * always further from the background — "more contrast", in either scheme, which is what the
 * caption and the legend say (not "darker").
 */
export function heatIntensity(top: number): (value: number) => number {
  return scaleLinear().domain([0, top || 1]).range([0.12, 1]).clamp(true);
}

/** Text on a cell coloured this strongly is drawn in the background's colour. */
export const STRONG = 0.55;

interface Axis {
  key: string;
  lines: string[];
}

export function drawHeatmap(container: HTMLElement, details: HTMLElement, data: HeatData, measure: HeatMeasure, visible: ReadonlySet<string> | null, legend?: HTMLElement | null): void {
  const cols = data.cols.filter((c) => !visible || visible.has(c.slug));
  const shown = new Set(cols.map((c) => c.slug));
  const narrow = isNarrow();
  const available = Math.max(container.clientWidth, 240);
  let across: Axis[];
  let down: Axis[];
  let left: number;
  let top: number;
  let cellW: number;
  let cellH: number;
  if (narrow) {
    // Plan names on the left: as wide as the longest needs, at most a third of the width (then two lines).
    left = Math.min(Math.max(...cols.map((c) => textWidth(c.label)), 2 * CHART_FONT_PX) + 10, Math.floor(available / 3));
    cellW = (available - left - 4) / Math.max(data.rows.length, 1);
    cellH = NARROW_ROW;
    top = NARROW_TOP;
    across = data.rows.map((r) => ({ key: r.key, lines: wrapText(r.label, cellW - 4, LABEL_LINES) }));
    down = cols.map((c) => ({ key: c.slug, lines: wrapText(c.label, left - 10, 2) }));
  } else {
    left = LEFT;
    cellW = CELL_W;
    cellH = CELL_H;
    top = TOP;
    across = cols.map((c) => ({ key: c.slug, lines: wrapText(c.label, CELL_W - 4, 1) }));
    down = data.rows.map((r) => ({ key: r.key, lines: wrapText(r.label, LEFT - 10, 1) }));
  }
  // Cells in reading order of the drawing (rows of the picture, left to right): arrow keys follow it.
  const byKey = new Map(data.cells.map((c) => [`${c.row}|${c.col}`, c]));
  const cells = down.flatMap((d) => across.map((a) => byKey.get(narrow ? `${a.key}|${d.key}` : `${d.key}|${a.key}`)).filter((c): c is HeatCell => !!c && shown.has(c.col)));
  const colOf = (c: HeatCell) => (narrow ? c.row : c.col);
  const rowOf = (c: HeatCell) => (narrow ? c.col : c.row);
  const width = narrow ? available : left + across.length * cellW + 4;
  const height = top + down.length * cellH + 4;
  const x = scaleBand<string>().domain(across.map((a) => a.key)).range([left, left + across.length * cellW]).paddingInner(0.08);
  const y = scaleBand<string>().domain(down.map((d) => d.key)).range([top, top + down.length * cellH]).paddingInner(0.1);
  const topValue = max(cells, (c) => (c.present ? c[measure] : 0)) ?? 0;
  const intensity = heatIntensity(topValue);

  const root = select(container);
  root.selectAll('svg, .no-js').remove();
  container.style.height = `${height}px`;
  // Drawn at its own size in px (no viewBox scaling), so text is the stylesheet's size on any screen.
  const svg = root.append('svg').attr('width', width).attr('height', height).attr('role', 'group').attr('aria-labelledby', 'heatmap-caption');

  const lines = (sel: Selection<SVGTextElement, Axis, SVGGElement, unknown>, x0: (a: Axis) => number, dy0: (a: Axis) => string) =>
    sel
      .selectAll('tspan')
      .data((a) => a.lines.map((line, i) => ({ line, i, a })))
      .join('tspan')
      .attr('x', (l) => x0(l.a))
      .attr('dy', (l) => (l.i === 0 ? dy0(l.a) : `${LINE_H}px`))
      .text((l) => l.line);
  const colLabels = svg
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll<SVGTextElement, Axis>('text')
    .data(across)
    .join('text')
    .attr('class', 'col-label')
    .attr('y', top - 10)
    .attr('text-anchor', 'middle');
  lines(colLabels, (a) => x(a.key)! + x.bandwidth() / 2, (a) => `${-(a.lines.length - 1) * LINE_H}px`);
  const rowLabels = svg
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll<SVGTextElement, Axis>('text')
    .data(down)
    .join('text')
    .attr('class', 'row-label')
    .attr('y', (d) => y(d.key)! + y.bandwidth() / 2)
    .attr('text-anchor', 'end');
  lines(rowLabels, () => left - 8, (d) => `${0.35 - ((d.lines.length - 1) * LINE_H) / 2 / CHART_FONT_PX}em`);

  const grid = svg.append('g').attr('class', 'cells');
  const nodes = grid
    .selectAll<SVGElement, HeatCell>('.cell')
    .data(cells)
    .join((enter) => enter.append((c) => document.createElementNS('http://www.w3.org/2000/svg', c.present ? 'a' : 'g')))
    .attr('class', (c) => (c.present ? 'cell' : 'cell cell-absent'))
    .attr('href', (c) => c.href)
    .attr('role', (c) => (c.present ? null : 'img'))
    .attr('aria-label', (c) => c.label)
    .attr('tabindex', -1)
    .attr('data-row', (c) => c.row)
    .attr('data-col', (c) => c.col);
  nodes
    .append('rect')
    .attr('x', (c) => x(colOf(c))!)
    .attr('y', (c) => y(rowOf(c))!)
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('rx', 3)
    .attr('fill-opacity', (c) => (c.present ? intensity(c[measure]) : 0));
  nodes
    .append('text')
    .attr('x', (c) => x(colOf(c))! + x.bandwidth() / 2)
    .attr('y', (c) => y(rowOf(c))! + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('class', (c) => (c.present && intensity(c[measure]) > STRONG ? 'on-strong' : null))
    .attr('aria-hidden', 'true')
    .text((c) => (c.present ? String(c[measure]) : '—'));

  if (legend) drawLegend(legend, intensity, topValue, measure);

  const elements = nodes.nodes();
  if (elements[0]) elements[0].setAttribute('tabindex', '0');
  const show = (c: HeatCell) => {
    details.textContent = c.label;
  };
  // Touch has no hover: the first tap on a cell shows its details (and marks it), a second tap on
  // the same cell opens it. A mouse or a pen opens at once, as a link does.
  let pointer = '';
  let armed: Element | null = null;
  nodes
    .on('pointerdown', (event: PointerEvent) => {
      pointer = event.pointerType;
    })
    .on('click', (event: MouseEvent, c) => {
      const el = event.currentTarget as SVGElement & { focus(): void };
      if (pointer === 'touch' && armed !== el) {
        event.preventDefault();
        armed = el;
        el.focus();
      }
      show(c);
    })
    .on('mouseenter', (_event, c) => show(c))
    .on('focus', (event: FocusEvent, c) => {
      for (const el of elements) el.setAttribute('tabindex', el === event.currentTarget ? '0' : '-1');
      show(c);
    })
    .on('keydown', (event: KeyboardEvent, c) => {
      const i = elements.indexOf(event.currentTarget as SVGElement);
      const n = across.length;
      let next = -1;
      if (event.key === 'ArrowRight') next = i + 1;
      else if (event.key === 'ArrowLeft') next = i - 1;
      else if (event.key === 'ArrowDown') next = i + n;
      else if (event.key === 'ArrowUp') next = i - n;
      else if (event.key === 'Home') next = i - (i % n);
      else if (event.key === 'End') next = i - (i % n) + n - 1;
      else if ((event.key === 'Enter' || event.key === ' ') && c.href) {
        event.preventDefault();
        location.assign(c.href);
        return;
      } else return;
      event.preventDefault();
      const target = elements[next];
      if (target && next >= 0) (target as SVGElement & { focus(): void }).focus();
    });
}

/** The legend: the colour ramp from 0 to the largest value shown, so the scale reads the same in light and dark. */
function drawLegend(legend: HTMLElement, intensity: (v: number) => number, topValue: number, measure: HeatMeasure): void {
  const steps = 6;
  const sw = 26;
  const unit = scriptMessages(document.documentElement.lang).heatUnit[measure];
  const first = '0';
  const last = `${topValue} ${unit}`;
  const x0 = textWidth(first) + 8;
  const width = x0 + steps * sw + 8 + textWidth(last) + 4;
  const root = select(legend);
  root.selectAll('svg').remove();
  const svg = root.append('svg').attr('width', width).attr('height', 22).attr('aria-hidden', 'true');
  svg.append('text').attr('x', 0).attr('y', 11).attr('dy', '0.35em').text(first);
  svg
    .selectAll('rect')
    .data(Array.from({ length: steps }, (_, i) => (topValue * i) / (steps - 1)))
    .join('rect')
    .attr('class', 'swatch')
    .attr('data-value', (v) => v)
    .attr('x', (_v, i) => x0 + i * sw)
    .attr('y', 2)
    .attr('width', sw - 2)
    .attr('height', 18)
    .attr('fill-opacity', (v) => intensity(v));
  svg.append('text').attr('x', x0 + steps * sw + 6).attr('y', 11).attr('dy', '0.35em').text(last);
}

export function initHeatmap(figure: HTMLElement, table: HTMLTableElement): (visible: ReadonlySet<string> | null) => void {
  const container = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const details = figure.querySelector<HTMLElement>('.heat-details')!;
  const legend = figure.querySelector<HTMLElement>('.heat-legend');
  const data = readMatrixTable(table);
  let visible: ReadonlySet<string> | null = null;
  const measure = () => (figure.querySelector<HTMLInputElement>('input[name="heat-measure"]:checked')?.value === 'measures' ? 'measures' : 'chars');
  const redraw = () => drawHeatmap(container, details, data, measure(), visible, legend);
  figure.querySelectorAll('input[name="heat-measure"]').forEach((input) => input.addEventListener('change', redraw));
  redraw();
  redrawOnResize(container, redraw);
  return (v) => {
    visible = v;
    redraw();
  };
}
