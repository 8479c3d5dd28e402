import type { AnchoredBlock } from '../classify';
import { annexTableRule } from '../rules/responsibility/annex-table';
import { LEADING_NUMBER } from '../structure/numbering';
import type { DepartmentRef } from '../../model/plan';
import { resolveStatement, type NameContext } from './responsibility';
import { MARKED_LIST } from '../rules/responsibility/statement';

/**
 * Responsibility rows of a plan's task tables (附件 任务分工表, or a table beside a body section):
 * rules/responsibility/annex-table.ts finds the columns. A table flattened to one cell per line is
 * written back as tab rows before the outline (structure/cell-per-line.ts), so it is read here too.
 * Each row is matched to a body measure elsewhere (semantic/assign.ts).
 */

export interface AnnexRow {
  /** The table's id. */
  anchor: string;
  /** The row's own source line (its first cell). */
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
    const cols = annexTableRule.apply(b.header);
    if (!cols) continue;
    let under = '';
    for (const [k, r] of b.rows.entries()) {
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
      rows.push({ anchor: b.id, line: b.rowLines[k] ?? b.line, number, text: leading ? cell.slice(leading[0].length) : cell, under, refs: resolveStatement({ lists }, ctx), ruleId: annexTableRule.id });
    }
  }
  return rows;
}
