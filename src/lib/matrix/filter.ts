/**
 * Subsets of the matrix by province or level: the static pages /matrix/level/<level>/ and
 * /matrix/province/<province>/ (so filtering works without JavaScript) and the filter script's
 * URL state. Linear in the number of plans.
 */
import type { RegionLevel } from '../schema';
import { matrixColumn, type PlanLike } from './build';

export interface MatrixFilter {
  province?: string;
  level?: RegionLevel;
}

export function filterHref(filter: MatrixFilter): string {
  if (filter.level) return `/matrix/level/${filter.level}/`;
  if (filter.province) return `/matrix/province/${encodeURIComponent(filter.province)}/`;
  return '/matrix/';
}

export function matchesFilter(plan: PlanLike, filter: MatrixFilter): boolean {
  const col = matrixColumn(plan);
  return (!filter.province || col.province === filter.province) && (!filter.level || col.level === filter.level);
}

export function filterPlans<P extends PlanLike>(plans: readonly P[], filter: MatrixFilter): P[] {
  return plans.filter((p) => matchesFilter(p, filter));
}

/** One static page per level and per province that some plan has. */
export function filterPaths(plans: readonly PlanLike[]): { params: { facet: 'level' | 'province'; value: string }; props: { filter: MatrixFilter } }[] {
  const levels = new Set<RegionLevel>();
  const provinces = new Set<string>();
  for (const p of plans) {
    const col = matrixColumn(p);
    levels.add(col.level);
    if (col.province) provinces.add(col.province);
  }
  return [
    ...[...levels].map((level) => ({ params: { facet: 'level' as const, value: level }, props: { filter: { level } } })),
    ...[...provinces].map((province) => ({ params: { facet: 'province' as const, value: province }, props: { filter: { province } } })),
  ];
}
