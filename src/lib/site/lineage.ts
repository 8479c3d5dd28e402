/** The lineage of the collection, built once per build from the plan models in site order (src/lib/lineage). */
import { buildLineage, type Lineage, type LineagePlan } from '../lineage/build';
import { getModelsBySlug, getPlans } from './plans';

let cached: Promise<{ lineage: Lineage; plans: LineagePlan[] }> | undefined;

async function make(): Promise<{ lineage: Lineage; plans: LineagePlan[] }> {
  const models = await getModelsBySlug();
  // Site order (provinces first, then cities, …), each plan as its model states it.
  const plans = (await getPlans()).map((p) => {
    const model = models.get(p.id);
    if (!model) throw new Error(`plan ${p.id}: no model in content/models/ (run npm run import)`);
    return { slug: model.slug, meta: model.meta };
  });
  return { lineage: buildLineage(plans), plans };
}

/** The lineage and the plans it was built from (the dev server rebuilds it, since content may change under it). */
export function getLineage(): Promise<{ lineage: Lineage; plans: LineagePlan[] }> {
  return import.meta.env.DEV ? make() : (cached ??= make());
}
