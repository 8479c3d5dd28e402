import { describe, expect, it } from 'vitest';
import { MAX_LAYOUT_SHIFT, layoutFailures, widestTablePage, type LayoutMeasure } from '../../src/lib/checks/layout';
import { composite, contrastRatio, parseRgb } from '../../src/lib/color';
import { textWidth, wrapText } from '../../src/scripts/chart-text';

const fine: LayoutMeasure = { viewportWidth: 360, scrollWidth: 360, overflowing: [], smallText: [], squeezedCells: [] };

describe('layout check rules', () => {
  it('passes a page that fits, with large enough text and no squeezed column', () => {
    expect(layoutFailures(fine)).toEqual([]);
  });
  it('fails a document wider than the viewport and names what sticks out', () => {
    const [f] = layoutFailures({ ...fine, scrollWidth: 379, overflowing: [{ element: 'main > table', left: 16, right: 379 }] });
    expect(f).toContain('379 px wide in a 360 px viewport');
    expect(f).toContain('main > table [16, 379]');
  });
  it('fails chart text under 12 px and squeezed columns, one line each', () => {
    const failures = layoutFailures({ ...fine, smallText: [{ element: 'g > text', text: '浙江', px: 5.1 }], squeezedCells: [{ element: 'tr > th', text: '牵头单位', chars: 1.4 }] });
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/5\.1 px < 12 px.*浙江/);
    expect(failures[1]).toMatch(/1\.4 characters.*牵头单位/);
  });
  it('fails a layout shift over MAX_LAYOUT_SHIFT, not one at it, and names what moved', () => {
    expect(layoutFailures({ ...fine, layoutShift: { score: MAX_LAYOUT_SHIFT, sources: ['section.table-wrap'] } })).toEqual([]);
    const [f] = layoutFailures({ ...fine, layoutShift: { score: MAX_LAYOUT_SHIFT + 0.001, sources: ['section.table-wrap', 'section.table-wrap', 'footer'] } });
    expect(f).toBe(`layout shift ${(MAX_LAYOUT_SHIFT + 0.001).toFixed(3)} > ${MAX_LAYOUT_SHIFT} — moved: section.table-wrap, footer`);
  });
  it('picks the page whose table has the most columns, then the most text per row', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const pages = [
      { path: '/plans/a/', html: `<table>${row(['1', '2', '3'])}</table>` },
      { path: '/plans/b/', html: `<table>${row(['一', '二', '三', '四'])}</table>` },
      { path: '/plans/c/', html: `<table>${row(['一二三四五六', '二', '三', '四'])}</table>` },
      { path: '/other/', html: `<table>${row(['1', '2', '3', '4', '5'])}</table>` },
    ];
    expect(widestTablePage(pages, /^\/plans\//)).toBe('/plans/c/');
    expect(widestTablePage([{ path: '/plans/x/', html: '<p>no table</p>' }], /^\/plans\//)).toBeNull();
  });
});

describe('chart text', () => {
  it('estimates CJK at one em and ASCII at 0.6 em', () => {
    expect(textWidth('浙江', 13)).toBe(26);
    expect(textWidth('25%', 10)).toBeCloseTo(18);
  });
  it('wraps to the width and shortens with … past the last line, never shrinking the text', () => {
    expect(wrapText('领导干部和公务员', 40, 3, 13)).toEqual(['领导干', '部和公', '务员']);
    expect(wrapText('领导干部和公务员', 40, 2, 13)).toEqual(['领导干', '部和…']);
    expect(wrapText('青少年', 100, 1, 13)).toEqual(['青少年']);
    for (const line of wrapText('新疆生产建设兵团第十三师', 30, 2, 13)) expect(textWidth(line, 13)).toBeLessThanOrEqual(30);
  });
});

describe('colour contrast (WCAG 2)', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
    expect(contrastRatio([22, 23, 26], [22, 23, 26])).toBe(1);
  });
  it('parses computed colours and composites over a background', () => {
    expect(parseRgb('rgb(138, 28, 28)')).toEqual([138, 28, 28]);
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(composite([255, 255, 255], 0.5, [0, 0, 0])).toEqual([127.5, 127.5, 127.5]);
  });
});
