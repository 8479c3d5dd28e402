import { KIND_RANK, parseNumber, type NumberKind } from './structure/numbering';
import { assembleRows, isGroupRow } from './structure/tables';
import { ImportError, type Block, type DocumentPart, type HeadingBlock, type SourceLine, type TableBlock } from './types';

/**
 * Stage "outline": repaired lines → blocks (headings with depths, paragraphs, tables).
 * Recognises the numbering of Chinese official documents (GB/T 9704): 一、 > （一） > 1. > （1）.
 * Splits the document into the covering notice, the plan body (from its title) and the annex.
 */

export { parseNumber } from './structure/numbering';

/** A heading longer than this is a numbered paragraph, not a heading. */
export const MAX_HEADING_LENGTH = 50;

/**
 * Splits the rest of a numbered line into a short heading and the body that follows it on the
 * same line: "组织保障。加强对…" → ["组织保障。", "加强对…"]. Null when it is no heading at all.
 */
export function splitHeading(rest: string): { heading: string; body: string } | null {
  const stop = rest.search(/[。！？]/);
  const heading = stop >= 0 ? rest.slice(0, stop + 1) : rest;
  const body = stop >= 0 ? rest.slice(stop + 1) : '';
  if (heading.length === 0 || heading.length > MAX_HEADING_LENGTH) return null;
  // A first "sentence" that is really a clause list (ends in ；or contains many ，) is prose.
  if (stop < 0 && /[，；]/.test(heading) && heading.length > 30) return null;
  return { heading, body };
}

const PLAN_NOUN = /(实施方案|行动方案|工作方案|规划纲要|行动计划|实施意见|行动规划|实施计划)/;
const PERIOD_ONLY = /^（\d{4}[—–\-－~～至]+\d{4}年?）$/;

/** Index (in `lines`) of the plan's own title and how many lines it spans, or null. */
export function findTitle(lines: readonly SourceLine[]): { index: number; span: number; text: string } | null {
  for (const [i, l] of lines.entries()) {
    const t = l.text;
    if (!PLAN_NOUN.test(t) || t.length > 70) continue;
    if (/关于印发|^《|^现将|^附件|^根据|^为|[。，；：]|通知$/.test(t)) continue;
    const next = lines.slice(i + 1).find((n) => n.text !== '');
    if (next && PERIOD_ONLY.test(next.text) && !/（\d{4}/.test(t)) {
      return { index: i, span: lines.indexOf(next) - i + 1, text: t + next.text };
    }
    return { index: i, span: 1, text: t };
  }
  return null;
}

/**
 * When the plan does not repeat its title under the covering notice, the notice's own title names
 * it (…关于印发《X实施方案（2021—2025年）》的通知): the title is X, and the plan's text starts at its
 * first chapter (一、). `span` 0 means no line of the text is the title.
 */
export function titleFromNotice(lines: readonly SourceLine[]): { index: number; span: number; text: string } | null {
  const noticeAt = lines.findIndex((l) => /关于印发/.test(l.text));
  if (noticeAt < 0) return null;
  const m = /关于印发《?(.+?)》?的通知/.exec(lines[noticeAt]!.text);
  if (!m || !PLAN_NOUN.test(m[1]!)) return null;
  const bodyAt = lines.findIndex((l, i) => i > noticeAt && /^[一二三四五六七八九十]+、/.test(l.text));
  return bodyAt < 0 ? null : { index: bodyAt, span: 0, text: m[1]! };
}

const ANNEX_ALONE = /^附\s*件\s*\d*[:：]?$/;
const ANNEX_TABLE_TITLE = /(分工表|责任分工|任务分工|分工方案|任务清单)$/;

export function outline(lines: readonly SourceLine[], file: string): { blocks: Block[]; title: string } {
  const title = findTitle(lines) ?? titleFromNotice(lines);
  if (!title) {
    throw new ImportError(file, 'no recognisable plan title (a line naming the plan, e.g. "…实施方案（2021—2025年）")');
  }
  const blocks: Block[] = [];
  let part: DocumentPart = 'notice';
  let kinds: NumberKind[] = [];
  let noticeHeadingSeen = false;

  for (let i = 0; i < lines.length; i++) {
    const { line, text } = lines[i]!;
    if (i === title.index && title.span === 0) {
      // The text starts here; no line of it is the title (see titleFromNotice).
      part = 'body';
      kinds = [];
    } else if (i === title.index) {
      blocks.push({ kind: 'heading', line, depth: 0, number: '', text: title.text, part: 'body', role: 'title' });
      part = 'body';
      kinds = [];
      i += title.span - 1;
      continue;
    }
    if (text === '') continue;

    if (text.includes('\t')) {
      // A run of table rows: tab rows, blank lines and group lines up to the last tab row, split
      // where the header repeats (one table per printed page group).
      const header = text.split('\t');
      const run: string[] = [];
      let j = i + 1;
      let end = i;
      for (; j < lines.length; j++) {
        const t = lines[j]!.text;
        if (t.includes('\t')) {
          if (sameRow(t.split('\t'), header)) break;
          end = j;
        } else if (t !== '' && !isGroupRow(t)) break;
      }
      for (let k = i + 1; k <= end; k++) if (lines[k]!.text !== '') run.push(lines[k]!.text);
      blocks.push({ kind: 'table', line, part, header, rows: assembleRows({ header, lines: run }) });
      i = end;
      continue;
    }

    if (part === 'notice') {
      if (!noticeHeadingSeen && /关于印发/.test(text)) {
        noticeHeadingSeen = true;
        blocks.push({ kind: 'heading', line, depth: 0, number: '', text, part, role: 'notice' });
      } else {
        blocks.push({ kind: 'paragraph', line, text, part });
      }
      continue;
    }
    if (part === 'body' && (ANNEX_ALONE.test(text) || (ANNEX_TABLE_TITLE.test(text) && !/^附件/.test(text) && text.length <= 70))) {
      part = 'annex';
      kinds = [];
      blocks.push({ kind: 'heading', line, depth: 0, number: '', text, part, role: 'annex' });
      continue;
    }

    const numbered = parseNumber(text);
    const split = numbered ? splitHeading(numbered.rest) : null;
    if (numbered && split) {
      while (kinds.length && KIND_RANK[kinds[kinds.length - 1]!] >= KIND_RANK[numbered.kind]) kinds.pop();
      kinds.push(numbered.kind);
      const heading: HeadingBlock = { kind: 'heading', line, depth: kinds.length, number: numbered.number, text: split.heading, part };
      blocks.push(heading);
      if (split.body) blocks.push({ kind: 'paragraph', line, text: split.body, part });
      continue;
    }
    blocks.push(numbered ? { kind: 'paragraph', line, text: numbered.rest, part, number: numbered.number } : { kind: 'paragraph', line, text, part });
  }
  for (const b of blocks) if (b.kind === 'table') normalizeTable(b);
  return { blocks, title: title.text };
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** A table whose first row is not a header row (empty cells, long text) gets no header. */
function normalizeTable(table: TableBlock): void {
  const looksLikeHeader = table.header.every((c) => c.length > 0 && c.length <= 12);
  if (!looksLikeHeader) {
    table.rows.unshift(table.header);
    table.header = [];
  }
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  if (table.header.length) table.header = pad(table.header);
  table.rows = table.rows.map(pad);
}
