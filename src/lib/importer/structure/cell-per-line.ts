import { defineRule } from '../rules/rule';
import { annexTableRule, TASK_HEADER } from '../rules/responsibility/annex-table';
import { responsibilityLabelRule } from '../rules/responsibility/labels';
import { NAME_END, isDepartmentList, splitOutsideParentheses } from '../rules/names/split';
import { LEADING_NUMBER } from './numbering';
import { NUMBER_HEADER, rewrittenOrNull } from './tables';
import { GROUPS, PROJECTS, findEntries } from '../../taxonomy';

/**
 * A task table flattened to ONE CELL PER LINE (a web table copied as text, or a news repost):
 * the header cells each on a line (序号 / 任务 / 牵头单位 / 配合单位, with or without 序号), then the
 * cells of each row, a line each, with group lines (青少年科学素质提升行动) between rows. Rows are
 * per measure or per group. The lines are written back as tab rows, so that the one table reader
 * (outline → semantic/annex.ts tableRows) reads them like any other table.
 *
 * Cells are told apart by what they hold, not by counting (an empty cell is simply absent): a
 * number (序号), a list of units (every name ends like a department), or wording (task or group).
 * Hand-written: no parser reads a table whose row boundaries were lost.
 */

/** Header cells of a group column (项目 | 牵头单位 …) besides the number and task headers. */
export const GROUP_HEADER = /^(项目|类别|重点人群|重点工程|任务类别|工作类别|领域)$/;

/** A line that is one header cell of a task table. */
export function isHeaderCell(text: string): boolean {
  const t = text.replace(/[\s\u3000]/g, '');
  return responsibilityLabelRule.apply(t) !== null || NUMBER_HEADER.test(t) || TASK_HEADER.test(t) || GROUP_HEADER.test(t);
}

/** A 序号 cell: 1, 12, 3. */
const NUMBER_CELL = /^\d{1,3}[.．、]?$/;

/** A cell listing units: every piece (split at 、，, outside parentheses) ends like a department name (局, 委, 中心, 政府 …). */
export function isUnitCell(text: string): boolean {
  if (/[。：:；;]/.test(text) || text.length < 2) return false;
  const pieces = splitOutsideParentheses(text.replace(/[、，,]$/, ''), /[、，,]/);
  return pieces.length > 0 && pieces.every((p) => p.length <= 40 && UNIT_END.test(p.replace(/[（(][^（）()]*[）)]$/, '').replace(/(等有关单位|等有关部门|等单位|等部门|等)$/, '')) || /(有关单位|有关部门|相关单位|相关部门|成员单位)$/.test(p));
}

/** How a unit's name ends: the name splitter's endings, and 科协 / 党校 / 大队 written short. */
const UNIT_END = new RegExp(`${NAME_END.source}|(协|校|队)$`);

/** A wording cell that names a group of rows: a key group or project, or a numbered heading (一、…, 1.…) without a sentence. */
function isGroupLine(text: string): boolean {
  if (text.length > 30 || /[。；]/.test(text)) return false;
  return LEADING_NUMBER.test(text) || findEntries(GROUPS, text).length > 0 || findEntries(PROJECTS, text).length > 0;
}

/** A wording line no longer than this, without 。，, right after a group line continues it (2.农民科学素质 / 提升行动). */
export const MAX_GROUP_REST = 8;

const isGroupRest = (t: string) => t.length <= MAX_GROUP_REST && !/[。，]/.test(t) && !isGroupLine(t) && !isUnitCell(t);

interface Row {
  at: number;
  number: string;
  task: string[];
  units: string[];
}

/**
 * Lines → the same lines with each flattened task table written as tab rows (at the line of its
 * first cell; the other lines of the table left blank). Other lines as they are.
 */
export function tabulateCellPerLine(lines: readonly string[]): string[] {
  const out = [...lines];
  const next = (from: number) => {
    let j = from;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    return j;
  };
  for (let i = next(0); i < lines.length; i = next(i + 1)) {
    // The header: consecutive header-cell lines (blank lines between allowed), at least two, one of them a unit label.
    const headerAt: number[] = [];
    let j = i;
    while (j < lines.length && !lines[j]!.includes('\t') && isHeaderCell(lines[j]!.trim())) {
      headerAt.push(j);
      j = next(j + 1);
    }
    const header = headerAt.map((k) => lines[k]!.trim().replace(/[\s\u3000]/g, ''));
    const cols = headerAt.length >= 2 ? annexTableRule.apply(header) : null;
    if (!cols) continue;
    const width = header.length;
    const rows: { at: number; cells: string[] }[] = [];
    let row: Row | null = null;
    let lastGroup: { at: number; text: string } | null = null;
    let end = headerAt[headerAt.length - 1]!;
    const flush = () => {
      if (row && row.task.length && row.units.length) {
        const cells = Array<string>(width).fill('');
        if (cols.number >= 0) cells[cols.number] = row.number;
        cells[cols.task] = row.task.join('');
        row.units.forEach((u, k) => {
          const c = cols.units[Math.min(k, cols.units.length - 1)]!.column;
          cells[c] = cells[c] ? `${cells[c]}、${u}` : u;
        });
        rows.push({ at: row.at, cells });
      }
      row = null;
    };
    const group = (at: number, text: string) => {
      flush();
      lastGroup = { at, text };
      const cells = Array<string>(width).fill('');
      cells[0] = text;
      rows.push({ at, cells });
    };
    for (; j < lines.length; j = next(j + 1)) {
      const t = lines[j]!.trim();
      if (t.includes('\t') || /^附件/.test(t) || isHeaderCell(t)) break;
      const open = row as Row | null;
      if (cols.number >= 0 && NUMBER_CELL.test(t)) {
        flush();
        row = { at: j, number: t, task: [], units: [] };
      } else if (open && open.task.length && (isUnitCell(t) || (open.units.length === 0 && /[。，]/.test(open.task.join('')) && isDepartmentList(t)))) {
        // After a measure sentence, a list that is mostly names is its units even when some are garbled.
        const last = open.units.length - 1;
        // A cell split over lines ends in its separator (县教育局、 / 县科协); otherwise the next unit column.
        if (last >= 0 && (/[、，,]$/.test(open.units[last]!) || open.units.length >= cols.units.length)) open.units[last] = open.units[last]!.replace(/[，,]$/, '、') + t;
        else open.units.push(t);
        end = j;
      } else if (open && open.units.length === 0 && (cols.number >= 0 ? open.number !== '' : !isGroupLine(open.task.join('')))) {
        // The task cell split over lines.
        open.task.push(t);
      } else if (open && open.units.length === 0 && open.task.length && isGroupRest(t)) {
        // The group line broken over two lines (2.农民科学素质 / 提升行动), before its first row.
        open.task.push(t);
      } else if (open && open.units.length === 0 && open.task.length) {
        // The wording before was a group line (rows per measure under their group): this line starts the row.
        group(open.at, open.task.join(''));
        row = { at: j, number: '', task: [t], units: [] };
      } else if (!open && lastGroup && rows[rows.length - 1]?.at === (lastGroup as { at: number }).at && isGroupRest(t)) {
        // The group line broken over two lines (2.农民科学素质 / 提升行动).
        const g = rows[rows.length - 1]!;
        g.cells[0] += t;
        (lastGroup as { text: string }).text = g.cells[0]!;
      } else if (cols.number >= 0) {
        // With a 序号 column, wording outside a numbered row is a group line (or the end of the table).
        if (open) flush();
        if (isGroupLine(t) || t.length <= 30) group(j, t);
        else break;
      } else {
        flush();
        row = { at: j, number: '', task: [t], units: [] };
      }
    }
    flush();
    // Group lines after the last row are not part of the table.
    const used = rows.filter((r) => r.at <= end);
    if (!used.some((r) => r.cells.filter(Boolean).length > 1)) continue;
    out[headerAt[0]!] = header.join('\t');
    for (let k = headerAt[0]! + 1; k <= end; k++) out[k] = '';
    for (const r of used) out[r.at] = r.cells.join('\t');
    i = end;
  }
  return out;
}

export const cellPerLineRule = defineRule<string[], string[]>({
  id: 'tables/cell-per-line',
  description: 'Reads a task table flattened to one cell per line (header cells 序号 / 任务 / 牵头单位 / 配合单位 on lines of their own, then each row\'s cells), with or without 序号, rows per measure or per group, cells split over lines; writes it as tab rows.',
  apply: (lines) => {
    return rewrittenOrNull(lines, tabulateCellPerLine(lines));
  },
  examples: [
    {
      name: '序号 / 任务 / 牵头单位 / 配合单位, a group line, a split support cell',
      input: ['序号', '任务', '牵头单位', '配合单位', '青少年科学素质提升行动', '1', '加强科学教育', '县教育局', '县科协、', '团县委', '2', '开展科普活动', '县科协', '县教育局'],
      output: ['序号\t任务\t牵头单位\t配合单位', '', '', '', '青少年科学素质提升行动\t\t\t', '1\t加强科学教育\t县教育局\t县科协、团县委', '', '', '', '', '2\t开展科普活动\t县科协\t县教育局', '', '', ''],
    },
    {
      name: 'rows per group, no 序号, blank lines between cells',
      input: ['重点任务', '', '牵头单位', '', '配合单位', '', '青少年科学素质提升行动', '', '区教育局', '', '区科协、团区委', '', '科普信息化工程', '', '区科协', '', '区委宣传部'],
      output: ['重点任务\t牵头单位\t配合单位', '', '', '', '', '', '青少年科学素质提升行动\t区教育局\t区科协、团区委', '', '', '', '', '', '科普信息化工程\t区科协\t区委宣传部', '', '', '', ''],
    },
    {
      name: 'rows per measure under numbered group lines, a task cell split over lines',
      input: ['重点任务', '主要措施', '责任单位', '1.青少年科学素质提升行动', '加强科学教育，', '开展科普活动。', '市教育局、市科协'],
      output: ['重点任务\t主要措施\t责任单位', '', '', '1.青少年科学素质提升行动\t\t', '\t加强科学教育，开展科普活动。\t市教育局、市科协', '', ''],
    },
    {
      name: 'followed by page furniture',
      input: ['任务', '牵头单位', '加强科学教育', '县教育局', '上一篇：我县召开工作会议', '版权所有：某县融媒体中心'],
      output: ['任务\t牵头单位', '', '加强科学教育\t县教育局', '', '上一篇：我县召开工作会议', '版权所有：某县融媒体中心'],
    },
    { name: 'a numbered list in the body', input: ['（一）加强组织领导', '1.加强科学教育。', '2.开展科普活动。', '牵头单位：县科协'], output: null },
    { name: 'one label line alone is no table', input: ['牵头单位', '县科协'], output: null },
  ],
});
