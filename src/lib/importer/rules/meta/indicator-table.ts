import { defineRule } from '../rule';

/**
 * An indicator table (主要指标: 指标 | 2020年 | 2025年 | 属性): each row is a target for the period's end
 * year, its unit in parentheses after the name (市级以上科普教育基地（个）) or in a 单位 column. The
 * literacy row is the literacy target, read elsewhere; a row with no number for the end year is no target.
 */
export interface IndicatorTable {
  header: string[];
  rows: string[][];
  /** The plan's end year. */
  year: number;
}

export interface IndicatorTarget {
  name: string;
  value: number;
  unit: string;
  comparator: string | null;
  /** The row as printed, cells joined, for the target's sentence. */
  row: string;
}

export const indicatorTable = defineRule<IndicatorTable, IndicatorTarget[]>({
  id: 'meta/indicator-table',
  description: 'Reads the targets of an indicator table (指标 | 2020年 | 2025年): the end year\'s column, the unit from the name\'s parentheses or a 单位 column.',
  apply: ({ header, rows, year }) => {
    const cells = header.map((h) => h.replace(/\s/g, ''));
    const yearColumn = cells.findIndex((h) => new RegExp(`^${year}年?(目标|目标值)?$`).test(h));
    const nameColumn = cells.findIndex((h) => /^(指标|指标名称|主要指标|具体指标)$/.test(h));
    if (yearColumn < 0 || nameColumn < 0) return null;
    const unitColumn = cells.findIndex((h) => /^(单位|计量单位)$/.test(h));
    const out: IndicatorTarget[] = [];
    for (const r of rows) {
      const name = (r[nameColumn] ?? '').trim();
      const cell = (r[yearColumn] ?? '').trim();
      const m = /^(≥|>|不低于|不少于|超过|达到)?\s*(\d+(?:\.\d+)?)\s*(以上)?$/.exec(cell);
      if (!name || !m || /具备科学素质/.test(name)) continue;
      const unit = (unitColumn >= 0 ? (r[unitColumn] ?? '').trim() : '') || (/[（(]([^（）()]+)[）)]\s*$/.exec(name)?.[1] ?? '');
      if (!unit) continue;
      out.push({ name, value: Number(m[2]), unit: unit === '％' ? '%' : unit, comparator: m[1] === '≥' ? '不低于' : (m[1] ?? (m[3] ? '以上' : null)), row: r.join('　') });
    }
    return out.length ? out : null;
  },
  examples: [
    {
      name: 'units in parentheses, a literacy row, ≥',
      input: { header: ['序号', '指标', '2020年', '2025年', '属性'], rows: [['1', '公民具备科学素质的比例（%）', '9.2', '13', '预期性'], ['2', '市级以上科普教育基地（个）', '42', '60', '预期性'], ['3', '人均科普经费（元）', '1.1', '≥1.5', '约束性']], year: 2025 },
      output: [
        { name: '市级以上科普教育基地（个）', value: 60, unit: '个', comparator: null, row: '2　市级以上科普教育基地（个）　42　60　预期性' },
        { name: '人均科普经费（元）', value: 1.5, unit: '元', comparator: '不低于', row: '3　人均科普经费（元）　1.1　≥1.5　约束性' },
      ],
    },
    { name: 'a table of departments', input: { header: ['序号', '重点任务', '牵头单位'], rows: [['1', '加强科学教育', '市教育局']], year: 2025 }, output: null },
  ],
});
