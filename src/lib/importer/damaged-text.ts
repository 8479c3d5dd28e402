import type { AnchoredBlock } from './classify';
import type { ImportMessage } from './messages';
import { attachmentOnly } from './rules/text/attachment-only';
import { controlChars } from './rules/text/control-chars';
import { truncated, type Truncation } from './rules/text/truncated';
import { parseNumber } from './structure/numbering';
import { toSimplifiedForMatching } from './text/fold';
import { ImportError, type SourceLine } from './types';

/**
 * The pipeline's handling of damaged and partial texts (issue 17): control characters removed at
 * their line, a notice whose plan is only an attachment refused, a text that stops short measured,
 * and a value a schema refuses traced back to its source line. Each reads or applies a named rule
 * of rules/text/; kept out of pipeline.ts so that the pipeline reads as its stages.
 */

/**
 * Refuses a notice whose plan is only an attached file, naming the file to add (rule
 * text/attachment-only). Sections are counted by their 一、/（一）/第一章 numbers in the repaired
 * lines (an attachment list is numbered 1. 2., which does not count).
 */
export function refuseAttachmentOnly(lines: readonly SourceLine[], repaired: readonly SourceLine[], file: string): void {
  const numberedSections = repaired.filter((l) => ['part', 'part-section', 'cn', 'cn-paren'].includes(parseNumber(l.text)?.kind ?? '')).length;
  const attached = attachmentOnly.apply({ lines: [...lines], numberedSections });
  if (!attached) return;
  throw new ImportError(
    file,
    `no plan text: a notice whose plan is the attached ${attached.files.join('、')} (${attachmentOnly.id}); obtain that file and put its text in ${file} as UTF-8 plain text (below the notice, or instead of it), then import again`,
    attached.line,
  );
}

/**
 * The source line a value refused by a schema came from: the nearest value on its path that
 * records a `line` (a block), else the first line holding the offending text (a string, or an
 * object's sentence, text or heading). Undefined when it cannot be traced (a number, a date).
 */
export function traceLine(lines: readonly SourceLine[]): (values: readonly unknown[]) => number | undefined {
  return (values) => {
    for (const value of [...values].reverse()) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && typeof (value as { line?: unknown }).line === 'number') return (value as { line: number }).line;
      const o = value as Record<string, unknown>;
      const text = typeof value === 'string' ? value : [o.sentence, o.text, o.heading].find((t): t is string => typeof t === 'string');
      const needle = text?.trim().slice(0, 40);
      if (needle && needle.length >= 2) {
        const found = lines.find((l) => l.text.includes(needle));
        if (found) return found.line;
      }
    }
    return undefined;
  };
}

/** The shape rule text/truncated reads: the body's heading and paragraph starts, the last block, the body's size. */
export function truncation(blocks: readonly AnchoredBlock[]): Truncation | null {
  const body = blocks.filter((b) => b.part !== 'notice');
  const last = blocks[blocks.length - 1];
  if (!last) return null;
  const starts = body.flatMap((b) => (b.kind === 'table' || b.part !== 'body' || (b.kind === 'heading' && b.role) ? [] : [toSimplifiedForMatching(b.text)]));
  const bodyChars = body.map((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join('') : b.text)).join('').replace(/\s/g, '').length;
  return truncated.apply({ starts, last: { line: last.line, text: last.kind === 'table' ? null : last.text }, bodyChars });
}

/**
 * How many lines with control characters are reported one by one; past it, one message says how
 * many more lines had them (a text damaged throughout would otherwise bury the report). 50 lines
 * name every damaged line of any plan seen so far (the five real texts have none) while keeping the
 * report readable.
 */
export const CONTROL_LINES_LISTED = 50;

/** Lines without control characters (rules/text/control-chars.ts), each damaged line reported at its line. */
export function withoutControlChars(lines: readonly SourceLine[]): { lines: SourceLine[]; messages: ImportMessage[] } {
  const messages: ImportMessage[] = [];
  let pageBreaks = 0;
  let damaged = 0;
  let firstUnlisted: number | null = null;
  const out = lines.map((l) => {
    const found = controlChars.apply(l.text);
    if (found === null) return l;
    pageBreaks += found.pageBreaks;
    if (found.count) {
      damaged++;
      if (damaged <= CONTROL_LINES_LISTED) {
        messages.push({ ruleId: controlChars.id, severity: 'warning', line: l.line, anchor: null, reason: `removed ${found.count} control or bidirectional-override character(s): ${found.removed.join(', ')}; check the line against the original` });
      } else firstUnlisted ??= l.line;
    }
    return { line: l.line, text: found.text };
  });
  if (damaged > CONTROL_LINES_LISTED) {
    messages.push({ ruleId: controlChars.id, severity: 'warning', line: firstUnlisted, anchor: null, reason: `and ${damaged - CONTROL_LINES_LISTED} more line(s) with control characters, from this line on, removed alike: the text is damaged throughout; obtain it again` });
  }
  if (pageBreaks) messages.push({ ruleId: controlChars.id, severity: 'info', line: null, anchor: null, reason: `${pageBreaks} form feed(s) (PDF page breaks) removed` });
  return { lines: out, messages };
}
