/**
 * Line breaking for the social image's title: the image is drawn by an SVG renderer that does not
 * wrap text, so the lines are chosen here. Widths are in em of the image's font: a CJK character or
 * full-width punctuation is 1 em, anything else (Latin letters, digits, ASCII punctuation) is
 * counted as 0.6 em, above Noto Sans SC Bold's widest digits and capitals (≈ 0.58 em) except
 * W/M, so a line measured here is never wider on the image than `maxEm`. Considered: the
 * `linebreak` package (UAX #14); its break opportunities are the easy part here, the width and the
 * truncation are what matter, and CJK text may break between any two characters anyway.
 */

/** Closing punctuation that must not start a line (禁则: a line never begins with ）or ，). */
const NO_LINE_START = new Set([...'）)］】」』》〉，、。；：！？…—,.;:!?%％']);
/** Opening punctuation that must not end a line. */
const NO_LINE_END = new Set([...'（(［【「『《〈']);

/** The width of one character in em. */
export function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // CJK, full-width forms, CJK punctuation, general punctuation such as — and …: one em.
  return cp >= 0x2e80 || (cp >= 0x2010 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) ? 1 : 0.6;
}

export const widthEm = (text: string): number => [...text].reduce((sum, ch) => sum + charEm(ch), 0);

/**
 * Units a line may break between: a run of Latin letters and digits (2021, ABC) stays whole, every
 * other character is a unit; closing punctuation sticks to what precedes it, opening punctuation to
 * what follows.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = '';
  for (const piece of text.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? []) {
    const first = [...piece][0] ?? '';
    if (NO_LINE_START.has(first) && out.length > 0 && !pendingOpen) {
      out[out.length - 1] += piece;
    } else if (NO_LINE_END.has(first)) {
      pendingOpen += piece;
    } else {
      out.push(pendingOpen + piece);
      pendingOpen = '';
    }
  }
  if (pendingOpen) out.push(pendingOpen);
  return out;
}

/** Cuts one unit that is alone wider than a line into pieces that fit (a very long Latin word). */
function split(unit: string, maxEm: number): string[] {
  const pieces: string[] = [];
  let line = '';
  for (const ch of unit) {
    if (line && widthEm(line + ch) > maxEm) {
      pieces.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...pieces, line] : pieces;
}

const ELLIPSIS = '…';

/**
 * Breaks `text` into at most `maxLines` lines, each at most `maxEm` wide. When the text needs more
 * lines, the last line ends in … (cut to leave room for it): the image never overflows, and the
 * page's own title and og:title carry the full text.
 */
export function wrapLines(text: string, maxEm: number, maxLines: number): string[] {
  if (maxEm < 2 || maxLines < 1) throw new Error(`wrapLines: a line must hold at least 2 em and there must be a line (got ${maxEm} em, ${maxLines} lines)`);
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.replace(/\s+/g, ' ').trim()).flatMap((u) => (widthEm(u) > maxEm ? split(u, maxEm) : [u]))) {
    if (line && widthEm(line + unit) > maxEm) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line += unit;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && widthEm(last + ELLIPSIS) > maxEm) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.replace(/[（(［【「『《〈\s]+$/u, '') + ELLIPSIS;
  return kept;
}
