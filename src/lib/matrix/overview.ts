/**
 * The matrix at scale: with more plans than fit side by side (hundreds of counties), /matrix/
 * shows groups and projects × provinces — how many of each province's plans single out each
 * row — and links to each province's full matrix. Linear in the number of plans.
 */
import { ZH } from '../i18n/messages';
import type { Matrix } from './build';

/** Above this many plans a page shows the province overview instead of one column per plan. */
export const MAX_PLAN_COLUMNS = 40;

export interface OverviewColumn {
  /** The province (or 未载明省份 when the data does not say). */
  province: string;
  plans: number;
}

export interface OverviewRow {
  key: string;
  zh: string;
  en: string;
  href: string;
  /** Plans of each column's province that have a section for the row, in column order. */
  present: number[];
}

export interface Overview {
  columns: OverviewColumn[];
  rows: OverviewRow[];
}

export const UNKNOWN_PROVINCE = ZH.unknownProvince;

export function buildOverview(matrix: Matrix): Overview {
  const index = new Map<string, number>();
  const columns: OverviewColumn[] = [];
  const columnOf = matrix.columns.map((c) => {
    const province = c.province ?? UNKNOWN_PROVINCE;
    let i = index.get(province);
    if (i === undefined) {
      i = columns.length;
      index.set(province, i);
      columns.push({ province, plans: 0 });
    }
    columns[i]!.plans++;
    return i;
  });
  const rows = matrix.rows.map((r) => {
    const present = columns.map(() => 0);
    r.cells.forEach((cell, j) => {
      if (cell.present) present[columnOf[j]!]!++;
    });
    return { key: r.key, zh: r.zh, en: r.en, href: r.href, present };
  });
  return { columns, rows };
}
