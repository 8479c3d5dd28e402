/**
 * Pages that list every plan, at any number of plans (issue 9: ~3,000 plans, 31 provinces, and no
 * page over 200 KB gzipped). Up to a size a page lists its plans in full, as the five-plan site
 * does; beyond it the page becomes an overview by province that links to one page per province,
 * and a province's page is split into numbered pages when even it is too long. Pure: no Astro.
 * Linear in the number of plans.
 */
import { provinceOf } from '../regions';
import { siteBuildDate } from '../build-date';
import { PLAN_STATUSES, planStatus, type PlanStatus } from '../plan-status';
import type { PlanLike } from '../matrix/build';
import { UNKNOWN_PROVINCE } from '../matrix/overview';

/**
 * Above this many plans, a page that lists one row or block per plan (home, the group and project
 * comparisons, a department's page) lists provinces instead, each linking to its own page. At
 * ~600 bytes of HTML per compact row this keeps such a page near 120 KB raw, ~20 KB gzipped.
 */
export const MAX_LISTED_PLANS = 200;

/** A province's plans, with the URL segment of its pages. */
export interface ProvinceGroup<P extends PlanLike = PlanLike> {
  /** The province's name (未载明省份 when the data does not say). */
  province: string;
  /** The path segment for its pages (the name, URL-encoded). */
  segment: string;
  plans: P[];
}

/** The province a plan belongs to, for grouping (未载明省份 when the data does not say). */
export function provinceKey(plan: PlanLike): string {
  return provinceOf(plan.data.region) ?? UNKNOWN_PROVINCE;
}

export function provinceSegment(province: string): string {
  return encodeURIComponent(province);
}

/** Plans grouped by province, provinces in pinyin order, plans in the order given within each. */
export function groupByProvince<P extends PlanLike>(plans: readonly P[]): ProvinceGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of plans) {
    const key = provinceKey(p);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === UNKNOWN_PROVINCE ? 1 : b === UNKNOWN_PROVINCE ? -1 : a.localeCompare(b, 'zh-Hans-CN')))
    .map(([province, list]) => ({ province, segment: provinceSegment(province), plans: list }));
}

/** Whether a list of this many plans is split by province. */
export function splitByProvince(count: number): boolean {
  return count > MAX_LISTED_PLANS;
}

/** Numbered pages of at most `size` items: page 1 holds items 0…size-1. Always at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`page size must be positive, not ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** The URL of page n (1-based) of a paginated list whose first page is `base` (ending in /). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/**
 * Where a plan's block is on a group's or project's comparison page: /groups/youth/#<slug>, or, once
 * the comparison is split by province, /groups/youth/<province>/#<slug>.
 */
export function comparisonBlockHref(kind: 'groups' | 'projects', key: string, plan: PlanLike, totalPlans: number): string {
  const base = `/${kind}/${key}/`;
  return `${splitByProvince(totalPlans) ? `${base}${provinceSegment(provinceKey(plan))}/` : base}#${plan.id}`;
}

/**
 * Rows per page of the department index (/departments/, /departments/page/2/, …). One row is ~80
 * bytes gzipped, so a page stays near 40 KB; at 3,000 plans there are some 1,800 names, most of
 * them a single plan's local bodies (某某市税务局).
 */
export const DEPARTMENTS_PER_PAGE = 500;

/** Page n of the department index: /departments/, then /departments/page/2/, … (apart from the /departments/<id>/ pages). */
export function departmentsPageHref(n: number): string {
  return n <= 1 ? '/departments/' : `/departments/page/${n}/`;
}

/** A plan's status (实施期) on the build date. */
export function planStatusOf(plan: PlanLike, today: string = siteBuildDate()): PlanStatus {
  return planStatus(plan.data.period, today);
}

/** The statuses the plans have, in PLAN_STATUSES order, with how many plans have each. */
export function statusCounts(plans: readonly PlanLike[], today: string = siteBuildDate()): { status: PlanStatus; count: number }[] {
  const counts = new Map<PlanStatus, number>();
  for (const p of plans) {
    const status = planStatusOf(p, today);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return PLAN_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}
