/**
 * Figures of the national outline the local plans implement. No imports: the literacy chart (browser
 * code) reads this module too.
 */

/**
 * The national outline's figures for the share of citizens with basic science literacy:
 * 《全民科学素质行动规划纲要（2021—2035年）》 (国发〔2021〕9号), “2025年目标：我国公民具备科学素质的比例超过15%”
 * and “2035年远景目标：我国公民具备科学素质的比例达到25%”. The one place these numbers are written:
 * the chart's reference lines, the targets table's reference row and the caption all read them here.
 */
export const NATIONAL_LITERACY = {
  title: '全民科学素质行动规划纲要（2021—2035年）',
  documentNumber: '国发〔2021〕9号',
  // No web address: none was checked here, and an address is published only when verified (cited by title and number).
  figures: [
    { year: 2025, percent: 15, comparator: '超过' },
    { year: 2035, percent: 25, comparator: '达到' },
  ],
} as const;

export type NationalFigure = (typeof NATIONAL_LITERACY.figures)[number];

/** The top of the chart's axis: the largest plan figure or national figure (the reference lines must fit). */
export function literacyAxisTop(planFigures: readonly number[], national: readonly { percent: number }[] = NATIONAL_LITERACY.figures): number {
  return Math.max(0, ...planFigures, ...national.map((f) => f.percent));
}
