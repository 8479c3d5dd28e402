/** Loading plans from the content collection, in one order every page uses. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { comparePlans } from './order';

export { comparePlans };

export type PlanEntry = CollectionEntry<'plans'>;

export async function getPlans(): Promise<PlanEntry[]> {
  return (await getCollection('plans')).sort(comparePlans);
}

export type ModelEntry = CollectionEntry<'models'>;

/** The plan models by slug: what comparison pages read for sections and their text. */
export async function getModelsBySlug(): Promise<Map<string, ModelEntry['data']>> {
  return new Map((await getCollection("models")).map((m: ModelEntry) => [m.id, m.data]));
}
