/**
 * Which two plans the /compare/ page shows, and what it reads of each: the URL's a and b (a slug,
 * or a name typed into the plan page's form), resolved against search/plan-list.json only when
 * a value is not a slug; and each plan's sections from its search/plans/<slug>.jsonz. Browser-safe.
 */
import type { PlanListRow, PlanTexts } from '../search/files';
import { fold } from '../search/text';
import type { CompareSection } from './align';

/** The form of a slug (content/plans/<slug>.mdx): anything else in a or b is a name to look up. */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Most plans a chooser lists for what was typed. */
export const MAX_CHOICES = 30;

/** The a and b of a compare URL, trimmed ('' when absent). */
export function compareParams(search: string): { a: string; b: string } {
  const params = new URLSearchParams(search);
  return { a: (params.get('a') ?? '').trim(), b: (params.get('b') ?? '').trim() };
}

/** The compare page's address for two plans (either may be '' while it is being chosen). */
export function compareUrl(a: string, b: string): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const query = params.toString();
  return `/compare/${query ? `?${query}` : ''}`;
}

/** The plans whose slug, short name or province contains what was typed (folded: width, case), at most `max`. */
export function matchingPlans(query: string, list: readonly PlanListRow[], max: number = MAX_CHOICES): PlanListRow[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  return list.filter(([slug, name, , province]) => slug.includes(needle) || fold(name).includes(needle) || fold(province).includes(needle)).slice(0, max);
}

/**
 * A value of a or b as a plan: a slug in the list, or the one plan whose short name is what was
 * typed (or, failing that, the one plan whose name contains it). Otherwise the candidates, for the
 * reader to choose from (none: nothing matches).
 */
export function resolvePlan(value: string, list: readonly PlanListRow[]): { slug: string } | { candidates: PlanListRow[] } {
  const v = value.trim();
  if (list.some(([slug]) => slug === v)) return { slug: v };
  const exact = list.filter(([, name]) => fold(name) === fold(v));
  if (exact.length === 1) return { slug: exact[0]![0] };
  const matches = exact.length ? exact : matchingPlans(v, list, Infinity);
  if (matches.length === 1) return { slug: matches[0]![0] };
  return { candidates: matches.slice(0, MAX_CHOICES) };
}

/** A plan's sections for the alignment, from its texts file. */
export function compareSections(texts: PlanTexts): CompareSection[] {
  return texts.headings.map((heading, i) => ({
    id: texts.ids[i] ?? '',
    heading,
    parent: texts.parents[i] ?? -1,
    text: texts.texts[i] ?? '',
    topic: texts.topics[i] ?? null,
  }));
}

/** Depth of each section (0 at the top), from the parent links. */
export function sectionDepths(sections: readonly Pick<CompareSection, 'parent'>[]): number[] {
  const depth: number[] = [];
  sections.forEach((s, i) => {
    depth[i] = s.parent >= 0 && s.parent < i ? (depth[s.parent] ?? 0) + 1 : 0;
  });
  return depth;
}
