import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/lib/importer/formats/pdf';
import {
  FIELD_GAP_EM,
  pdfColophon,
  pdfJoin,
  pdfLetterSpaced,
  pdfPageNumberLine,
  pdfParagraph,
  pdfTable,
  RIGHT_MARGIN_EM,
} from '../../src/lib/importer/rules/formats/pdf';

const FIXTURES = 'tests/fixtures/formats/pdf';
const read = (file: string) => readPdf(new Uint8Array(readFileSync(file)), file);

describe('PDF layout rules at their thresholds', () => {
  const item = (text: string, x: number, width: number, size = 16) => ({ text, x, y: 700, width, size });
  it('a gap of FIELD_GAP_EM separates segments, just under it joins CJK with no space', () => {
    expect(pdfJoin.apply([item('一', 100, 16), item('二', 116 + FIELD_GAP_EM * 16 + 0.01, 16)])).toHaveLength(2);
    expect(pdfJoin.apply([item('一', 100, 16), item('二', 116 + FIELD_GAP_EM * 16 - 0.01, 16)])).toHaveLength(1);
  });
  it('a letter-spaced title is joined; uneven one-character cells are not', () => {
    const seg = (text: string, x0: number) => ({ text, x0, x1: x0 + 22 });
    expect(pdfLetterSpaced.apply([seg('实', 100), seg('施', 166), seg('方', 232), seg('案', 298)])?.text).toBe('实施方案');
    expect(pdfLetterSpaced.apply([seg('是', 100), seg('否', 166), seg('无', 400)])).toBeNull();
  });
  it('a line continues at RIGHT_MARGIN_EM from the margin, not past it; never into an indented line', () => {
    const next = { text: '续行', x0: 100, x1: 300, size: 16 };
    const prev = (x1: number) => ({ text: '前行', x0: 100, x1, size: 16 });
    expect(pdfParagraph.apply({ prev: prev(500 - RIGHT_MARGIN_EM * 16), next, left: 100, right: 500 })).toBe(true);
    expect(pdfParagraph.apply({ prev: prev(500 - RIGHT_MARGIN_EM * 16 - 0.1), next, left: 100, right: 500 })).toBeNull();
    expect(pdfParagraph.apply({ prev: prev(500), next: { ...next, x0: 132 }, left: 100, right: 500 })).toBeNull();
  });
  it('page numbers only in the top and bottom bands', () => {
    expect(pdfPageNumberLine.apply({ text: '— 1 —', y: 30, pageHeight: 842 })).toEqual({ page: 1 });
    expect(pdfPageNumberLine.apply({ text: '— 1 —', y: 400, pageHeight: 842 })).toBeNull();
  });
  it('the 版记 as header lines', () => {
    expect(pdfColophon.apply([{ text: '某县人民政府办公室', x0: 90, x1: 230 }, { text: '2022年5月6日印发', x0: 400, x1: 500 }])).toEqual(['印发机关：某县人民政府办公室', '印发日期：2022年5月6日']);
  });
  it('a table with a wrapped cell', () => {
    expect(pdfTable.apply(pdfTable.examples[0]!.input)).toEqual(pdfTable.examples[0]!.output);
  });
});

describe('readPdf', () => {
  it('refuses a scan (an image, no text layer), saying it needs OCR', async () => {
    const d = await read('tests/fixtures/formats/samples/scan.pdf');
    expect(d.refused?.ruleId).toBe('formats/pdf-no-text');
    expect(d.refused?.reason).toMatch(/OCR/);
    expect(d.text).toBe('');
  });
  it('refuses damaged bytes with what pdf.js said', async () => {
    const d = await readPdf(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), 'broken.pdf');
    expect(d.refused?.ruleId).toBe('formats/pdf-unreadable');
    expect(d.refused?.reason).toMatch(/pdf\.js/);
  });
  const baisha = join(FIXTURES, 'baisha-2022-2025.pdf');
  it.skipIf(!existsSync(baisha))('drops page numbers (counted), puts the 版记 first as header lines, keeps the 版头 lines', async () => {
    const d = await read(baisha);
    expect(d.refused).toBeNull();
    const lines = d.text.split('\n');
    expect(lines.some((l) => /^[—-]\s*\d+\s*[—-]$/.test(l))).toBe(false);
    expect(d.messages.find((m) => m.ruleId === 'formats/pdf-page-number')?.reason).toMatch(/^\d+ 个页码行/);
    expect(lines.slice(0, 3).map((l) => l.split('：')[0])).toEqual(['抄送', '印发机关', '印发日期']);
    expect(lines).toContain('白政办发〔2022〕15号');
    expect(lines.some((l) => /\d日印发$/.test(l))).toBe(false);
  });
  const lushan = join(FIXTURES, 'lushan-2021-2025.pdf');
  it.skipIf(!existsSync(lushan))('rebuilds an annex table as TAB rows', async () => {
    const d = await read(lushan);
    const rows = d.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.startsWith('序号\t'))).toBe(true);
  });
});

// The renderings' facts against the gold are gated, for every format, by tests/unit/format-facts.test.ts.
