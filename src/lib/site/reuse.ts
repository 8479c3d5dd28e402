/**
 * Shared wording across the collection (src/lib/reuse), computed once per build from the plan models
 * in site order, for the plan pages' notes and the /reuse/ pages.
 */
import { findReuse, type Reuse } from '../reuse/detect';
import { bodyCoverage, noteViews, pairAmounts, sharedNotes, type NoteView, type SharedNote } from '../reuse/view';
import { planUrl } from './format';
import { getModelsBySlug, getPlans, type PlanEntry } from './plans';

export interface SiteReuse {
  reuse: Reuse;
  plans: PlanEntry[];
  index: ReadonlyMap<string, number>;
  /** Body characters and shared ones, per plan. */
  coverage: { total: number; shared: number }[];
  amounts: Map<number, number>[];
  notes: (slug: string) => Map<string, SharedNote>;
}

let cached: Promise<SiteReuse> | undefined;

export function getReuse(): Promise<SiteReuse> {
  // The dev server recomputes (content may change under it); a build computes once.
  if (import.meta.env.DEV || !cached) cached = make();
  return cached;
}

async function make(): Promise<SiteReuse> {
  const [all, models] = await Promise.all([getPlans(), getModelsBySlug()]);
  const plans = all.filter((p) => models.has(p.id));
  const reuse = findReuse(plans.map((p) => models.get(p.id)!));
  const index = new Map(plans.map((p, i) => [p.id, i]));
  return {
    reuse,
    plans,
    index,
    coverage: plans.map((_, i) => bodyCoverage(reuse, i)),
    amounts: pairAmounts(reuse),
    notes: (slug) => {
      const i = index.get(slug);
      return i === undefined ? new Map() : sharedNotes(reuse, i);
    },
  };
}

export const reuseHref = (slug: string, other?: string) => `/reuse/${slug}/${other ? `#with-${other}` : ''}`;

/** The notes a plan's page shows after its blocks. */
export async function planNotes(slug: string): Promise<Map<string, NoteView>> {
  const site = await getReuse();
  const name = new Map(site.plans.map((p) => [p.id, p.data.shortName]));
  return noteViews(site.notes(slug), (s) => name.get(s) ?? s, planUrl);
}
