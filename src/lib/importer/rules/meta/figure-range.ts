import { defineRule } from '../rule';

/**
 * Whether a figure read from a plan can mean what it is read as. A number outside that range is a
 * misprint or a misreading (a lost decimal point: 比例达到547% for 5.47%; a year typed 2205), and
 * is reported at its source line and left out, never published and never a schema failure.
 *
 * Thresholds (the schema, src/lib/schema.ts, refuses a literacy share ≤ 0 or > 100; these are
 * inside it, so whatever passes here passes there):
 * - LITERACY_PERCENT: a share of citizens, 1% to 100% inclusive. Over 100% cannot be a share; under
 *   1% is below any level surveyed for a region since the first national surveys (China 2005:
 *   1.60%), so it is a misreading (0.547 for 5.47). A lost point that still gives ≤ 100 (5.5 → 55)
 *   cannot be told by range and is not caught.
 * - PLAN_YEARS: 1990–2100 for any year a figure is for: before the first national survey (1992) no
 *   literacy level exists, and no plan looks beyond the century.
 * - A target's year lies within the plan's period, or is the outlook year OUTLOOK_YEAR (2035, the
 *   horizon of the national outline 全民科学素质行动规划纲要（2021—2035年）). A year before the
 *   period is a past result, one after it (other than the outlook) a misreading.
 * - A target's value is a finite number ≥ 0; a percentage over 100 is refused unless the measure
 *   is a growth (增长30%, 翻一番 is 100%, 提高150%): a rate or coverage cannot pass 100%.
 */
export const LITERACY_PERCENT = { min: 1, max: 100 } as const;
export const PLAN_YEARS = { min: 1990, max: 2100 } as const;
export const OUTLOOK_YEAR = 2035;
/** A measure that is a growth or an increase may exceed 100% (经费投入比2020年增长150%). */
const GROWTH = /增长|增加|提高|提升|增幅|翻/;

export type Figure =
  | { kind: 'literacy'; year: number; percent: number }
  | { kind: 'target'; year: number | null; value: number; unit: string; measure: string; period: { from: number; to: number } | null };

const inYears = (y: number) => Number.isInteger(y) && y >= PLAN_YEARS.min && y <= PLAN_YEARS.max;

export const figureRange = defineRule<Figure, string>({
  id: 'meta/figure-range',
  description: 'A figure outside what it can mean (a literacy share over 100% or under 1%, a year outside 1990–2100, a target year outside the period and the 2035 outlook, a rate over 100%) is reported and left out, not published.',
  apply(f) {
    if (f.kind === 'literacy') {
      if (!Number.isFinite(f.percent) || f.percent < LITERACY_PERCENT.min || f.percent > LITERACY_PERCENT.max) {
        return `a literacy share of ${f.percent}% is outside ${LITERACY_PERCENT.min}%–${LITERACY_PERCENT.max}% (a lost decimal point or a misprint?)`;
      }
      if (!inYears(f.year)) return `the year ${f.year} of a literacy level is outside ${PLAN_YEARS.min}–${PLAN_YEARS.max}`;
      return null;
    }
    if (!Number.isFinite(f.value) || f.value < 0) return `the value ${f.value} is not a count or amount`;
    if (f.unit === '%' && f.value > 100 && !GROWTH.test(f.measure)) return `a rate of ${f.value}% is over 100% (a lost decimal point or a misprint?)`;
    if (f.year === null) return null;
    if (!inYears(f.year)) return `the target year ${f.year} is outside ${PLAN_YEARS.min}–${PLAN_YEARS.max}`;
    if (f.period && (f.year < f.period.from || f.year > f.period.to) && f.year !== OUTLOOK_YEAR) {
      return `the target year ${f.year} is outside the period ${f.period.from}—${f.period.to} and is not the ${OUTLOOK_YEAR} outlook`;
    }
    return null;
  },
  examples: [
    { name: 'a lost decimal point (547% for 5.47%)', input: { kind: 'literacy', year: 2020, percent: 547 }, output: 'a literacy share of 547% is outside 1%–100% (a lost decimal point or a misprint?)' },
    { name: 'just over 100%', input: { kind: 'literacy', year: 2025, percent: 100.5 }, output: 'a literacy share of 100.5% is outside 1%–100% (a lost decimal point or a misprint?)' },
    { name: '100% is still a share', input: { kind: 'literacy', year: 2025, percent: 100 }, output: null },
    { name: 'under 1%', input: { kind: 'literacy', year: 2020, percent: 0.98 }, output: 'a literacy share of 0.98% is outside 1%–100% (a lost decimal point or a misprint?)' },
    { name: '1% is the lowest share read', input: { kind: 'literacy', year: 2005, percent: 1 }, output: null },
    { name: 'an ordinary level', input: { kind: 'literacy', year: 2020, percent: 5.47 }, output: null },
    { name: 'a year before any survey', input: { kind: 'literacy', year: 1989, percent: 3 }, output: 'the year 1989 of a literacy level is outside 1990–2100' },
    { name: 'the first plausible year', input: { kind: 'literacy', year: 1990, percent: 3 }, output: null },
    { name: 'a target at the period’s end', input: { kind: 'target', year: 2025, value: 80, unit: '个', measure: '科普教育基地', period: { from: 2021, to: 2025 } }, output: null },
    { name: 'a target at the period’s start', input: { kind: 'target', year: 2021, value: 80, unit: '个', measure: '科普教育基地', period: { from: 2021, to: 2025 } }, output: null },
    { name: 'the 2035 outlook', input: { kind: 'target', year: 2035, value: 25, unit: '%', measure: '科普场馆覆盖率', period: { from: 2021, to: 2025 } }, output: null },
    { name: 'a year before the period', input: { kind: 'target', year: 2020, value: 80, unit: '个', measure: '科普教育基地', period: { from: 2021, to: 2025 } }, output: 'the target year 2020 is outside the period 2021—2025 and is not the 2035 outlook' },
    { name: 'a year after the period', input: { kind: 'target', year: 2026, value: 80, unit: '个', measure: '科普教育基地', period: { from: 2021, to: 2025 } }, output: 'the target year 2026 is outside the period 2021—2025 and is not the 2035 outlook' },
    { name: 'a coverage rate of 100%', input: { kind: 'target', year: 2025, value: 100, unit: '%', measure: '村级科普活动室覆盖率', period: { from: 2021, to: 2025 } }, output: null },
    { name: 'a coverage rate over 100%', input: { kind: 'target', year: 2025, value: 900, unit: '%', measure: '中小学校科学实验室达标率', period: { from: 2021, to: 2025 } }, output: 'a rate of 900% is over 100% (a lost decimal point or a misprint?)' },
    { name: 'a growth may pass 100%', input: { kind: 'target', year: 2025, value: 150, unit: '%', measure: '科普经费投入比2020年增长', period: { from: 2021, to: 2025 } }, output: null },
    { name: 'a number too long to be one', input: { kind: 'target', year: null, value: Infinity, unit: '人', measure: '科技志愿者', period: null }, output: 'the value Infinity is not a count or amount' },
  ],
});
