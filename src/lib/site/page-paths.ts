/**
 * getStaticPaths of the pages that exist in Chinese and in English: one definition each, exported by
 * both page files (src/pages/… and src/pages/en/…), so the two languages always have the same pages.
 */
import { getPlans } from './plans';
import { groupByProvince, splitByProvince, statusCounts } from './lists';
import { entriesOf, type MatrixKind } from '../matrix/build';
import { subsetPages } from '../matrix/province-pages';
import { buildDepartmentIndex } from '../matrix/departments';
import { buildKindTable, kindSections } from '../departments/kind-table';

export async function statusPaths() {
  const plans = await getPlans();
  return statusCounts(plans).map(({ status }) => ({ params: { status }, props: { status, plans } }));
}

export async function provincePaths() {
  return groupByProvince(await getPlans()).map((g) => ({ params: { province: g.province }, props: { province: g.province, plans: g.plans } }));
}

/** /matrix/<facet>/<value>/: the first page of each subset of the matrix. */
export async function matrixSubsetPaths() {
  const allPlans = await getPlans();
  return subsetPages(allPlans)
    .filter((p) => p.page === 1)
    .map((p) => ({ params: { facet: p.facet, value: p.value }, props: { subset: p, allPlans } }));
}

/** /matrix/province/<province>/<n>/: page n ≥ 2 of a province whose plans do not fit side by side on one page. */
export async function matrixSubsetPagePaths() {
  const allPlans = await getPlans();
  return subsetPages(allPlans)
    .filter((p) => p.page > 1)
    .map((p) => ({ params: { facet: p.facet, value: p.value, page: String(p.page) }, props: { subset: p, allPlans } }));
}

/** /groups/<group>/ and /projects/<project>/. */
export function topicPaths(kind: MatrixKind) {
  return () => entriesOf(kind).map((entry) => ({ params: { key: entry.key }, props: { kind, entry } }));
}

/** /groups/<group>/<province>/ and /projects/<project>/<province>/: only when the topic's page lists provinces. */
export function topicProvincePaths(kind: MatrixKind) {
  return async () => {
    const plans = await getPlans();
    if (!splitByProvince(plans.length)) return [];
    const provinces = groupByProvince(plans);
    return entriesOf(kind).flatMap((entry) => provinces.map((p) => ({ params: { key: entry.key, province: p.province }, props: { kind, entry, province: p.province, plans: p.plans } })));
  };
}

/** /department-kinds/<kind>/: the kinds that occur. */
export async function kindPaths() {
  const plans = await getPlans();
  const index = buildDepartmentIndex(plans);
  return buildKindTable(index, plans).rows.map((row) => ({ params: { kind: row.key }, props: { row, sections: kindSections(row.key, index, plans), plans } }));
}
