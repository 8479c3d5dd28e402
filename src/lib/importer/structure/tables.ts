import { defineRule } from '../rules/rule';
import { parseNumber } from './numbering';
import { responsibilityLabelRule } from '../rules/responsibility/labels';

/**
 * Tab-separated table rows as copied from a web page or PDF (annex 分工表): rows whose cell wrapped
 * onto the next line are joined again, and short lines between rows that name a group of rows
 * (青少年科学素质提升行动) become rows of one cell. Written by hand: CSV/TSV libraries (csv-parse)
 * read well-formed rows; these rows are broken by line wrapping, which no parser can know.
 */

export interface RawTable {
  header: string[];
  /** The lines after the header: tab-separated rows, or plain lines (group rows). */
  lines: string[];
}

/** The item-number column of a task table. */
export const NUMBER_HEADER = /^(序号|编号|序)$/;

/** Rows of a table whose lines may wrap inside a cell. */
export function assembleRows(table: RawTable): string[][] {
  return assembleRowsAt(table).rows;
}

/**
 * Rows of a table whose lines may wrap inside a cell, and for each row the index (into `lines`) of
 * the line it starts on: a row's source line, which messages and anchors point at.
 */
export function assembleRowsAt({ header, lines }: RawTable): { rows: string[][]; starts: number[] } {
  const width = header.length;
  const starts: number[] = [];
  const numberColumn = header.findIndex((h) => NUMBER_HEADER.test(h.replace(/\s/g, '')));
  const rows: string[][] = [];
  let previousWasShort = false;
  for (const [at, line] of lines.entries()) {
    if (!line.includes('\t')) {
      rows.push([line]);
      starts.push(at);
      previousWasShort = false;
      continue;
    }
    const cells = line.split('\t');
    const last = rows[rows.length - 1];
    const lastIsRow = last !== undefined && last.length > 1;
    // A new row starts at a filled 序号 cell even after a short row (its empty last cells dropped).
    const numbered = numberColumn >= 0 && /^\s*\d+\s*$/.test(cells[numberColumn] ?? '');
    if (lastIsRow && previousWasShort && !numbered) {
      // The previous row's last cell went on here: join it, then take the cells that follow.
      last[last.length - 1] += cells[0]!;
      last.push(...cells.slice(1));
      previousWasShort = last.length < width;
      continue;
    }
    const continues = lastIsRow && (numberColumn >= 0 ? (cells[numberColumn] ?? '').trim() === '' : false);
    if (continues) {
      cells.forEach((c, i) => {
        if (c.trim()) last[i] = (last[i] ?? '') + c;
      });
      continue;
    }
    rows.push(cells);
    starts.push(at);
    previousWasShort = width > 0 && cells.length < width;
  }
  return { rows, starts };
}

/**
 * A tab row that is another table's header (序号	指标	2020年	2025年	属性 under a table of 序号	重点任务	…):
 * its 序号 column is headed by the word, not numbered, and no cell is longer than a header's
 * (≤ HEADER_CELL_MAX). Two annex tables one after the other (附件1 分工, 附件2 主要指标) are two tables,
 * not one run of rows; the lines between them (附件2, its title) belong to neither.
 */
export const HEADER_CELL_MAX = 12;
export const newTableHeader = defineRule<{ row: readonly string[]; header: readonly string[] }, readonly string[]>({
  id: 'tables/new-header',
  description: 'Ends a run of table rows at a row that is another table’s header (its 序号 cell the word itself, every cell header-short), so that two annex tables in a row stay two tables.',
  apply({ row, header }) {
    const cells = row.map((c) => c.replace(/\s/g, ''));
    if (!NUMBER_HEADER.test(cells[0] ?? '')) return null;
    if (cells.some((c) => c.length > HEADER_CELL_MAX) || cells.length === header.length && cells.every((c, i) => c === header[i]!.replace(/\s/g, ''))) return null;
    return row;
  },
  examples: [
    { name: 'an indicator table after a table of tasks', input: { row: ['序号', '指标', '2020年', '2025年', '属性'], header: ['序号', '重点任务', '牵头单位', '配合单位'] }, output: ['序号', '指标', '2020年', '2025年', '属性'] },
    { name: 'a numbered row', input: { row: ['1', '指标', '9.2', '13'], header: ['序号', '指标', '2020年', '2025年'] }, output: null },
    { name: 'the same header repeated on the next page (split elsewhere)', input: { row: ['序号', '重点任务', '牵头单位'], header: ['序号', '重点任务', '牵头单位'] }, output: null },
    { name: 'a cell at the length limit', input: { row: ['序号', '某'.repeat(HEADER_CELL_MAX)], header: ['序号', '任务'] }, output: ['序号', '某'.repeat(HEADER_CELL_MAX)] },
    { name: 'a cell past the length limit is a row of text', input: { row: ['序号', '某'.repeat(HEADER_CELL_MAX + 1)], header: ['序号', '任务'] }, output: null },
  ],
});

/** A plain line between table rows that names a group of rows: short, no sentence, no numbering. */
export function isGroupRow(line: string): boolean {
  return !line.includes('\t') && line.length <= 30 && !/[。；：:]/.test(line) && parseNumber(line) === null;
}

/** Rows as the lines give them, one a line, cells split at tabs (no wrapped cell joined). */
export const plainRows = (lines: readonly string[]): string[][] => lines.map((l) => (l.includes('\t') ? l.split('\t') : [l]));

export const wrappedRowsRule = defineRule<RawTable, string[][]>({
  id: 'tables/wrapped-rows',
  description: 'Joins table rows that a line wrap split inside a cell (a short row continued on the next line, or a continuation line with an empty 序号 cell), and keeps group lines as one-cell rows.',
  apply: (table) => {
    const rows = assembleRows(table);
    const plain = plainRows(table.lines);
    return JSON.stringify(rows) === JSON.stringify(plain) ? null : rows;
  },
  examples: [
    {
      name: 'a cell wrapped onto the next line',
      input: { header: ['序号', '工作任务', '牵头单位', '参与单位'], lines: ['3\t推动校内外科学教育资源有效', '衔接\t县科协\t县教育局'] },
      output: [['3', '推动校内外科学教育资源有效衔接', '县科协', '县教育局']],
    },
    {
      name: 'a short row, then the next numbered row',
      input: { header: ['序号', '工作任务', '牵头单位', '配合单位'], lines: ['3\t任务甲\t县科协', '4\t任务乙\t县教育局\t县科协'] },
      output: null,
    },
    {
      name: 'a continuation line with an empty 序号',
      input: { header: ['序号', '工作任务', '牵头单位', '参与单位'], lines: ['8\t开展农民工和产业工人技能\t县人社局\t县总工会', '\t培训'] },
      output: [['8', '开展农民工和产业工人技能培训', '县人社局', '县总工会']],
    },
    {
      name: 'a group line between rows',
      input: { header: ['序号', '工作任务', '牵头单位'], lines: ['青少年科学素质提升行动', '1\t将科学精神贯穿育人全过程\t县教育局'] },
      output: null,
    },
    {
      name: 'complete rows stay as they are',
      input: { header: ['项目', '要点', '牵头单位', '配合单位'], lines: ['\t1.将弘扬科学精神贯穿于育人全链条。\t区教育局\t区科协', '\t2.提升科学教育水平。\t区教育局\t区科协'] },
      output: null,
    },
  ],
});

/* Space-aligned tables (PDF text extracted with its layout, or a web table copied as text). */

/** Display width: a full-width character counts two columns, as a monospaced layout prints it. */
function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return w;
}

/** Runs of text separated by two or more spaces, with the display column each starts at. */
function runs(line: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  for (const m of line.matchAll(/\S+(?:[ \u00a0\u3000]\S+)*/g)) out.push({ at: displayWidth(line.slice(0, m.index)), text: m[0] });
  return out;
}

/** How far (columns) a cell may start left of its header's column and still belong to it. */
export const COLUMN_SLACK = 4;

/**
 * Lines of a space-aligned task table → tab-separated rows, columns placed by the header's column
 * starts (so an empty cell stays empty and a wrapped cell lands in its column); other lines as they are.
 */
export function tabulateSpaceAligned(lines: readonly string[]): string[] {
  const out = [...lines];
  let columns: number[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      columns = null;
      continue;
    }
    const r = runs(line);
    if (r.length >= 3 && r.some((x) => responsibilityLabelRule.apply(x.text.replace(/\s/g, '')) !== null)) {
      columns = r.map((x) => x.at);
      out[i] = r.map((x) => x.text).join('\t');
      continue;
    }
    if (!columns || r.length === 0) continue;
    // A group line (青少年科学素质提升行动) or the end of the table.
    if (r.length === 1 && r[0]!.at < (columns[1] ?? 0) - COLUMN_SLACK) {
      if (r[0]!.text.length > 30) columns = null;
      continue;
    }
    const cells = Array<string>(columns.length).fill('');
    for (const x of r) {
      let col = 0;
      for (let c = 0; c < columns.length; c++) if (x.at >= columns[c]! - COLUMN_SLACK) col = c;
      cells[col] = cells[col] ? `${cells[col]}${x.text}` : x.text;
    }
    out[i] = cells.join('\t');
  }
  return out;
}

/** A table reader's rewrite of the lines, or null when it changed none (the rule did not fire). */
export function rewrittenOrNull(lines: readonly string[], out: string[]): string[] | null {
  return out.some((l, i) => l !== lines[i]) ? out : null;
}

export const spaceAlignedRule = defineRule<string[], string[]>({
  id: 'tables/space-aligned',
  description: 'Reads a task table whose columns are aligned with spaces (no tabs): a header with 牵头单位 / 配合单位 / 责任单位 columns, rows placed by the header\'s column starts.',
  apply: (lines) => {
    return rewrittenOrNull(lines, tabulateSpaceAligned(lines));
  },
  examples: [
    {
      name: 'header, group line, rows with an empty cell',
      input: ['序号    重点任务                牵头单位          配合单位', '青少年科学素质提升行动', '1       将科学精神融入教育      区教育局          区科协、团区委', '4       加强科学教师队伍建设    区教育局', '        建设                    '],
      output: ['序号\t重点任务\t牵头单位\t配合单位', '青少年科学素质提升行动', '1\t将科学精神融入教育\t区教育局\t区科协、团区委', '4\t加强科学教师队伍建设\t区教育局\t', '\t建设\t\t'],
    },
    { name: 'prose with wide spaces', input: ['为深入贯彻落实    全民科学素质行动规划纲要', '结合实际，制定本方案。'], output: null },
  ],
});
