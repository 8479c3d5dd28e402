import { defineRule } from '../rule';

/**
 * Text converted from a PDF keeps the PDF's line breaks: most lines of a paragraph stop
 * mid-sentence at the same printed width (e.g. 28 full-width characters, ASCII digits counting
 * half). Web text has one line per paragraph. This rule recognises PDF text by that fixed-width
 * breaking, so a PDF without page numbers is still re-joined; page numbers are a second sign
 * (text/pdf-page-number), not the only one.
 */

/** Printed width: full-width characters 2, ASCII and half-width 1 (as a PDF lays them out). */
export function printedWidth(text: string): number {
  let w = 0;
  for (const c of text) w += c.charCodeAt(0) < 0x2000 || (c >= '\uff61' && c <= '\uff9f') ? 1 : 2;
  return w;
}

/** A line that ends a sentence or clause (shared with the PDF line join). */
export const SENTENCE_END = /[。；：！？”’」』）)》.;:!?]$/;

/** At least this many lines must break mid-sentence at one width. */
const MIN_LINES = 8;
/** Share of the mid-sentence lines that sit at the common width (± TOLERANCE). */
const MIN_SHARE = 0.6;
const TOLERANCE = 2;

export const pdfFixedWidth = defineRule<readonly string[], { width: number; lines: number }>({
  id: 'text/pdf-fixed-width',
  description: 'Recognises text converted from a PDF by its fixed-width line breaking: many lines stop mid-sentence at one printed width.',
  apply(lines) {
    const broken = lines.map((l) => l.trim()).filter((t) => t.length >= 8 && !t.includes('\t') && !SENTENCE_END.test(t));
    if (broken.length < MIN_LINES) return null;
    const widths = broken.map(printedWidth);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    let best = { width: 0, lines: 0 };
    for (const w of counts.keys()) {
      const near = widths.filter((x) => Math.abs(x - w) <= TOLERANCE).length;
      if (near > best.lines || (near === best.lines && w > best.width)) best = { width: w, lines: near };
    }
    // Half the content lines breaking at one width is what a PDF does; a heading list does not.
    const content = lines.filter((l) => l.trim().length >= 8).length;
    if (best.lines < MIN_LINES || best.lines / broken.length < MIN_SHARE || best.lines / content < 0.3) return null;
    // The printed width is the most common exact width near the cluster (a full line).
    const near = [...counts].filter(([w]) => Math.abs(w - best.width) <= TOLERANCE).sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return { width: near[0]![0], lines: best.lines };
  },
  examples: [
    {
      name: 'a paragraph broken at 28 full-width characters',
      input: Array.from({ length: 10 }, (_, i) => '为深入贯彻落实全民科学素质行动规划纲要进一步提升全区公民科学素'.slice(0, 27) + String(i % 10)),
      output: { width: 55, lines: 10 },
    },
    {
      name: 'web text: one line per paragraph, headings of varied length',
      input: ['一、总体要求', '（一）指导思想', '坚持以习近平新时代中国特色社会主义思想为指导。', '（二）基本原则', '坚持党的领导。', '二、重点任务', '（一）实施青少年科学素质提升行动', '激发青少年好奇心和想象力。', '（二）实施农民科学素质提升行动', '以提升科技文化素质为重点。', '（三）实施老年人科学素质提升行动', '（四）实施领导干部和公务员科学素质提升行动'],
      output: null,
    },
  ],
});
