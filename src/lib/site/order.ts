/** The one order every page and download lists plans in (pure, so build integrations share it). */
import { REGION_LEVELS, type PlanFrontmatter } from '../schema';

/** Provinces first, then cities, districts, counties; by region name within a level. */
export function comparePlans(a: { id: string; data: Pick<PlanFrontmatter, 'region'> }, b: { id: string; data: Pick<PlanFrontmatter, 'region'> }): number {
  const level = REGION_LEVELS.indexOf(a.data.region.level) - REGION_LEVELS.indexOf(b.data.region.level);
  return level || a.data.region.name.localeCompare(b.data.region.name, 'zh-Hans-CN') || a.id.localeCompare(b.id);
}
