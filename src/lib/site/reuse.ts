/**
 * Shared wording across the collection (src/lib/reuse), computed once per build from the plan models
 * in site order, for the plan pages' notes and the /reuse/ pages.
 */
import { findReuse, type Reuse } from '../reuse/detect';
import { bodyCoverage, noteViews, pairAmounts, partners, partnersSetOut, sharedNotes, type NoteView, type Partner, type SharedNote } from '../reuse/view';
import { compareUrl } from '../compare/plans';
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
  /** The plans sharing wording with plan p, most first, and how many of them its page sets out. */
  partnersOf: (p: number) => { list: Partner[]; setOut: number };
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
  const coverage = plans.map((_, i) => bodyCoverage(reuse, i));
  const amounts = pairAmounts(reuse);
  const totals = coverage.map((c) => c.total);
  const partnersCache = new Map<number, { list: Partner[]; setOut: number }>();
  return {
    reuse,
    plans,
    index,
    coverage,
    amounts,
    notes: (slug) => {
      const i = index.get(slug);
      return i === undefined ? new Map() : sharedNotes(reuse, i);
    },
    partnersOf: (p) => {
      let hit = partnersCache.get(p);
      if (!hit) {
        const list = partners(amounts, totals, p);
        partnersCache.set(p, (hit = { list, setOut: partnersSetOut(list, totals[p] ?? 0) }));
      }
      return hit;
    },
  };
}

export const reuseHref = (slug: string, other?: string) => `/reuse/${slug}/${other ? `#with-${other}` : ''}`;

/**
 * Where a reader sees the shared passages of plan `slug` with plan `other`: on `slug`'s page when
 * it sets them out (partnersSetOut), otherwise the two plans side by side.
 */
export function pairHref(site: SiteReuse, slug: string, other: string): string {
  const p = site.index.get(slug);
  const q = site.index.get(other);
  if (p === undefined || q === undefined) return compareUrl(slug, other);
  const { list, setOut } = site.partnersOf(p);
  return list.slice(0, setOut).some((x) => x.plan === q) ? reuseHref(slug, other) : compareUrl(slug, other);
}

/** The notes a plan's page shows after its blocks. */
export async function planNotes(slug: string): Promise<Map<string, NoteView>> {
  const site = await getReuse();
  const name = new Map(site.plans.map((p) => [p.id, p.data.shortName]));
  return noteViews(site.notes(slug), (s) => name.get(s) ?? s, planUrl);
}
