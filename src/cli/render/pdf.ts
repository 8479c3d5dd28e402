/**
 * A plan's text → a GB/T 9704-style PDF (党政机关公文格式), printed by Chromium (playwright-core):
 * A4, 版心 156 × 225 mm (22 lines of 28 characters), a 3号 serif body (Noto Serif CJK SC standing in
 * for 仿宋), the red 发文机关标志 and 发文字号 over a red rule, the titles in 2号 bold, paragraphs
 * indented 2 characters, page numbers `— N —` at the foot, an annex's TAB rows as a ruled table, and
 * a 版记 (抄送, 印发机关 and 印发日期 between rules) built from the notice's signer and date.
 *
 * Page numbers come from Chromium's footerTemplate (displayHeaderFooter): Chromium does not print
 * CSS @page margin boxes. Determinism: Chromium writes the print time as /CreationDate and /ModDate;
 * they are overwritten with a fixed date of the same length (so every xref offset stays right).
 * Rendering the same text twice gives the same bytes (tests/unit/formats-pdf.test.ts checks it where
 * Chromium is installed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { Renderer, RenderablePlan } from './types';
import { pdfPageNumber } from '../../lib/importer/rules/text/pdf-page-number';
import { documentNumberLine } from '../../lib/importer/rules/meta/document-number';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Promise<Browser> | null = null;
/** One headless Chromium for every rendering of a run; `closeRenderer` ends it. */
function launch(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return browser;
}
export async function closeRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 版心 156 × 225 mm on A4: margins top 37, bottom 35, left 28, right 26 mm (GB/T 9704 §5.2.1). */
const MARGIN = { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' };
/** 28 characters to a 156 mm line, 22 lines to 225 mm. */
const CHAR_MM = 156 / 28;
const LINE_MM = 225 / 22;

const STYLE = `
@page { size: A4; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans SC', 'Noto Serif CJK SC', sans-serif; font-size: ${CHAR_MM}mm; line-height: ${LINE_MM}mm; color: #000; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.plain { text-indent: 0; }
p.right { text-align: right; text-indent: 0; padding-right: 4em; }
.mark { color: #d00; font-size: 20mm; line-height: 26mm; text-align: center; letter-spacing: 0.05em; margin: 8mm 0 10mm; }
.number { color: #000; text-align: center; text-indent: 0; margin-bottom: 4mm; }
hr.red { border: 0; border-top: 0.6mm solid #d00; margin: 0 0 ${LINE_MM}mm; }
.title { font-size: 22pt; line-height: 1.5; text-align: center; text-indent: 0; }
.title + p:not(.title) { margin-top: ${LINE_MM}mm; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.5; margin: 4mm 0; page-break-inside: auto; }
th, td { border: 0.3mm solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
tr { page-break-inside: avoid; }
.colophon { margin-top: ${2 * LINE_MM}mm; font-size: 14pt; line-height: 1.6; page-break-inside: avoid; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }
.colophon div { padding: 1mm 1em; }
.colophon .print { display: flex; justify-content: space-between; border-top: 0.25mm solid #000; }
`;

/**
 * The body font: @fontsource/noto-sans-sc (a dependency of the site), loaded by unicode-range subsets.
 * Its TrueType outlines are embedded as CID fonts; the system's Noto CJK .ttc files (CFF outlines)
 * are printed by Chromium as Type 3 fonts of glyph drawings, four times the size.
 */
const FONT_CSS = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')), '400.css')).href;

const FOOTER = `<div style="width:100%;text-align:center;font-size:14pt;font-family:'Noto Serif CJK SC',serif;">— <span class="pageNumber"></span> —</div>`;

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const SIGNER = /(?:人民政府|政府办公室|人民政府办公室|办公厅|委员会|领导小组|办公室|科学技术协会|科协)$/;
const HEADING1 = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;
const PLAN_TITLE = /(?:实施方案|行动方案|工作方案|规划纲要|行动计划|实施计划|方案)(?:[（(]\s*\d{4}\s*[—–\-－~至]+\s*\d{4}\s*年?\s*[)）])?$/;
const PERIOD_LINE = /^[（(]\s*\d{4}\s*[—–\-－~至]+\s*\d{4}\s*年?\s*[)）]$/;

/** The HTML of a plan's text in the 公文 layout. Exported for tests and the benchmark. */
export function planHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''));
  const body: string[] = [];
  let signer: string | null = null;
  let signed: string | null = null;
  let i = 0;
  const nonEmpty = lines.filter(Boolean);
  // The 版头: a 发文机关标志 (…文件) among the first lines, the 发文字号 under it.
  const firstLines = nonEmpty.slice(0, 3);
  const markIndex = firstLines.findIndex((l) => /文件$/.test(l) && l.length <= 24);
  const salutation = lines.findIndex((l) => /[：:]$/.test(l) && l.length <= 60 && !/^[\u4e00-\u9fff]{2,6}\s*[：:]$/.test(l));
  let inTable = false;
  for (i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l || pdfPageNumber.apply(l)) continue;
    if (markIndex >= 0 && l === firstLines[markIndex] && body.length === 0) {
      // One line: 20 mm characters, smaller for a long name (the 版心 is 156 mm wide).
      body.push(`<div class="mark" style="font-size:${Math.min(20, 150 / l.length).toFixed(1)}mm">${escape(l)}</div>`);
      continue;
    }
    if (i < (salutation >= 0 ? salutation : 10) && documentNumberLine.apply(l)) {
      body.push(`<p class="number">${escape(l)}</p><hr class="red">`);
      continue;
    }
    // TAB rows, and the short lines between them (section rows), as one ruled table.
    if (l.includes('\t')) {
      const rows: string[] = [];
      let j = i;
      let width = 0;
      for (; j < lines.length; j++) {
        const r = lines[j]!;
        if (!r) continue;
        if (r.includes('\t')) width = Math.max(width, r.split('\t').length);
        else if (!(r.length <= 40 && lines.slice(j + 1, j + 4).some((n) => n.includes('\t')))) break;
        rows.push(r);
      }
      const [head, ...rest] = rows;
      const cells = (r: string, tag: string) => {
        const c = r.split('\t');
        while (c.length < width) c.push('');
        return c.map((x) => `<${tag}>${escape(x.trim())}</${tag}>`).join('');
      };
      body.push(
        `<table><thead><tr>${cells(head!, 'th')}</tr></thead><tbody>${rest
          .map((r) => (r.includes('\t') ? `<tr>${cells(r, 'td')}</tr>` : `<tr><td class="span" colspan="${width}">${escape(r)}</td></tr>`))
          .join('')}</tbody></table>`,
      );
      i = j - 1;
      inTable = true;
      continue;
    }
    inTable = false;
    // The notice's signature: an issuing body alone on its line, its date on the next.
    const next = lines.slice(i + 1).find(Boolean) ?? '';
    if (SIGNER.test(l) && l.length <= 30 && DATE_LINE.test(next) && !signer) {
      signer = l;
      signed = next;
      body.push(`<p class="right">${escape(l)}</p><p class="right">${escape(next)}</p>`);
      i = lines.indexOf(next, i + 1);
      continue;
    }
    if (DATE_LINE.test(l)) {
      body.push(`<p class="right">${escape(l)}</p>`);
      continue;
    }
    const isTitle =
      (salutation >= 0 && i < salutation && /(?:关于|通知|印发)/.test(l) && !/[。；]/.test(l)) ||
      (l.length <= 40 && PLAN_TITLE.test(l) && !/[。；，：]/.test(l) && !HEADING1.test(l)) ||
      (PERIOD_LINE.test(l) && body.at(-1)?.includes('class="title"'));
    if (isTitle) {
      body.push(`<p class="title">${escape(l)}</p>`);
      continue;
    }
    body.push(`<p${HEADING1.test(l) ? ' class="heading1"' : ''}>${escape(l)}</p>`);
  }
  void inTable;
  // A text that prints its own 版记 (抄送, …印发) keeps it; else one is made from the signature.
  if (signer && signed && !lines.some((l) => /^抄\s*送\s*[:：]|\d{1,2}日印发$/.test(l))) {
    const region = signer.replace(/(?:人民政府|政府|委员会|办公室|办公厅).*$/, '');
    const printer = /人民政府$/.test(signer) ? `${signer}办公室` : signer;
    body.push(
      `<div class="colophon"><div>抄送：${escape(region)}委各部门，${escape(region)}人大常委会办公室，${escape(region)}政协办公室。</div>` +
        `<div class="print"><span>${escape(printer)}</span><span>${escape(signed.replace(/\s+/g, ''))}印发</span></div></div>`,
    );
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="${FONT_CSS}"><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}

/** Chromium's print time, written as (D:YYYYMMDDHHmmSS+HH'mm'), overwritten with a fixed one of the same length. */
export function fixedDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (m) => m.replace(/D:\d{14}/, 'D:20000101000000')), 'latin1'));
}

/** Prints an HTML page to PDF with the 公文 page setup. */
export async function printHtml(html: string, options: { footer?: boolean } = {}): Promise<Uint8Array> {
  const b = await launch();
  const context = await b.newContext();
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    const page = await context.newPage();
    // A file: page, so that the font stylesheet's file: URLs load (an about:blank page may not read them).
    writeFileSync(join(dir, 'page.html'), html);
    await page.goto(pathToFileURL(join(dir, 'page.html')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: 'A4',
      margin: MARGIN,
      printBackground: true,
      displayHeaderFooter: options.footer ?? true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    return fixedDates(new Uint8Array(pdf));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const render: Renderer = async (plan: RenderablePlan) => printHtml(planHtml(plan.text));

/**
 * A scan: a page that is one canvas (text drawn as pixels), printed as a PDF without a text layer.
 * The reader must refuse it (formats/pdf-no-text).
 */
export async function renderScan(lines: readonly string[]): Promise<Uint8Array> {
  const html = `<!doctype html><html><body style="margin:0"><canvas id="c" width="420" height="594" style="width:150mm;height:212mm"></canvas><script>
const c = document.getElementById('c').getContext('2d');
c.fillStyle = '#f4f1ea'; c.fillRect(0, 0, 420, 594); c.fillStyle = '#222'; c.font = '16px serif';
${JSON.stringify(lines)}.forEach((t, i) => c.fillText(t, 30, 60 + i * 28));
</script></body></html>`;
  return printHtml(html, { footer: false });
}
