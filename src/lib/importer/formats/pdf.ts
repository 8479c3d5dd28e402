/**
 * The PDF reader: a PDF as obtained → the derived text (formats/types.ts), with Mozilla's PDF.js
 * (pdfjs-dist, its legacy build for Node). pdf.js gives each page's text as positioned runs; the
 * layout the importer reads is rebuilt from their positions by the rules of rules/formats/pdf.ts:
 *
 *   runs → lines (baselines within a tolerance, sorted by x; formats/pdf-baseline, pdf-join,
 *   pdf-letter-spaced) → page numbers dropped (formats/pdf-page-number) → the 版记 read as header
 *   lines placed first (formats/pdf-colophon) → tables rebuilt as TAB rows (formats/pdf-table) →
 *   paragraphs from indentation and line ends (formats/pdf-paragraph), one per line.
 *
 * The 版头 (发文机关标志 `某县人民政府办公室文件`, 发文字号 `某政办发〔2022〕15号`) are kept as the
 * lines they are: the importer reads a bare 发文字号 line under the notice as in `.txt` sources.
 *
 * Considered: pdf2json and unpdf (wrappers of the same pdf.js, no layout of their own), pdftotext
 * -layout (a binary, and its space-padded columns lose a cell's wrapped lines). No library rebuilds
 * GB/T 9704 paragraphs, so that part is written out, each threshold named by its rule.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DerivedSource, FormatMessage, FormatReader } from './types';
import {
  CJK_CHAR,
  columnOf,
  COLUMN_TOLERANCE_EM,
  lineText,
  pdfBaseline,
  pdfColophon,
  pdfJoin,
  pdfLetterSpaced,
  pdfNoText,
  pdfPageNumberLine,
  pdfParagraph,
  pdfRadicals,
  pdfTable,
  pdfUnreadable,
  TABLE_MIN_COLUMNS,
  type PdfItem,
  type PdfSegment,
  type TableLine,
} from '../rules/formats/pdf';

/** A line of a page after joining its runs. */
interface PageLine extends TableLine {
  page: number;
  x0: number;
  x1: number;
  text: string;
}

/** Where pdfjs-dist's character maps and standard fonts are (CID CJK fonts need the cmaps). */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdf.js' Node loader reads these with fs from a path (a file: URL is also accepted by 5.x); trailing slash required.
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | null = null;
/** Loaded once, lazily: the importer reads PDFs rarely and the module is large. */
function loadPdfjs(): Promise<PdfJs> {
  // pdf.js 5 in Node runs its worker code in the main thread (a "fake worker") when no worker is
  // configured; workerSrc points at the bundled worker module so that it is found from any cwd.
  // The minified builds (same code, no types of their own): under tsx, which transforms every module
  // it loads, the unminified pair costs ~130 MB more peak memory (measured by `npm run bench:import`).
  const build = 'pdfjs-dist/legacy/build/pdf.min.mjs';
  pdfjsModule ??= (import(build) as Promise<PdfJs>).then((m) => {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    m.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, 'legacy/build/pdf.worker.min.mjs')).href;
    return m;
  });
  return pdfjsModule;
}

const mode = (values: number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

const joinText = (a: string, b: string) => (a && b && !(CJK_CHAR.test(a.at(-1)!) || CJK_CHAR.test(b[0]!)) ? `${a} ${b}` : a + b);

export const readPdf: FormatReader = async (bytes, file) => {
  const messages: FormatMessage[] = [];
  const result = (text: string, refused: DerivedSource['refused']): DerivedSource => ({ format: 'pdf', text, url: null, attachments: [], messages, refused });
  const pdfjs = await loadPdfjs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy (a plain Uint8Array: it refuses a Node Buffer).
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfjsAssets(), cMapPacked: true, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    const reason = pdfUnreadable.apply({ name: err.name ?? 'Error', message: err.message ?? String(e) })!;
    return result('', { ruleId: pdfUnreadable.id, reason: `${file}: ${reason}` });
  }

  const lines: PageLine[] = [];
  // Text items not set horizontally (a rotated page, vertical text, a stamp), per page: not read, and said.
  const skewed: { page: number; items: number; rotate: number }[] = [];
  let images = 0;
  let pageNumbers = 0;
  let radicals = 0;
  let spaced = 0;
  try {
    const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject, pdfjs.OPS.paintImageXObjectRepeat]);
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const pageHeight = page.view[3]! - page.view[1]!;
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        // Horizontal text only (a rotated stamp or margin note is not the plan's text).
        if (Math.abs(it.transform[1]) > 1e-6 || Math.abs(it.transform[2]) > 1e-6) {
          const last = skewed.at(-1);
          if (last?.page === p) last.items++;
          else skewed.push({ page: p, items: 1, rotate: page.rotate });
          continue;
        }
        const fixed = pdfRadicals.apply(it.str);
        if (fixed !== null) radicals++;
        items.push({ text: fixed ?? it.str, x: it.transform[4], y: it.transform[5], width: it.width, size: Math.abs(it.transform[3]) || it.height });
      }
      const linesBefore = lines.length;
      // Lines: items by baseline (top of the page first), each line's items by x.
      items.sort((a, b) => b.y - a.y || a.x - b.x);
      const groups: PdfItem[][] = [];
      for (const item of items) {
        const g = groups.at(-1);
        if (g && pdfBaseline.apply({ a: g[0]!, b: item })) g.push(item);
        else groups.push([item]);
      }
      for (const g of groups) {
        g.sort((a, b) => a.x - b.x);
        let segments = pdfJoin.apply(g);
        if (!segments) continue;
        const letters = pdfLetterSpaced.apply(segments);
        if (letters) {
          segments = [letters];
          spaced++;
        }
        const y = g[0]!.y;
        const text = lineText(segments, mode(g.map((i) => i.size)));
        if (pdfPageNumberLine.apply({ text, y: y - page.view[1]!, pageHeight })) {
          pageNumbers++;
          continue;
        }
        const size = mode(g.map((i) => Math.round(i.size * 2) / 2));
        lines.push({ page: p, y, size, segments, x0: segments[0]!.x0, x1: segments.at(-1)!.x1, text });
      }
      // A page without a line of text (none, or only its page number: scanning tools number pages in a
      // text layer): its images say whether it is a scan.
      if (lines.length === linesBefore) {
        const ops = await page.getOperatorList();
        images += ops.fnArray.filter((f) => imageOps.has(f)).length;
      }
      page.cleanup();
    }
  } catch (e) {
    const err = e as { name?: string; message?: string };
    return result('', { ruleId: pdfUnreadable.id, reason: `${file}: ${pdfUnreadable.apply({ name: err.name ?? 'Error', message: err.message ?? String(e) })}` });
  } finally {
    await doc.destroy();
  }

  for (const k of skewed) {
    messages.push({ ruleId: pdfBaseline.id, severity: 'warning', reason: `page ${k.page}${k.rotate ? ` (rotated ${k.rotate}°)` : ''}: ${k.items} text item(s) not set horizontally were not read (vertical text, a stamp, or a rotated page such as a landscape annex table) — check that page against the original` });
  }
  // Text is what remains after page numbers: a scan whose only text is its page numbers is a scan.
  const noText = pdfNoText.apply({ pages: lines.length ? 0 : doc.numPages, textItems: lines.length, images });
  if (noText) return result('', { ruleId: pdfNoText.id, reason: `${file}: ${noText}` });

  // The body's margins and size: the commonest size (by characters), the leftmost and rightmost
  // edges that at least three lines of that size share (a stray wide line does not move them).
  const em = mode(lines.flatMap((l) => Array<number>([...l.text].length).fill(l.size)));
  const body = lines.filter((l) => Math.abs(l.size - em) < 0.1 * em && l.segments.length === 1);
  const shared = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values.map(Math.round)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= 3).map(([v]) => v);
  };
  const lefts = shared(body.map((l) => l.x0));
  const rights = shared(body.map((l) => l.x1));
  const left = lefts.length ? Math.min(...lefts) : Math.min(...lines.map((l) => l.x0));
  const right = rights.length ? Math.max(...rights) : Math.max(...lines.map((l) => l.x1));

  // The 版记, on the last page: 抄送 (its wrapped lines) and the print line, read as header lines.
  const header: string[] = [];
  const lastPage = lines.at(-1)!.page;
  const taken = new Set<number>();
  for (let i = lines.length - 1; i >= 0 && lines[i]!.page === lastPage; i--) {
    const read = pdfColophon.apply(lines[i]!.segments);
    if (!read) continue;
    if (read[0]!.startsWith('抄送：')) {
      // Lines between 抄送 and the print line (or the page's end) are its continuation.
      let text = read[0]!;
      for (let j = i + 1; j < lines.length && !taken.has(j); j++) {
        text = joinText(text, lines[j]!.text);
        taken.add(j);
      }
      header.unshift(text);
    } else header.push(...read);
    taken.add(i);
  }
  const kept = lines.filter((_, i) => !taken.has(i));

  // Blocks: tables (TAB rows) and lines (joined into paragraphs).
  const out: string[] = [...header];
  const tableNotes: string[] = [];
  // The paragraph being read (an object, so that the closure's writes are seen by the loop's type checks).
  const open: { para: PageLine | null } = { para: null };
  const flushPara = () => {
    if (open.para) out.push(open.para.text);
    open.para = null;
  };
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    if (line.segments.length >= TABLE_MIN_COLUMNS) {
      const { run: tableLines, end } = tableRun(kept, i);
      const rows = pdfTable.apply(tableLines);
      if (rows) {
        flushPara();
        tableNotes.push(`第 ${out.length + 1} 行起：${rows.length} 行表格（${line.segments.length} 列）由文字位置重建`);
        out.push(...rows);
        i = end - 1;
        continue;
      }
    }
    const current = open.para;
    if (current && pdfParagraph.apply({ prev: current, next: line, left, right })) {
      open.para = { ...current, text: joinText(current.text, line.text), x1: line.x1 };
    } else {
      flushPara();
      open.para = { ...line };
      // A paragraph's first line sets x0 (its indent); the last line's x1 decides the next join.
    }
  }
  flushPara();

  if (pageNumbers) messages.push({ ruleId: pdfPageNumberLine.id, severity: 'info', reason: `${pageNumbers} 个页码行已去除` });
  if (radicals) messages.push({ ruleId: pdfRadicals.id, severity: 'info', reason: `${radicals} 段文字中的部首字符已按统一汉字读出（PDF 字体的 ToUnicode 映射）` });
  if (spaced) messages.push({ ruleId: pdfLetterSpaced.id, severity: 'info', reason: `${spaced} 个字距加宽的行已合并` });
  if (header.length) messages.push({ ruleId: pdfColophon.id, severity: 'info', reason: `版记读作文首的标签行：${header.join('；')}`, line: 1 });
  for (const note of tableNotes) messages.push({ ruleId: pdfTable.id, severity: 'info', reason: note, line: Number(/第 (\d+) 行/.exec(note)![1]) });
  return result(out.join('\n') + '\n', null);
};

/**
 * The lines of a table starting at `start` (its header): rows whose segments start in the header's
 * columns, a cell's wrapped lines (one segment in a column), and section rows (one segment from
 * the first column across the next) when a row of the table follows them. A header repeated at the
 * top of a page is left out.
 */
function tableRun(lines: readonly PageLine[], start: number): { run: PageLine[]; end: number } {
  const head = lines[start]!;
  const em = head.size;
  const starts = head.segments.map((s) => s.x0);
  const headText = head.segments.map((s) => s.text).join('\t');
  // Every segment starts at a column's start (cells are set from their column's left edge): a line
  // of prose split at a wide space does not line up with the header.
  const inColumns = (l: PageLine) => l.segments.every((s) => starts.some((x) => Math.abs(s.x0 - x) <= COLUMN_TOLERANCE_EM * em)) && l.segments.length <= starts.length;
  const isRow = (l: PageLine | undefined) => !!l && inColumns(l) && l.segments.length >= 2;
  const run: PageLine[] = [head];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    const prev = lines[j - 1]!;
    const samePage = l.page === prev.page;
    // A table's lines are close: at most 3 lines of its text apart on a page.
    if (samePage && prev.y - l.y > 3 * 1.5 * em) break;
    if (!inColumns(l)) break;
    if (l.segments.length === 1) {
      const col = columnOf(l.x0, starts, em);
      const next = lines[j + 1];
      // One segment: a wrapped cell line (second column on) on the same page, or a section row before another row.
      if (!(samePage && col >= 1) && !isRow(next)) break;
    } else if (!samePage && l.segments.length < 2) break;
    if (l.segments.map((s) => s.text).join('\t') === headText) continue;
    run.push(l);
  }
  return { run, end: j };
}

export type { PdfSegment };
