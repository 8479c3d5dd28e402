/**
 * The literacy chart: per plan, the target share of citizens with scientific literacy (bar) and
 * the stated baseline (dot), read from the targets table, and the national outline's figures
 * (src/lib/national-outline.ts) as dashed reference lines. Plans that state neither are left out of
 * the drawing and named in text under it (MatrixPage.astro). The figure's caption and the table
 * (with its national-outline row) are the text alternative; the SVG also carries a one-line
 * summary as its accessible name.
 */
import { scriptMessages, type ScriptMessages } from '../lib/i18n/script-messages';
import { NATIONAL_LITERACY, literacyAxisTop } from '../lib/national-outline';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { isNarrow, redrawOnResize, textWidth } from './chart-text';

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

/** A reference line: a figure of the national outline. */
export interface ReferenceFigure {
  year: number;
  percent: number;
  comparator: string;
}

/** The chart's text alternative: each plan's target and baseline, then the national reference figures, in the catalogue's language. */
export function summary(rows: readonly LiteracyRow[], sm: ScriptMessages = scriptMessages(null), references: readonly ReferenceFigure[] = NATIONAL_LITERACY.figures): string {
  const plans = rows.map((r) =>
    sm.labelValue(r.label, `${r.target !== null ? sm.literacy(r.targetYear, r.comparator, r.target) : sm.targetAbsent}${r.baseline !== null ? `${sm.clauseSep}${sm.baselineIn(sm.literacy(r.baselineYear, null, r.baseline))}` : ''}`),
  );
  const national = references.length ? [sm.nationalIn(references.map((f) => sm.literacy(f.year, f.comparator, f.percent)).join(sm.clauseSep))] : [];
  return [...plans, ...national].join(sm.itemSep);
}

// A wide screen: label, bar and value on one line per plan. A phone: the label and the value on a
// line, the bar under it across the whole width. Either way drawn at the canvas's width in px (no
// viewBox scaling), so the text is the stylesheet's size (13 px, the axis 12 px) on any screen.
const ROW_H = 34;
const NARROW_ROW_H = 50;
const AXIS_H = 24;
/** Room above the rows for the reference lines' labels: two lines of them (staggered). */
const HEAD = 34;
/** The label lines' baselines within HEAD. */
const LABEL_Y = [12, 26];

/** Heights the canvas is given before the drawing (MatrixPage.astro). */
export function literacyHeights(rows: number): { wide: number; narrow: number } {
  return { wide: HEAD + 8 + rows * ROW_H + AXIS_H, narrow: HEAD + rows * NARROW_ROW_H + AXIS_H };
}

const valueText = (r: LiteracyRow, sm: ScriptMessages) =>
  [r.target !== null ? sm.literacy(r.targetYear, r.comparator, r.target) : null, r.baseline !== null ? sm.baselineIn(`${r.baseline}%`) : null].filter(Boolean).join(sm.clauseSep);

export function drawLiteracy(container: HTMLElement, all: readonly LiteracyRow[], visible: ReadonlySet<string> | null): void {
  const rows = all.filter((r) => (r.target !== null || r.baseline !== null) && (!visible || visible.has(r.slug)));
  const sm = scriptMessages(document.documentElement.lang);
  const narrow = isNarrow();
  const width = Math.max(container.clientWidth, 240);
  const { wide: wideHeight, narrow: narrowHeight } = literacyHeights(rows.length);
  const height = narrow ? narrowHeight : wideHeight;
  const references = NATIONAL_LITERACY.figures;
  const top = literacyAxisTop(rows.flatMap((r) => [r.target ?? 0, r.baseline ?? 0]), references);
  const left = narrow ? 8 : Math.min(Math.max(...rows.map((r) => textWidth(r.label)), 0) + 16, width / 4);
  const right = narrow ? 12 : Math.min(Math.max(...rows.map((r) => textWidth(valueText(r, sm))), 0) + 20, width / 2);
  const x = scaleLinear().domain([0, Math.max(10, top)]).nice().range([left, width - right]);
  const rowH = narrow ? NARROW_ROW_H : ROW_H;
  const y = scaleBand<string>().domain(rows.map((r) => r.slug)).range([HEAD, HEAD + rows.length * rowH]).paddingInner(0.3);
  // On a phone the bar is the lower part of its row; the text line sits above it.
  const barY = (r: LiteracyRow) => (narrow ? y(r.slug)! + 18 : y(r.slug)!);
  const barH = narrow ? Math.max(y.bandwidth() - 18, 8) : y.bandwidth();
  const root = select(container);
  root.selectAll('svg, .no-js').remove();
  container.style.height = `${height}px`;
  const svg = root
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', `${sm.literacyTitle}${rows.length ? summary(rows, sm) : `${sm.literacyNoneShown}${sm.itemSep}${summary([], sm)}`}`);
  const axis = svg.append('g').attr('class', 'axis').attr('aria-hidden', 'true');
  const ticks = x.ticks(narrow ? 4 : 5);
  axis
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (t) => x(t))
    .attr('x2', (t) => x(t))
    .attr('y1', 14)
    .attr('y2', height - 20);
  axis
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', (t) => x(t))
    .attr('y', height - 6)
    .attr('text-anchor', (_t, i) => (narrow && i === 0 ? 'start' : 'middle'))
    .text((t) => `${t}%`);
  // Reference lines, their labels above the rows: each label ends just left of its
  // line, every other one a line lower, so that neighbours never collide (even on a phone).
  const ref = svg.append('g').attr('class', 'reference').attr('aria-hidden', 'true').selectAll('g').data(references).join('g');
  ref
    .append('line')
    .attr('x1', (f) => x(f.percent))
    .attr('x2', (f) => x(f.percent))
    .attr('y1', (_f, i) => LABEL_Y[i % 2]! - 10)
    .attr('y2', height - 20);
  ref
    .append('text')
    .attr('x', (f) => x(f.percent) - 4)
    .attr('y', (_f, i) => LABEL_Y[i % 2]!)
    .attr('text-anchor', 'end')
    .text((f) => sm.referenceLabel(f.year, f.percent));
  const g = svg.append('g').attr('aria-hidden', 'true').selectAll('g').data(rows).join('g');
  const label = g
    .append('text')
    .attr('class', 'row-label')
    .attr('x', narrow ? left : left - 8)
    .attr('y', (r) => (narrow ? y(r.slug)! + 6 : y(r.slug)! + y.bandwidth() / 2))
    .attr('dy', '0.35em')
    .attr('text-anchor', narrow ? 'start' : 'end');
  if (narrow) {
    label.append('tspan').attr('font-weight', 700).text((r) => r.label);
    label.append('tspan').attr('dx', '0.6em').attr('class', 'value').text((r) => valueText(r, sm));
  } else label.text((r) => r.label);
  g.filter((r) => r.target !== null)
    .append('rect')
    .attr('class', 'bar')
    .attr('x', x(0))
    .attr('y', barY)
    .attr('height', barH)
    .attr('width', (r) => x(r.target!) - x(0));
  g.filter((r) => r.baseline !== null)
    .append('circle')
    .attr('class', 'baseline')
    .attr('cx', (r) => x(r.baseline!))
    .attr('cy', (r) => barY(r) + barH / 2)
    .attr('r', 6);
  if (!narrow)
    g.append('text')
      .attr('class', 'value')
      .attr('x', (r) => x(Math.max(r.target ?? 0, r.baseline ?? 0)) + 10)
      .attr('y', (r) => y(r.slug)! + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .text((r) => valueText(r, sm));
  // The reference lines over the bars, so that a bar past a national figure still shows it; the
  // rows' text over both (moved to a group of its own: its positions are absolute, no transform).
  svg.select('g.reference').raise();
  const texts = svg.append('g').attr('aria-hidden', 'true').node()!;
  svg.selectAll<SVGTextElement, unknown>('g > text.row-label, g > text.value').each(function () {
    texts.appendChild(this);
  });
}

export function initLiteracy(figure: HTMLElement, table: HTMLTableElement): (visible: ReadonlySet<string> | null) => void {
  const container = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const rows = readTargetsTable(table);
  let visible: ReadonlySet<string> | null = null;
  drawLiteracy(container, rows, visible);
  redrawOnResize(container, () => drawLiteracy(container, rows, visible));
  return (v) => {
    visible = v;
    drawLiteracy(container, rows, v);
  };
}
