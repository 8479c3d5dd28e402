/**
 * The whole computation of a comparison, from the two plans' texts files to what the page draws:
 * sections, alignment and, for each aligned pair, the runs of each side. Pure; the compare page
 * runs it in a Web Worker (src/scripts/compare-worker.ts), so that a phone's main thread only
 * draws — aligning and diffing two plans took ~0.4 s of its time under Lighthouse's throttling.
 */
import { alignSections, alignedRows, type AlignedPair, type AlignedRow, type CompareSection } from './align';
import { diffSegments, sharedChars, sideRuns, type SideRun } from './diff';
import { compareSections } from './plans';
import type { PlanTexts } from '../search/files';

export interface ComparedRow extends AlignedRow {
  /** Each side's runs when both sides have a section, else null (the text is shown as it is). */
  runs: { a: SideRun[]; b: SideRun[] } | null;
}

export interface Comparison {
  a: CompareSection[];
  b: CompareSection[];
  pairs: AlignedPair[];
  rows: ComparedRow[];
  /** Characters of shared wording over all aligned pairs. */
  shared: number;
}

export function comparePlans(textsA: PlanTexts, textsB: PlanTexts): Comparison {
  const a = compareSections(textsA);
  const b = compareSections(textsB);
  const pairs = alignSections(a, b);
  let shared = 0;
  const rows = alignedRows(a.length, b.length, pairs).map((row): ComparedRow => {
    const sa = row.a === null ? undefined : a[row.a];
    const sb = row.b === null ? undefined : b[row.b];
    if (!sa || !sb) return { ...row, runs: null };
    const segments = diffSegments(sa.text, sb.text);
    shared += sharedChars(segments);
    return { ...row, runs: { a: sideRuns(segments, 'a'), b: sideRuns(segments, 'b') } };
  });
  return { a, b, pairs, rows, shared };
}
