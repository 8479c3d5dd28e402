import { defineRule } from '../rules/rule';
import { parseNumber } from './numbering';

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

const NUMBER_HEADER = /^(序号|编号|序)$/;

/** Rows of a table whose lines may wrap inside a cell. */
export function assembleRows({ header, lines }: RawTable): string[][] {
  const width = header.length;
  const numberColumn = header.findIndex((h) => NUMBER_HEADER.test(h.replace(/\s/g, '')));
  const rows: string[][] = [];
  let previousWasShort = false;
  for (const line of lines) {
    if (!line.includes('\t')) {
      rows.push([line]);
      previousWasShort = false;
      continue;
    }
    const cells = line.split('\t');
    const last = rows[rows.length - 1];
    const lastIsRow = last !== undefined && last.length > 1;
    if (lastIsRow && previousWasShort) {
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
    previousWasShort = width > 0 && cells.length < width;
  }
  return rows;
}

/** A plain line between table rows that names a group of rows: short, no sentence, no numbering. */
export function isGroupRow(line: string): boolean {
  return !line.includes('\t') && line.length <= 30 && !/[。；：:]/.test(line) && parseNumber(line) === null;
}

export const wrappedRowsRule = defineRule<RawTable, string[][]>({
  id: 'tables/wrapped-rows',
  description: 'Joins table rows that a line wrap split inside a cell (a short row continued on the next line, or a continuation line with an empty 序号 cell), and keeps group lines as one-cell rows.',
  apply: (table) => {
    const rows = assembleRows(table);
    const plain = table.lines.map((l) => (l.includes('\t') ? l.split('\t') : [l]));
    return JSON.stringify(rows) === JSON.stringify(plain) ? null : rows;
  },
  examples: [
    {
      name: 'a cell wrapped onto the next line',
      input: { header: ['序号', '工作任务', '牵头单位', '参与单位'], lines: ['3\t推动校内外科学教育资源有效', '衔接\t县科协\t县教育局'] },
      output: [['3', '推动校内外科学教育资源有效衔接', '县科协', '县教育局']],
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
