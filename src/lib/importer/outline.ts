import { assembleRowsAt, isGroupRow, newTableHeader, plainRows, wrappedRowsRule } from './structure/tables';
import { headingStatement } from './structure/heading-statement';
import { ANNEX_NUMBER, KIND_RANK, parseNumber, type NumberKind } from './structure/numbering';
import { MessageLog, type ImportMessage } from './messages';
import { annexTitleLine, isNoticeTitleLine, noticeTitleSpan, periodOf, PERIOD_ONLY, titleAboveNotice, titleFromMention, titleFromNotice as titleFromNoticeRule, titleLines, titlePeriodElsewhere, type TitleLines } from './rules/meta/title';
import { toSimplifiedForMatching } from './text/fold';
import { ImportError, type Block, type DocumentPart, type HeadingBlock, type SourceLine, type TableBlock } from './types';

/**
 * Stage "outline": repaired lines → blocks (headings with depths, paragraphs, tables).
 * Recognises the numbering of Chinese official documents (GB/T 9704): 一、 > （一） > 1. > （1）.
 * Splits the document into the covering notice, the plan body (from its title) and the annex.
 */

export { parseNumber } from './structure/numbering';

/** A heading longer than this is a numbered paragraph, not a heading. */
export const MAX_HEADING_LENGTH = 50;
/** A heading with one clause after a comma (实施…提升行动，提高科学决策和科学管理能力) is at most this long; longer, it is prose. */
export const MAX_CLAUSE_HEADING_LENGTH = 40;

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
  if (stop < 0 && /[，；]/.test(heading) && (heading.length > MAX_CLAUSE_HEADING_LENGTH || (heading.match(/[，；]/g) ?? []).length > 1)) return null;
  return { heading, body };
}

export interface TitleFound {
  /** Index in `lines` of the title's first line, or (span 0) of the line where the plan's text starts. */
  index: number;
  /** Lines the title spans; 0 when no line of the text is the title (see titleFromNotice). */
  span: number;
  text: string;
  /** Where the plan's text starts when the covering notice stands between title and plan (meta/title-above-notice). */
  bodyAt?: number;
  /** Messages about the choice (two candidate titles, a title taken from the notice). */
  messages?: ImportMessage[];
}

/** Lines folded for matching: traditional characters read as simplified, same length. */
const folded = (lines: readonly SourceLine[]) => lines.map((l) => toSimplifiedForMatching(l.text));
const cut = (lines: readonly SourceLine[], index: number, span: number, length: number) =>
  lines.slice(index, index + span).map((l) => l.text.trim()).join('').slice(0, length);

/**
 * The plan's own title (rule meta/title-lines, or meta/annex-title-line for 附件：<title>), and how
 * many lines it spans, or null. A standalone title line is preferred to a 附件：<title> line (the
 * notice may announce the annex, then the annex repeats its title); two different titles give a message.
 */
export function findTitle(lines: readonly SourceLine[]): TitleFound | null {
  const texts = folded(lines);
  const log = new MessageLog();
  // Every title-shaped line (an annex table's own title, …分工表, is not title-shaped).
  const candidates: TitleLines[] = [];
  for (let from = 0; from < texts.length; ) {
    const c = titleLines.apply(texts.slice(from));
    if (!c) break;
    candidates.push({ ...c, index: c.index + from });
    from += c.index + Math.max(c.span, 1);
  }
  // A title that states its period beats a headline that does not (a news page's 我县出台…实施方案).
  const standalone = candidates.find((c) => periodOf(c.text) !== null) ?? candidates[0] ?? null;
  const annexAt = texts.findIndex((t) => annexTitleLine.apply(t) !== null);
  let found: TitleFound | null = null;
  if (standalone) {
    found = { index: standalone.index, span: standalone.span, text: cut(lines, standalone.index, standalone.span, standalone.text.length) };
  } else if (annexAt >= 0) {
    const title = annexTitleLine.apply(texts[annexAt]!)!;
    const original = lines[annexAt]!.text.trim();
    found = { index: annexAt, span: 1, text: original.slice(original.length - title.length) };
    annexTitleLine.info(log, `title read after the 附件 label: ${found.text}`, { line: lines[annexAt]!.line });
  }
  if (!found) return null;
  // A title printed without its period takes it from the notice's 《…》 or the 附件： line, where they name the same plan (rule meta/title-period).
  const elsewhere = titlePeriodElsewhere.apply({ title: toSimplifiedForMatching(found.text), lines: texts });
  if (elsewhere) {
    found = { ...found, text: found.text + lines[elsewhere.index]!.text.slice(elsewhere.start, elsewhere.end) };
    titlePeriodElsewhere.info(log, `the title is printed without its period; period read from the same title on line ${lines[elsewhere.index]!.line}: ${found.text}`, { line: lines[elsewhere.index]!.line });
  }
  const others = candidates.filter((c) => c !== standalone && toSimplifiedForMatching(c.text) !== toSimplifiedForMatching(found!.text) && !PERIOD_ONLY.test(c.text) && periodOf(c.text) !== null);
  for (const other of others) {
    titleLines.warn(log, `two candidate titles: "${found.text}" (taken) and "${other.text}" (line ${lines[other.index]!.line})`, { line: lines[found.index]!.line });
  }
  return { ...found, messages: log.messages };
}

/** The title named by the notice's title when the plan does not repeat it (rule meta/title-from-notice). `span` 0: no line of the text is the title. */
export function titleFromNotice(lines: readonly SourceLine[]): TitleFound | null {
  const found = titleFromNoticeRule.apply(folded(lines));
  if (!found) return null;
  const original = lines.slice(found.noticeAt, found.noticeAt + found.span).map((l) => l.text.trim()).join('');
  const text = original.slice(found.start, found.end);
  const log = new MessageLog();
  titleFromNoticeRule.info(log, found.chapter
    ? `the plan does not repeat its title; title read from the notice title: ${text}`
    : `no plan title and no first chapter (一、) on the page; title read from the notice title, the plan's text taken from line ${lines[found.bodyAt]?.line ?? '(end)'}: ${text}`, { line: lines[found.noticeAt]!.line });
  return { index: found.bodyAt, span: 0, text, messages: log.messages };
}

/**
 * A news page that names the plan only in its headline or lead (rule meta/title-from-mention:
 * 某县印发《…实施方案》): the title is the 《》's content, cut from the line as printed, and the page's
 * text after that line is kept as the text of the plan — a report about it, flagged incomplete.
 */
export function titleFromHeadline(lines: readonly SourceLine[]): TitleFound | null {
  const found = titleFromMention.apply(folded(lines));
  if (!found) return null;
  const text = lines[found.index]!.text.slice(found.start, found.start + found.text.length);
  const log = new MessageLog();
  titleFromMention.info(log, `no line of the page is the plan's title; title read from the 《》 of a headline or news lead: ${text}`, { line: lines[found.index]!.line });
  return { index: found.index + 1, span: 0, text, messages: log.messages };
}

/** A contents entry: leader dots (…… ···· ....) then a page number. */
const TOC_ENTRY = /(?:[…]{2,}|[.．·・]{4,})\s*[（(]?\d+[)）]?\s*$/;

const ANNEX_ALONE = new RegExp(`^附\\s*件\\s*${ANNEX_NUMBER}\\s*[:：]?$`);
/** 附件1：…任务分工表 — the label and the annex's title on one line. */
const ANNEX_WITH_TITLE = new RegExp(`^附\\s*件\\s*${ANNEX_NUMBER}\\s*[:：]\\s*(.+)$`);
/** A line longer than this is prose, not an annex title. */
export const MAX_ANNEX_TITLE_LENGTH = 70;
const ANNEX_TABLE_TITLE = /(分工表|责任分工|任务分工|分工方案|任务清单)$/;

export function outline(lines: readonly SourceLine[], file: string): { blocks: Block[]; title: string; messages: ImportMessage[] } {
  const title = findTitle(lines) ?? titleFromNotice(lines) ?? titleFromHeadline(lines);
  if (!title) {
    throw new ImportError(file, 'no recognisable plan title (a line naming the plan, e.g. "…实施方案（2021—2025年）")');
  }
  const log = new MessageLog();
  log.messages.push(...(title.messages ?? []));
  const texts = folded(lines);
  if (title.span > 0) {
    // The title above its covering notice: the notice stays the notice (meta/title-above-notice).
    const after = title.index + title.span;
    const above = texts.slice(0, title.index).some(isNoticeTitleLine) ? null : titleAboveNotice.apply(texts.slice(after));
    if (above) {
      title.bodyAt = after + above.bodyAt;
      titleAboveNotice.info(log, `the title stands above the covering notice; the plan starts at line ${lines[title.bodyAt]?.line ?? '(end)'}`, { line: lines[title.index]!.line });
    }
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
      // Title above the notice: the notice follows, and the plan's text starts at bodyAt.
      part = title.bodyAt !== undefined ? 'notice' : 'body';
      noticeHeadingSeen = title.bodyAt !== undefined;
      kinds = [];
      i += title.span - 1;
      continue;
    } else if (i === title.bodyAt) {
      part = 'body';
      kinds = [];
    }
    if (text === '') continue;

    if (text.includes('\t')) {
      // A run of table rows: tab rows, blank lines and group lines up to the last tab row, split
      // where the header repeats (one table per printed page group).
      const header = text.split('\t');
      const run: string[] = [];
      const runLines: number[] = [];
      let end = i;
      for (let j = i + 1; j < lines.length; j++) {
        const t = lines[j]!.text;
        if (t.includes('\t')) {
          // Where the header repeats (a new page), or another table's header starts (tables/new-header).
          if (sameRow(t.split('\t'), header) || newTableHeader.apply({ row: t.split('\t'), header }) !== null) break;
          end = j;
        } else if (t !== '' && !isGroupRow(t)) break;
      }
      for (let k = i + 1; k <= end; k++) {
        if (lines[k]!.text === '') continue;
        run.push(lines[k]!.text);
        runLines.push(lines[k]!.line);
      }
      // The rule decides whether wrapped rows are joined; only then are rows assembled again for the line each starts on.
      const joined = wrappedRowsRule.apply({ header, lines: run });
      const { rows, starts } = joined ? assembleRowsAt({ header, lines: run }) : { rows: plainRows(run), starts: run.map((_, k) => k) };
      blocks.push({ kind: 'table', line, part, header, rows, rowLines: starts.map((k) => runLines[k]!) });
      i = end;
      continue;
    }

    if (part === 'notice') {
      if (!noticeHeadingSeen && isNoticeTitleLine(texts[i]!)) {
        noticeHeadingSeen = true;
        // A notice title printed over two or three lines is one heading.
        const span = noticeTitleSpan(texts, i);
        const joined = lines.slice(i, i + span).map((l) => l.text.trim()).join('');
        blocks.push({ kind: 'heading', line, depth: 0, number: '', text: joined, part, role: 'notice' });
        i += span - 1;
      } else {
        blocks.push({ kind: 'paragraph', line, text, part });
      }
      continue;
    }
    const matchText = texts[i]!;
    // The annex opens at a 附件 label; at an annex table's title (…任务分工表) standing alone — not at a
    // numbered heading of the plan (（二）明确责任分工) nor a table caption (表1　…任务分工); or at
    // 附件1：<table title> when no 附件 label of its own follows (else that line only announces the annex).
    const labelled = ANNEX_WITH_TITLE.exec(matchText);
    const opensAnnex =
      ANNEX_ALONE.test(matchText) ||
      (ANNEX_TABLE_TITLE.test(matchText) && parseNumber(matchText) === null && !/^(附件|表\s*\d)/.test(matchText) && matchText.length <= MAX_ANNEX_TITLE_LENGTH) ||
      (!!labelled && ANNEX_TABLE_TITLE.test(labelled[1]!.trim()) && !texts.slice(i + 1).some((t) => ANNEX_ALONE.test(t.trim())));
    if (part === 'body' && opensAnnex) {
      part = 'annex';
      kinds = [];
      blocks.push({ kind: 'heading', line, depth: 0, number: '', text, part, role: 'annex' });
      continue;
    }

    // A table of contents' entry (第二章　重点任务…………5) names a heading; it is not one.
    if (TOC_ENTRY.test(text)) {
      blocks.push({ kind: 'paragraph', line, text, part });
      continue;
    }
    const numbered = parseNumber(text);
    // A heading that carries its responsibility statement (（一）青少年科学素质提升行动（牵头单位：…）) is
    // the heading, then the statement as a paragraph of its own (rule structure/heading-statement).
    const stated = numbered ? headingStatement.apply(numbered.rest) : null;
    const split = numbered ? (stated ? { heading: stated.heading, body: stated.statement + stated.rest } : splitHeading(numbered.rest)) : null;
    if (numbered && split) {
      while (kinds.length && KIND_RANK[kinds[kinds.length - 1]!] >= KIND_RANK[numbered.kind]) kinds.pop();
      kinds.push(numbered.kind);
      const heading: HeadingBlock = { kind: 'heading', line, depth: kinds.length, number: numbered.number, text: split.heading, part };
      blocks.push(heading);
      if (stated) {
        blocks.push({ kind: 'paragraph', line, text: stated.statement, part });
        if (stated.rest) blocks.push({ kind: 'paragraph', line, text: stated.rest, part });
      } else if (split.body) blocks.push({ kind: 'paragraph', line, text: split.body, part });
      continue;
    }
    blocks.push(numbered ? { kind: 'paragraph', line, text: numbered.rest, part, number: numbered.number } : { kind: 'paragraph', line, text, part });
  }
  for (const b of blocks) if (b.kind === 'table') normalizeTable(b);
  return { blocks, title: title.text, messages: log.messages };
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** A table whose first row is not a header row (empty cells, long text) gets no header. */
function normalizeTable(table: TableBlock): void {
  const looksLikeHeader = table.header.every((c) => c.length > 0 && c.length <= 12);
  if (!looksLikeHeader) {
    table.rows.unshift(table.header);
    table.rowLines.unshift(table.line);
    table.header = [];
  }
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  if (table.header.length) table.header = pad(table.header);
  table.rows = table.rows.map(pad);
}
