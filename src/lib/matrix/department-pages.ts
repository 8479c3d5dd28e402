/**
 * A department's page at any number of plans: its occurrences in full, or — when it is named by
 * more plans than one page lists (MAX_LISTED_PLANS; 市科协 is named by nearly every plan) — a
 * summary by province linking to one page per province. Pure; linear in the occurrences.
 */
import type { PlanLike } from './build';
import type { DepartmentEntry, Occurrence, Role } from './departments';
import { comparisonBlockHref, groupByProvince, provinceKey, splitByProvince } from '../site/lists';

export interface DepartmentProvince {
  province: string;
  segment: string;
  plans: number;
  counts: Record<Role, number>;
  occurrences: Occurrence[];
}

/** The department's occurrences by province (provinces in the site's order), or null when one page lists them all. */
export function departmentProvinces(d: DepartmentEntry, plans: readonly PlanLike[]): DepartmentProvince[] | null {
  if (!splitByProvince(d.plans.length)) return null;
  const provinceBySlug = new Map(plans.map((p) => [p.id, provinceKey(p)]));
  const named = new Set(d.plans);
  return groupByProvince(plans.filter((p) => named.has(p.id))).map((g) => {
    const occurrences = d.occurrences.filter((o) => provinceBySlug.get(o.slug) === g.province);
    const counts: Record<Role, number> = { lead: 0, support: 0, responsible: 0 };
    for (const o of occurrences) counts[o.role]++;
    return { province: g.province, segment: g.segment, plans: g.plans.length, counts, occurrences };
  });
}

/** A link-maker for occurrences: the plan's block on the comparison page, wherever that page puts it. */
export function occurrenceBlockHref(plans: readonly PlanLike[]): (o: Occurrence) => string {
  const bySlug = new Map(plans.map((p) => [p.id, p]));
  return (o) => comparisonBlockHref(o.kind, o.key, bySlug.get(o.slug)!, plans.length);
}
