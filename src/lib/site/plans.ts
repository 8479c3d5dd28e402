/** Loading plans from the content collection, in one order every page uses. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { REGION_LEVELS } from '../schema';

export type PlanEntry = CollectionEntry<'plans'>;

/** Provinces first, then cities, districts, counties; by region name within a level. */
export function comparePlans(a: PlanEntry, b: PlanEntry): number {
  const level = REGION_LEVELS.indexOf(a.data.region.level) - REGION_LEVELS.indexOf(b.data.region.level);
  return level || a.data.region.name.localeCompare(b.data.region.name, 'zh-Hans-CN') || a.id.localeCompare(b.id);
}

export async function getPlans(): Promise<PlanEntry[]> {
  return (await getCollection('plans')).sort(comparePlans);
}

export type ModelEntry = CollectionEntry<'models'>;

/** The plan models by slug: what comparison pages read for sections and their text. */
export async function getModelsBySlug(): Promise<Map<string, ModelEntry['data']>> {
  return new Map((await getCollection("models")).map((m: ModelEntry) => [m.id, m.data]));
}
