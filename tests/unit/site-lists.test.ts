import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PLANS, comparisonBlockHref, groupByProvince, pageHref, paginate, splitByProvince, departmentsPageHref } from '../../src/lib/site/lists';
import { SITE_BUDGETS, siteBudgetFailures, sizeRatio } from '../../src/lib/checks/budgets';
import { subsetPages } from '../../src/lib/matrix/province-pages';
import { MAX_PLAN_COLUMNS, UNKNOWN_PROVINCE } from '../../src/lib/matrix/overview';
import { fixturePlan, loadPlans } from '../support/plans';
import type { PlanLike } from '../../src/lib/matrix/build';

/** n copies of the fixture plan, spread over `provinces` provinces (one in `orphans` without one). */
function manyPlans(n: number, provinces: number): PlanLike[] {
  const base = fixturePlan();
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    data: { ...base.data, region: { ...base.data.region, parents: [`省${i % provinces}省`] } },
  }));
}

describe('lists that grow with plans', () => {
  it('groups every plan under exactly one province, unknown provinces last', () => {
    const plans = [...manyPlans(10, 3), { ...fixturePlan('nowhere'), data: { ...fixturePlan().data, region: { name: '某县', level: 'county' as const, parents: [] } } }];
    const groups = groupByProvince(plans);
    expect(groups.flatMap((g) => g.plans.map((p) => p.id)).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(groups.at(-1)!.province).toBe(UNKNOWN_PROVINCE);
    for (const g of groups) expect(g.segment).toBe(encodeURIComponent(g.province));
  });
  it('splits by province only above MAX_LISTED_PLANS', () => {
    expect(splitByProvince(MAX_LISTED_PLANS)).toBe(false);
    expect(splitByProvince(MAX_LISTED_PLANS + 1)).toBe(true);
  });
  it('links a plan block on the comparison page or on its province page', () => {
    const plan = manyPlans(1, 1)[0]!;
    expect(comparisonBlockHref('groups', 'youth', plan, MAX_LISTED_PLANS)).toBe(`/groups/youth/#${plan.id}`);
    expect(comparisonBlockHref('groups', 'youth', plan, MAX_LISTED_PLANS + 1)).toBe(`/groups/youth/${encodeURIComponent('省0省')}/#${plan.id}`);
  });
  it('paginates without losing or repeating items', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const pages = paginate(items, 50);
    expect(pages.map((p) => p.length)).toEqual([50, 50, 1]);
    expect(pages.flat()).toEqual(items);
    expect(paginate([], 10)).toEqual([[]]);
    expect(pageHref('/a/', 1)).toBe('/a/');
    expect(pageHref('/a/', 3)).toBe('/a/3/');
    expect(departmentsPageHref(1)).toBe('/departments/');
    expect(departmentsPageHref(2)).toBe('/departments/page/2/');
  });
  it('puts a province on pages of at most MAX_PLAN_COLUMNS plans, each plan on one page', () => {
    const plans = manyPlans(MAX_PLAN_COLUMNS * 2 + 1, 1);
    const province = subsetPages(plans).filter((p) => p.facet === 'province');
    expect(province.map((p) => p.plans.length)).toEqual([MAX_PLAN_COLUMNS, MAX_PLAN_COLUMNS, 1]);
    expect(province.flatMap((p) => p.plans.map((x) => x.id))).toEqual(plans.map((p) => p.id));
    expect(province.map((p) => p.pager?.first)).toEqual([1, MAX_PLAN_COLUMNS + 1, 2 * MAX_PLAN_COLUMNS + 1]);
    // A level's page is one page (it shows the province overview when long).
    expect(subsetPages(plans).filter((p) => p.facet === 'level').every((p) => p.page === 1)).toBe(true);
    // The committed plans: every plan on exactly one page of its province, none beyond MAX_PLAN_COLUMNS.
    const committed = subsetPages(loadPlans()).filter((p) => p.facet === 'province');
    expect(committed.every((p) => p.plans.length <= MAX_PLAN_COLUMNS)).toBe(true);
    const listed = committed.flatMap((p) => p.plans.map((x) => x.id));
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('site budgets (bench:build)', () => {
  const ok = { files: SITE_BUDGETS.maxFiles, totalBytes: 250, planPageBytes: 100, pages: [{ path: 'index.html', gzipBytes: SITE_BUDGETS.maxPageGzipBytes }] };
  it('passes exactly at every threshold', () => {
    expect(sizeRatio(ok)).toBe(SITE_BUDGETS.maxSizeRatio);
    expect(siteBudgetFailures(ok)).toEqual([]);
  });
  it('fails one over each threshold, naming what', () => {
    expect(siteBudgetFailures({ ...ok, files: SITE_BUDGETS.maxFiles + 1 })).toEqual(['files 20,001 > 20,000']);
    expect(siteBudgetFailures({ ...ok, totalBytes: 251 })[0]).toMatch(/^size 2\.51× the plan pages > 2\.5×$/);
    const heavy = siteBudgetFailures({ ...ok, pages: [{ path: 'matrix/index.html', gzipBytes: SITE_BUDGETS.maxPageGzipBytes + 1 }, ...ok.pages] });
    expect(heavy).toHaveLength(1);
    expect(heavy[0]).toMatch(/^matrix\/index\.html 204,801 bytes gzipped > 204,800 \(200 KB\)$/);
    expect(siteBudgetFailures({ ...ok, largest: [{ path: 'data/departments.csv', bytes: SITE_BUDGETS.maxFileBytes }] })).toEqual([]);
    expect(siteBudgetFailures({ ...ok, largest: [{ path: 'data/departments.csv', bytes: SITE_BUDGETS.maxFileBytes + 1 }] })).toEqual(['data/departments.csv 26,214,401 bytes > 26,214,400 (25 MiB, one file)']);
  });
  it('fails a site without plan pages', () => {
    expect(siteBudgetFailures({ ...ok, planPageBytes: 0 })).toHaveLength(1);
  });
});
