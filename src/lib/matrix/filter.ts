/**
 * Subsets of the matrix by province, level or status: the static pages /matrix/level/<level>/,
 * /matrix/province/<province>/ and /matrix/status/<status>/ (so filtering works without
 * JavaScript) and the filter script's URL state. Linear in the number of plans.
 */
import type { PlanStatus } from '../plan-status';
import type { RegionLevel } from '../schema';
import { matrixColumn, type PlanLike } from './build';

export interface MatrixFilter {
  province?: string;
  level?: RegionLevel;
  status?: PlanStatus;
}

export function filterHref(filter: MatrixFilter): string {
  if (filter.status) return `/matrix/status/${filter.status}/`;
  if (filter.level) return `/matrix/level/${filter.level}/`;
  if (filter.province) return `/matrix/province/${encodeURIComponent(filter.province)}/`;
  return '/matrix/';
}

export function matchesFilter(plan: PlanLike, filter: MatrixFilter): boolean {
  const col = matrixColumn(plan);
  return (!filter.province || col.province === filter.province) && (!filter.level || col.level === filter.level) && (!filter.status || col.status === filter.status);
}

export function filterPlans<P extends PlanLike>(plans: readonly P[], filter: MatrixFilter): P[] {
  return plans.filter((p) => matchesFilter(p, filter));
}

/** One static page per level, per province and per status that some plan has. */
export function filterPaths(plans: readonly PlanLike[]): { params: { facet: 'level' | 'province' | 'status'; value: string }; props: { filter: MatrixFilter } }[] {
  const levels = new Set<RegionLevel>();
  const provinces = new Set<string>();
  const statuses = new Set<PlanStatus>();
  for (const p of plans) {
    const col = matrixColumn(p);
    levels.add(col.level);
    statuses.add(col.status);
    if (col.province) provinces.add(col.province);
  }
  return [
    ...[...levels].map((level) => ({ params: { facet: 'level' as const, value: level }, props: { filter: { level } } })),
    ...[...statuses].map((status) => ({ params: { facet: 'status' as const, value: status }, props: { filter: { status } } })),
    ...[...provinces].map((province) => ({ params: { facet: 'province' as const, value: province }, props: { filter: { province } } })),
  ];
}
