import { defineRule } from '../rule';
import { responsibilityLabelRule } from './labels';
import type { ListRole } from './statement';
import { NUMBER_HEADER } from '../../structure/tables';

/** Columns of an annex task table (分工表): which column holds the task, which the units of each role. */
export interface AnnexColumns {
  /** The column with the task or measure wording. */
  task: number;
  /** The column with the item number (序号), or -1. */
  number: number;
  /** Unit columns and their roles, in column order. */
  units: { column: number; role: ListRole }[];
}

export const TASK_HEADER = /^(工作任务|重点任务|主要任务|任务|要点|工作要点|主要措施|工作措施|措施|具体措施|工作内容|内容|任务内容|具体任务)$/;

export function annexColumns(header: readonly string[]): AnnexColumns | null {
  const cells = header.map((h) => h.replace(/[\s\u3000]/g, ''));
  const units = cells.flatMap((c, column) => {
    const role = responsibilityLabelRule.apply(c);
    return role ? [{ column, role }] : [];
  });
  if (!units.length) return null;
  const first = Math.min(...units.map((u) => u.column));
  // The task column: the last task-like header before the unit columns (主要措施 after 重点任务), else the column before them.
  const taskLike = cells.map((c, i) => (i < first && TASK_HEADER.test(c) ? i : -1)).filter((i) => i >= 0);
  const task = taskLike.length ? taskLike[taskLike.length - 1]! : first - 1;
  if (task < 0) return null;
  return { task, number: cells.findIndex((c) => NUMBER_HEADER.test(c)), units };
}

export const annexTableRule = defineRule<string[], AnnexColumns>({
  id: 'responsibility/annex-table',
  description: 'An annex task table whose header names 牵头单位 / 配合单位 / 参与单位 / 责任单位 columns: its rows say who is responsible for the body\'s measures.',
  apply: annexColumns,
  examples: [
    { name: '序号 | 工作任务 | 牵头单位 | 参与单位', input: ['序号', '工作任务', '牵头单位', '参与单位'], output: { task: 1, number: 0, units: [{ column: 2, role: 'lead' }, { column: 3, role: 'support' }] } },
    { name: '项目 | 要点 | 牵头单位 | 配合单位', input: ['项目', '要点', '牵头单位', '配合单位'], output: { task: 1, number: -1, units: [{ column: 2, role: 'lead' }, { column: 3, role: 'support' }] } },
    { name: '重点任务 | 主要措施 | 责任单位', input: ['重点任务', '主要措施', '责任单位'], output: { task: 1, number: -1, units: [{ column: 2, role: 'responsible' }] } },
    { name: 'spaced header', input: ['序  号', '任  务', '牵 头 单 位'], output: { task: 1, number: 0, units: [{ column: 2, role: 'lead' }] } },
    { name: 'a table of figures', input: ['指标', '2020年', '2025年'], output: null },
  ],
});
