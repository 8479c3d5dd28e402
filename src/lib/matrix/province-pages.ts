/**
 * The static matrix subsets of src/pages/matrix/[facet]/…: one page per level and per status, and per province as
 * many numbered pages as it takes to show its plans side by side, MAX_PLAN_COLUMNS at a time (the
 * first page keeps the province's URL). Pure; linear in the number of plans.
 */
import { filterPaths, filterPlans, type MatrixFilter } from './filter';
import type { PlanLike } from './build';
import { MAX_PLAN_COLUMNS } from './overview';
import { paginate } from '../site/lists';

export interface SubsetPage<P extends PlanLike> {
  facet: 'level' | 'province' | 'status';
  value: string;
  /** 1-based. */
  page: number;
  filter: MatrixFilter;
  plans: P[];
  pager?: { page: number; pages: number; total: number; first: number; size: number };
}

export function subsetPages<P extends PlanLike>(allPlans: readonly P[]): SubsetPage<P>[] {
  return filterPaths(allPlans).flatMap(({ params, props }): SubsetPage<P>[] => {
    const plans = filterPlans(allPlans, props.filter);
    // A level's or a status's page shows the province overview when it is long; a province's shows its plans.
    if (params.facet !== 'province' || plans.length <= MAX_PLAN_COLUMNS) return [{ ...params, page: 1, filter: props.filter, plans }];
    const pages = paginate(plans, MAX_PLAN_COLUMNS);
    return pages.map((slice, i) => ({
      ...params,
      page: i + 1,
      filter: props.filter,
      plans: slice,
      pager: { page: i + 1, pages: pages.length, total: plans.length, first: i * MAX_PLAN_COLUMNS + 1, size: MAX_PLAN_COLUMNS },
    }));
  });
}
