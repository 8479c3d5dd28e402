/**
 * The literacy chart: per plan, the target share of citizens with scientific literacy (bar) and
 * the stated baseline (dot), read from the targets table. Plans that state neither are left out
 * (the table says 未载明). The figure's caption and the table are the text alternative; the SVG
 * also carries a one-line summary as its accessible name.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';

export interface LiteracyRow {
  slug: string;
  label: string;
  target: number | null;
  targetYear: number | null;
  comparator: string;
  baseline: number | null;
  baselineYear: number | null;
}

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

export function readTargetsTable(table: HTMLTableElement): LiteracyRow[] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-col]')].map((tr) => ({
    slug: tr.dataset.col!,
    label: tr.dataset.label ?? tr.dataset.col!,
    target: num(tr.dataset.target),
    targetYear: num(tr.dataset.targetYear),
    comparator: tr.dataset.comparator ?? '',
    baseline: num(tr.dataset.baseline),
    baselineYear: num(tr.dataset.baselineYear),
  }));
}

export function summary(rows: readonly LiteracyRow[]): string {
  return rows
    .map((r) => `${r.label}：${r.target !== null ? `${r.targetYear}年${r.comparator}${r.target}%` : '目标未载明'}${r.baseline !== null ? `，基线${r.baselineYear}年${r.baseline}%` : ''}`)
    .join('；');
}

const ROW_H = 34;
const LEFT = 96;
const RIGHT = 250;
const WIDTH = 760;

export function drawLiteracy(container: HTMLElement, all: readonly LiteracyRow[], visible: ReadonlySet<string> | null): void {
  const rows = all.filter((r) => (r.target !== null || r.baseline !== null) && (!visible || visible.has(r.slug)));
  const height = 28 + rows.length * ROW_H + 24;
  const top = max(rows, (r) => Math.max(r.target ?? 0, r.baseline ?? 0)) ?? 0;
  const x = scaleLinear().domain([0, Math.max(10, top)]).nice().range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand<string>().domain(rows.map((r) => r.slug)).range([20, 20 + rows.length * ROW_H]).paddingInner(0.3);
  const root = select(container);
  root.selectAll('svg, .no-js').remove();
  const svg = root
    .append('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${height}`)
    .attr('width', '100%')
    .attr('role', 'img')
    .attr('aria-label', `公民具备科学素质的比例：${summary(rows) || '所选方案均未载明'}`);
  const axis = svg.append('g').attr('class', 'axis').attr('aria-hidden', 'true');
  axis
    .selectAll('line')
    .data(x.ticks(5))
    .join('line')
    .attr('x1', (t) => x(t))
    .attr('x2', (t) => x(t))
    .attr('y1', 14)
    .attr('y2', height - 20);
  axis
    .selectAll('text')
    .data(x.ticks(5))
    .join('text')
    .attr('x', (t) => x(t))
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text((t) => `${t}%`);
  const g = svg.append('g').attr('aria-hidden', 'true').selectAll('g').data(rows).join('g');
  g.append('text')
    .attr('class', 'row-label')
    .attr('x', LEFT - 8)
    .attr('y', (r) => y(r.slug)! + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((r) => r.label);
  g.filter((r) => r.target !== null)
    .append('rect')
    .attr('class', 'bar')
    .attr('x', x(0))
    .attr('y', (r) => y(r.slug)!)
    .attr('height', y.bandwidth())
    .attr('width', (r) => x(r.target!) - x(0));
  g.filter((r) => r.baseline !== null)
    .append('circle')
    .attr('class', 'baseline')
    .attr('cx', (r) => x(r.baseline!))
    .attr('cy', (r) => y(r.slug)! + y.bandwidth() / 2)
    .attr('r', 6);
  g.append('text')
    .attr('class', 'value')
    .attr('x', (r) => x(Math.max(r.target ?? 0, r.baseline ?? 0)) + 10)
    .attr('y', (r) => y(r.slug)! + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((r) => [r.target !== null ? `${r.targetYear}年${r.comparator}${r.target}%` : null, r.baseline !== null ? `基线${r.baseline}%` : null].filter(Boolean).join('，'));
}

export function initLiteracy(figure: HTMLElement, table: HTMLTableElement): (visible: ReadonlySet<string> | null) => void {
  const container = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const rows = readTargetsTable(table);
  drawLiteracy(container, rows, null);
  return (v) => drawLiteracy(container, rows, v);
}
