import type { AnchoredBlock } from '../classify';
import { annexColumns } from '../rules/responsibility/annex-table';
import { defineRule } from '../rules/rule';
import { LEADING_NUMBER } from '../structure/numbering';
import type { DepartmentRef } from '../../model/plan';
import { resolveStatement, type NameContext } from './responsibility';
import { isDepartmentList } from '../rules/names/split';

export { isDepartmentList };
import { MARKED_LIST, type ListRole } from '../rules/responsibility/statement';
import { roleOfLabel } from '../rules/responsibility/labels';

/**
 * Responsibility rows of a plan's annex (附件 任务分工表), in either form plans publish them:
 * a table (tab-separated rows; rules/responsibility/annex-table.ts finds its columns), or a table
 * flattened to one cell per line (header cells, then per task: its measure paragraph and its unit
 * list). Each row is matched to a body measure elsewhere (semantic/assign.ts).
 */

export interface AnnexRow {
  /** The table, or the annex paragraph of the measure. */
  anchor: string;
  line: number;
  /** The printed item number ("1.", "3"), or "". */
  number: string;
  /** The task or measure wording. */
  text: string;
  /** The group line or task heading the row is under ("青少年科学素质提升行动"), or "". */
  under: string;
  refs: DepartmentRef[];
  ruleId: string;
}

export function tableRows(blocks: readonly AnchoredBlock[], ctx: NameContext): AnnexRow[] {
  const rows: AnnexRow[] = [];
  for (const b of blocks) {
    // Task tables are in the annex, or in the body beside their section (主要任务 | 牵头单位 | 配合单位).
    if (b.kind !== 'table' || b.part === 'notice') continue;
    const cols = annexColumns(b.header);
    if (!cols) continue;
    let under = '';
    for (const r of b.rows) {
      const filled = r.filter((c) => c.trim() !== '');
      // A group line: one filled cell, no units (青少年科学素质提升行动 above its rows), whichever column it is in.
      if (filled.length === 1 && cols.units.every((u) => !(r[u.column] ?? '').trim())) {
        under = filled[0]!;
        continue;
      }
      const cell = (r[cols.task] ?? '').trim();
      if (!cell) continue;
      const leading = LEADING_NUMBER.exec(cell);
      const number = cols.number >= 0 && (r[cols.number] ?? '').trim() ? r[cols.number]!.trim() : (leading?.[1] ?? '');
      // A cell may mark its lead itself: A（牵头）、B、C.
      const lists = cols.units.map((u) => ({ role: MARKED_LIST.test(r[u.column] ?? '') ? ('marked' as const) : u.role, text: r[u.column] ?? '' })).filter((l) => l.text.trim());
      rows.push({ anchor: b.id, line: b.line, number, text: leading ? cell.slice(leading[0].length) : cell, under, refs: resolveStatement({ lists }, ctx), ruleId: 'responsibility/annex-table' });
    }
  }
  return rows;
}

/** The unit-column header cell of a flattened table: a lead or responsible label (the one label list). */
function headerRole(text: string): 'lead' | 'responsible' | null {
  const role = roleOfLabel(text.replace(/\s/g, ''));
  return role === 'lead' || role === 'responsible' ? role : null;
}

interface FlatLine {
  text: string;
  /** A task heading of the flattened table (2.农民科学素质提升行动). */
  heading: boolean;
}

interface FlatRow {
  /** Index of the measure line and of its unit-list line. */
  measure: number;
  units: number;
  /** The task heading the row is under (its broken second line joined), or "". */
  under: string;
}

/**
 * The one reading of a flattened task table: after the unit-column header cell (责任单位), each
 * measure line followed by a line that only lists departments is a row; a short line before any
 * measure continues the task heading the flattening broke over two lines ("2.农民科学素质" / "提升行动").
 */
function scanFlattened(lines: readonly FlatLine[]): { header: number; rows: FlatRow[] } | null {
  const header = lines.findIndex((l) => !l.heading && headerRole(l.text) !== null);
  if (header < 0) return null;
  const rows: FlatRow[] = [];
  let measure: number | null = null;
  let under = '';
  for (let i = header + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading) {
      measure = null;
      under = l.text;
    } else if (isDepartmentList(l.text)) {
      if (measure !== null) rows.push({ measure, units: i, under });
      measure = null;
    } else if (/[。，]/.test(l.text) || l.text.length > MAX_TASK_LINE) {
      measure = i;
    } else if (measure === null) {
      under += l.text;
    }
  }
  return { header, rows };
}

/** A line of a flattened table longer than this (or with 。，) is a measure, not a task heading's rest. */
export const MAX_TASK_LINE = 12;

export const flattenedAnnexRule = defineRule<string[], { header: string; rows: { measure: string; units: string; under: string }[] }>({
  id: 'responsibility/annex-flattened',
  description: 'An annex task table flattened to one cell per line: a unit-column header cell (责任单位), then each measure paragraph followed by a line listing its units.',
  apply: (texts) => {
    const lines = texts.map((text) => ({ text, heading: LEADING_NUMBER.test(text) && text.length <= 30 && !/[。，]/.test(text) }));
    const found = scanFlattened(lines);
    if (!found?.rows.length) return null;
    return { header: texts[found.header]!, rows: found.rows.map((r) => ({ measure: texts[r.measure]!, units: texts[r.units]!, under: r.under })) };
  },
  examples: [
    {
      name: 'header cells, measure, units',
      input: ['重点任务', '主要措施', '责任单位', '1.青少年科学素质提升行动', '加强科学教育，开展科普活动。', '市教育局、市科协'],
      output: { header: '责任单位', rows: [{ measure: '加强科学教育，开展科普活动。', units: '市教育局、市科协', under: '1.青少年科学素质提升行动' }] },
    },
    { name: 'an annex of prose', input: ['附件', '有关说明', '本方案由市科协负责解释。'], output: null },
  ],
});

/** Rows of an annex flattened to paragraphs (flattenedAnnexRule), with the task heading each is under. */
export function flattenedRows(blocks: readonly AnchoredBlock[], ctx: NameContext): AnnexRow[] {
  const annex = blocks.filter((b) => b.part === 'annex' && b.kind !== 'table');
  const lines = annex.map((b) => ({ text: b.kind === 'table' ? '' : b.text, heading: b.kind === 'heading' }));
  const found = scanFlattened(lines);
  if (!found) return [];
  const role: ListRole = headerRole(lines[found.header]!.text)!;
  return found.rows.map((r) => {
    const measure = annex[r.measure]!;
    const units = annex[r.units]!;
    return { anchor: measure.id, line: units.line, number: '', text: lines[r.measure]!.text, under: r.under, refs: resolveStatement({ lists: [{ role, text: lines[r.units]!.text }] }, ctx), ruleId: flattenedAnnexRule.id };
  });
}
