/**
 * Quantified targets as text: a target's value as the plan words it (400万人次以上, 不少于5000人),
 * the national outline's literacy figures the chart draws as reference lines, and the plans the
 * literacy chart cannot draw. Pure: the matrix page, the chart and the data downloads share these.
 */
import type { MatrixColumn, PlanLike, TargetRow } from './build';
import { NATIONAL_LITERACY, literacyAxisTop } from '../national-outline';

export { NATIONAL_LITERACY, literacyAxisTop };

/**
 * Comparison words a plan writes after the number (5000人以上, 约10个左右); every other comparator
 * (不少于, 超过, 达到 …) stands before it. The same three words the target reader
 * (src/lib/importer/rules/meta/targets.ts, NUMBER_UNIT) takes as a trailing suffix.
 */
export const SUFFIX_COMPARATORS: readonly string[] = ['以上', '左右', '以内'];

/** What a target's value reads in text needs of it. */
export interface TargetValue {
  value: number;
  unit: string;
  comparator: string | null;
}

/** A target's value, unit and comparator in the order the plans write them: 400万人次以上, 不少于5000人, 1500个. */
export function targetValueText(t: TargetValue): string {
  const figure = `${t.value}${t.unit}`;
  if (!t.comparator) return figure;
  return SUFFIX_COMPARATORS.includes(t.comparator) ? `${figure}${t.comparator}` : `${t.comparator}${figure}`;
}

/** The plans the literacy chart cannot draw: those stating neither a literacy target nor a baseline, in row order. */
export function unchartedPlans(rows: readonly TargetRow[]): MatrixColumn[] {
  return rows.filter((r) => !r.literacy && !r.baseline).map((r) => r.column);
}

/** What the literacy target and baseline count: the outline's wording, which the plans' sentences repeat. */
export const LITERACY_MEASURE = '公民具备科学素质的比例';

export type TargetKind = 'literacy' | 'literacy_baseline' | 'other';

/** One quantified target of a plan, as targets.csv gives it. */
export interface TargetRecord extends TargetValue {
  kind: TargetKind;
  measure: string;
  year: number | null;
  sentence: string;
  anchor: string;
}

/**
 * A plan's quantified targets in one list: its literacy target, its literacy baseline (a figure
 * reached, kept beside the targets as the matrix shows it), then every other target in text order.
 */
export function targetRecords(plan: PlanLike): TargetRecord[] {
  const { literacyTarget: t, literacyBaseline: b, targets } = plan.data;
  return [
    ...(t ? [{ kind: 'literacy' as const, measure: LITERACY_MEASURE, value: t.percent, unit: '%', comparator: t.comparator, year: t.year, sentence: t.sentence, anchor: t.anchor }] : []),
    ...(b ? [{ kind: 'literacy_baseline' as const, measure: LITERACY_MEASURE, value: b.percent, unit: '%', comparator: null, year: b.year, sentence: b.sentence, anchor: b.anchor }] : []),
    ...targets.map((o) => ({ kind: 'other' as const, measure: o.measure, value: o.value, unit: o.unit, comparator: o.comparator, year: o.year, sentence: o.sentence, anchor: o.anchor })),
  ];
}
