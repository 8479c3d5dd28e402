/**
 * The lineage pages at any number of plans: a document's citing plans in full, or — when more
 * plans cite it than one page lists (MAX_LISTED_PLANS; at 3,000 plans the national outline is cited
 * by all) — a summary by province linking to /documents/<id>/<province>/, as the department pages
 * do. The plan page lists a plan's children up to MAX_LISTED_CHILDREN and otherwise links to its
 * document page. Pure; linear in the citations.
 */
import type { PlanLike } from '../matrix/build';
import { groupByProvince, splitByProvince, type ProvinceGroup } from '../site/lists';
import type { Ambiguity, CitedDocument, DocumentForm, LineagePlan } from './build';
import { DOCUMENT_LEVELS, DOCUMENT_LEVEL_LABELS, type DocumentLevel } from './documents';

/** Children listed on a plan page; beyond this the page gives the count and links to the document page. */
export const MAX_LISTED_CHILDREN = 30;

export const UNKNOWN_LEVEL_LABEL = '层级不明';

export function levelLabel(level: DocumentLevel | null): string {
  return level === null ? UNKNOWN_LEVEL_LABEL : DOCUMENT_LEVEL_LABELS[level];
}

export function documentHref(doc: Pick<CitedDocument, 'id'>): string {
  return `/documents/${doc.id}/`;
}

/** The title most plans write (first written on a tie), or null when no plan writes one. */
export function commonTitle(doc: Pick<CitedDocument, 'forms'>): string | null {
  const counts = new Map<string, number>();
  for (const f of doc.forms) if (f.title !== null) counts.set(f.title, (counts.get(f.title) ?? 0) + f.plans.length);
  let best: string | null = null;
  for (const [title, n] of counts) if (best === null || n > counts.get(best)!) best = title;
  return best;
}

/** The number most plans write (first written on a tie). */
export function commonNumber(doc: Pick<CitedDocument, 'forms'>): string {
  const counts = new Map<string, number>();
  for (const f of doc.forms) counts.set(f.documentNumber, (counts.get(f.documentNumber) ?? 0) + f.plans.length);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The documents by level, national first, unknown last; empty levels left out. */
export function documentsByLevel<D extends Pick<CitedDocument, 'level'>>(documents: readonly D[]): { level: DocumentLevel | null; label: string; documents: D[] }[] {
  return [...DOCUMENT_LEVELS, null]
    .map((level) => ({ level, label: levelLabel(level), documents: documents.filter((d) => d.level === level) }))
    .filter((g) => g.documents.length > 0);
}

export interface DocumentProvince extends ProvinceGroup<PlanLike> {
  /** How this province's plans write the document. */
  forms: DocumentForm[];
}

const asPlanLike = (p: LineagePlan): PlanLike => ({ id: p.slug, data: p.meta });

/** The citing plans by province (the site's province order), each with the forms they write; null when one page lists them all. */
export function documentProvinces(doc: CitedDocument, plans: readonly LineagePlan[]): DocumentProvince[] | null {
  if (!splitByProvince(doc.citedBy.length)) return null;
  return provinceGroups(doc, plans).map((g) => ({ ...g, forms: formsOf(doc, new Set(g.plans.map((p) => p.id))) }));
}

function provinceGroups(doc: CitedDocument, plans: readonly LineagePlan[]): ProvinceGroup<PlanLike>[] {
  const citing = new Set(doc.citedBy);
  return groupByProvince(plans.filter((p) => citing.has(p.slug)).map(asPlanLike));
}

/** The forms restricted to some plans. */
function formsOf(doc: CitedDocument, slugs: ReadonlySet<string>): DocumentForm[] {
  return doc.forms.map((f) => ({ ...f, plans: f.plans.filter((s) => slugs.has(s)) })).filter((f) => f.plans.length > 0);
}

/** An ambiguity as the document page says it, plans by their short names. */
export function ambiguityText(a: Ambiguity, name: (slug: string) => string): string {
  if (a.kind === 'several-plans') return `本站收录的方案中有 ${a.plans.length} 个文号相同（${a.plans.map(name).join('、')}），无法判断各方案引用的是哪一个。`;
  if (a.kind === 'issuers-differ') return `各方案所写标题载明的发文机关不一（${a.issuers.join('、')}），某一方案的文号可能有误。`;
  return `文号与本站收录的${name(a.plan)}方案相同，但有方案所写标题载明的发文地区是${a.issuer}。`;
}
