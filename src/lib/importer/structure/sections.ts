import type { Block } from '../types';
import { parseNumber, type NumberKind } from './numbering';
import { readStatement } from '../semantic/responsibility';

/**
 * The one definition of a section and of a measure, for the plan model and everything that reads it.
 *
 * A section is a heading and the blocks under it: `end` is the next heading of the same or a higher
 * level in the same part (subsections included), `ownEnd` the first heading of any level (its own
 * blocks only).
 *
 * A measure (措施) of a section is, in this order of preference:
 *   1. where the section divides into 任务 / 措施 / 分工 sub-headings, each item under 措施 (all of them);
 *   2. each numbered item one level below the section: its sub-headings of the next depth, and its
 *      numbered paragraphs of the numbering kind that comes first inside it (not those nested in a
 *      sub-heading);
 *   3. otherwise each paragraph, except responsibility statements and leading intro paragraphs
 *      (a leading paragraph that neither opens with a short lead sentence nor states who is
 *      responsible, when a later paragraph does).
 */

export interface Extent {
  start: number;
  ownEnd: number;
  end: number;
}

export function sectionExtent(blocks: readonly Block[], index: number): Extent {
  const heading = blocks[index]!;
  if (heading.kind !== 'heading') return { start: index, ownEnd: index + 1, end: index + 1 };
  let end = index + 1;
  let ownEnd = -1;
  while (end < blocks.length) {
    const b = blocks[end]!;
    if (b.kind === 'heading' && ownEnd < 0) ownEnd = end;
    if (b.kind === 'heading' && (b.depth <= heading.depth || b.part !== heading.part || b.role)) break;
    end++;
  }
  return { start: index, ownEnd: ownEnd < 0 || ownEnd > end ? end : ownEnd, end };
}

/** Headings that only divide a section (深圳's 1.任务 2.措施 3.分工), not measures. */
export const WRAPPER_HEADING = /^(任务|措施|分工|主要任务|工作措施|主要措施|具体措施|责任分工|职责分工|工作分工|目标|工作目标|主要目标)[。：:]?$/;
const MEASURES_WRAPPER = /^(措施|工作措施|主要措施|具体措施)[。：:]?$/;

/** A paragraph that only names who is responsible (a field line or a bare parenthesis). */
export function isResponsibilityLine(text: string): boolean {
  const found = readStatement(text);
  if (!found) return false;
  // A measure ending in its statement is a measure; a line that is nothing but the statement is not.
  return found.ruleId === 'responsibility/field-line' || /^[（(]/.test(text) || (found.ruleId === 'responsibility/bracket-fields' && /^[【\[〔]/.test(text));
}

/** A paragraph that opens with a short lead sentence (加强科学素质教育培训。…), as measures do. */
export function opensWithLeadSentence(text: string): boolean {
  return /^[^。；！？，]{2,30}。/.test(text);
}

export interface MeasureRange {
  start: number;
  end: number;
}

export function measureRanges(blocks: readonly Block[], index: number, underMeasuresHeading = false): MeasureRange[] {
  const heading = blocks[index]!;
  if (heading.kind !== 'heading') return [];
  const { end } = sectionExtent(blocks, index);
  const children: number[] = [];
  for (let i = index + 1; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && b.depth === heading.depth + 1) children.push(i);
  }
  const wrapper = children.find((i) => MEASURES_WRAPPER.test((blocks[i] as { text: string }).text));
  if (wrapper !== undefined) {
    // Everything under 措施 is a measure: no intro paragraph there.
    return measureRanges(blocks, wrapper, true);
  }
  const realChildren = children.filter((i) => !WRAPPER_HEADING.test((blocks[i] as { text: string }).text));
  const insideChild = (i: number) => children.some((c) => c < i && i < sectionExtent(blocks, c).end);
  const numbered: number[] = [];
  let kind: NumberKind | null = null;
  for (let i = index + 1; i < end; i++) {
    const b = blocks[i]!;
    if (realChildren.includes(i)) numbered.push(i);
    else if (b.kind === 'paragraph' && b.number && !insideChild(i)) {
      const k = parseNumber(b.number)?.kind ?? null;
      kind ??= k;
      if (k === kind) numbered.push(i);
    }
  }
  if (numbered.length) {
    const takesLines = ownsStatements(blocks, numbered, end);
    return numbered.map((i, n) => {
      const b = blocks[i]!;
      if (b.kind === 'heading') return { start: i, end: sectionExtent(blocks, i).end };
      // A numbered paragraph takes the unnumbered paragraphs after it (its responsibility line, a wrapped rest).
      let stop = i + 1;
      const next = numbered[n + 1] ?? end;
      while (stop < next && blocks[stop]!.kind === 'paragraph' && !(blocks[stop] as { number?: string }).number && (takesLines || !isResponsibilityLine((blocks[stop] as { text: string }).text))) stop++;
      return { start: i, end: stop };
    });
  }
  const paragraphs: number[] = [];
  for (let i = index + 1; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && !insideChild(i) && !isResponsibilityLine(b.text)) paragraphs.push(i);
  }
  const measureShaped = (i: number) => {
    const t = (blocks[i] as { text: string }).text;
    return opensWithLeadSentence(t) || (readStatement(t) !== null) || isResponsibilityLine((blocks[i + 1] as { text?: string } | undefined)?.text ?? '');
  };
  let first = 0;
  if (!underMeasuresHeading && paragraphs.some(measureShaped)) while (first < paragraphs.length && !measureShaped(paragraphs[first]!)) first++;
  const kept = paragraphs.slice(first);
  const takesLines = ownsStatements(blocks, kept, end);
  return kept.map((i, n) => {
    let stop = i + 1;
    const next = kept[n + 1] ?? end;
    // A paragraph takes the responsibility lines after it.
    while (takesLines && stop < next && blocks[stop]!.kind === 'paragraph' && isResponsibilityLine((blocks[stop] as { text: string }).text)) stop++;
    return { start: i, end: stop };
  });
}

/**
 * Whether responsibility lines after measures belong to them: yes when more than one measure has
 * one, or the section has one measure; a single line after the last of several measures is the
 * section's statement (浙江: one （责任单位：…） per section), not the last measure's.
 */
function ownsStatements(blocks: readonly Block[], measures: readonly number[], end: number): boolean {
  if (measures.length <= 1) return true;
  const followed = measures.filter((m, n) => {
    const next = measures[n + 1] ?? end;
    for (let i = m + 1; i < next; i++) {
      const b = blocks[i]!;
      if (b.kind === 'paragraph' && isResponsibilityLine(b.text)) return true;
    }
    return false;
  });
  // Only when no measure states anything in its own text is a single statement after the last one the section's.
  const inline = measures.some((m) => {
    const b = blocks[m]!;
    return b.kind !== 'table' && readStatement(b.text) !== null;
  });
  return inline || !(followed.length === 1 && followed[0] === measures[measures.length - 1]);
}
