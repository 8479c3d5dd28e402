/**
 * The heat map above the group matrix, drawn from the table itself (the table is the data and the
 * text alternative). Cells are links: hover or focus shows the details, click or Enter opens the
 * section. Keyboard: one tab stop for the grid; arrow keys, Home and End move between cells.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';

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

const CELL_W = 72;
const CELL_H = 40;
const LEFT = 132;
const TOP = 30;

export function drawHeatmap(container: HTMLElement, details: HTMLElement, data: HeatData, measure: HeatMeasure, visible: ReadonlySet<string> | null): void {
  const cols = data.cols.filter((c) => !visible || visible.has(c.slug));
  const cells = data.cells.filter((c) => !visible || visible.has(c.col));
  const width = LEFT + cols.length * CELL_W + 4;
  const height = TOP + data.rows.length * CELL_H + 4;
  const x = scaleBand<string>().domain(cols.map((c) => c.slug)).range([LEFT, LEFT + cols.length * CELL_W]).paddingInner(0.08);
  const y = scaleBand<string>().domain(data.rows.map((r) => r.key)).range([TOP, TOP + data.rows.length * CELL_H]).paddingInner(0.1);
  const top = max(cells, (c) => (c.present ? c[measure] : 0)) ?? 0;
  const intensity = scaleLinear().domain([0, top || 1]).range([0.12, 1]).clamp(true);

  const root = select(container);
  root.selectAll('svg, .no-js').remove();
  const svg = root
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-labelledby', 'heatmap-caption');

  svg
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data(cols)
    .join('text')
    .attr('class', 'col-label')
    .attr('x', (c) => x(c.slug)! + x.bandwidth() / 2)
    .attr('y', TOP - 10)
    .attr('text-anchor', 'middle')
    .text((c) => c.label);
  svg
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data(data.rows)
    .join('text')
    .attr('class', 'row-label')
    .attr('x', LEFT - 8)
    .attr('y', (r) => y(r.key)! + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((r) => r.label);

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
    .attr('x', (c) => x(c.col)!)
    .attr('y', (c) => y(c.row)!)
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('rx', 3)
    .attr('fill-opacity', (c) => (c.present ? intensity(c[measure]) : 0));
  nodes
    .append('text')
    .attr('x', (c) => x(c.col)! + x.bandwidth() / 2)
    .attr('y', (c) => y(c.row)! + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('class', (c) => (c.present && intensity(c[measure]) > 0.55 ? 'on-dark' : null))
    .attr('aria-hidden', 'true')
    .text((c) => (c.present ? String(c[measure]) : '—'));

  const elements = nodes.nodes();
  if (elements[0]) elements[0].setAttribute('tabindex', '0');
  const show = (c: HeatCell) => {
    details.textContent = c.label;
  };
  nodes
    .on('mouseenter', (_event, c) => show(c))
    .on('focus', (event: FocusEvent, c) => {
      for (const el of elements) el.setAttribute('tabindex', el === event.currentTarget ? '0' : '-1');
      show(c);
    })
    .on('keydown', (event: KeyboardEvent, c) => {
      const i = elements.indexOf(event.currentTarget as SVGElement);
      const n = cols.length;
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

export function initHeatmap(figure: HTMLElement, table: HTMLTableElement): (visible: ReadonlySet<string> | null) => void {
  const container = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const details = figure.querySelector<HTMLElement>('.heat-details')!;
  const data = readMatrixTable(table);
  let visible: ReadonlySet<string> | null = null;
  const measure = () => (figure.querySelector<HTMLInputElement>('input[name="heat-measure"]:checked')?.value === 'measures' ? 'measures' : 'chars');
  const redraw = () => drawHeatmap(container, details, data, measure(), visible);
  figure.querySelectorAll('input[name="heat-measure"]').forEach((input) => input.addEventListener('change', redraw));
  redraw();
  return (v) => {
    visible = v;
    redraw();
  };
}
