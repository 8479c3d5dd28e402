/** Loading plans from the content collection, in one order every page uses. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { REGION_LEVELS } from '../schema';
import { readModels } from '../model/files';
import type { PlanModel } from '../model/plan';
import { successions } from '../plan-status';

export type PlanEntry = CollectionEntry<'plans'>;

/** Provinces first, then cities, districts, counties; by region name within a level. */
export function comparePlans(a: PlanEntry, b: PlanEntry): number {
  const level = REGION_LEVELS.indexOf(a.data.region.level) - REGION_LEVELS.indexOf(b.data.region.level);
  return level || a.data.region.name.localeCompare(b.data.region.name, 'zh-Hans-CN') || a.id.localeCompare(b.id);
}

// A static build renders every page in one process from content that does not change meanwhile:
// the sorted plans and the models by slug are made once, not once per page (with a page per
// province and group, hundreds of pages each re-reading 3,000 models made the build quadratic).
// The dev server re-reads them, since content may change under it.
const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (cached ??= make()));
};

const sortedPlans = once(async () => (await getCollection('plans')).sort(comparePlans));

/** The plans in site order. A fresh array each call (callers may sort or filter it); the entries are shared. */
export async function getPlans(): Promise<PlanEntry[]> {
  return [...(await sortedPlans())];
}

/**
 * The plan models by slug (content/models/<slug>.json, validated by the model schema): what plan
 * pages, comparison pages and downloads read. Read from the files, not as a content collection:
 * Astro's content store keeps a serialized copy of every entry (265 MB at 3,000 plans) beside the
 * parsed one, and the build never needs the models as entries.
 */
export const getModelsBySlug: () => Promise<ReadonlyMap<string, PlanModel>> = once(async () => new Map(readModels().map((m) => [m.slug, m])));

/** One plan's model; a plan entry without one is an import not run (said so, not rendered empty). */
export async function getModel(slug: string): Promise<PlanModel> {
  const model = (await getModelsBySlug()).get(slug);
  if (!model) throw new Error(`plan ${slug}: no model in content/models/ (run npm run import)`);
  return model;
}

/** The static paths of a page per plan (/plans/<slug>/, its citation files, /reuse/<slug>/): the plan as prop. */
export async function planPaths(): Promise<{ params: { slug: string }; props: { plan: PlanEntry } }[]> {
  return (await getPlans()).map((plan) => ({ params: { slug: plan.id }, props: { plan } }));
}

const successionMap = once(async () => {
  const plans = await sortedPlans();
  return { links: successions(plans), bySlug: new Map(plans.map((p) => [p.id, p])) };
});

/** A plan's predecessor and successor in the collection (one region's successive periods), or nulls. */
export async function getSuccession(slug: string): Promise<{ previous: PlanEntry | null; next: PlanEntry | null }> {
  const { links, bySlug } = await successionMap();
  const entry = (s: string | null | undefined) => (s ? (bySlug.get(s) ?? null) : null);
  return { previous: entry(links.get(slug)?.previous), next: entry(links.get(slug)?.next) };
}
