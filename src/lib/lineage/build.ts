/**
 * Which plan implements which: from every plan's `implements` (its 贯彻文件 sentence), the cited
 * documents — each identified by its document number's key (documents.ts), matched to the plans of
 * the collection by their own document numbers — and for each plan its parents (what it implements)
 * and children (the plans that implement it). A document no plan of the collection carries is
 * "cited only", shown with every title and number as the plans write them, and which plan wrote
 * which. Nothing is invented: a title no plan writes stays null, a level no title tells stays null
 * with the reason. Pure; linear in the number of citations.
 */
import type { PlanModel } from '../model/plan';
import type { RegionLevel } from '../schema';
import { documentId, documentKey, isNational, issuerLevel, levelRank, titleIssuer, type DocumentLevel } from './documents';

/** What lineage reads of a plan: its slug and metadata (a plan model fits). */
export type LineagePlan = Pick<PlanModel, 'slug' | 'meta'>;

/** One way the plans write a cited document: the number and title as printed, and who wrote them so. */
export interface DocumentForm {
  documentNumber: string;
  title: string | null;
  /** Slugs of the plans that write it so, in the order given. */
  plans: string[];
}

export type Ambiguity =
  /** Several plans of the collection carry this number. */
  | { kind: 'several-plans'; plans: string[] }
  /** The titles the plans write name different issuers. */
  | { kind: 'issuers-differ'; issuers: string[] }
  /** The plan of the collection with this number is not the one the titles name. */
  | { kind: 'issuer-mismatch'; plan: string; issuer: string };

export interface CitedDocument {
  /** ASCII id of its page, /documents/<id>/. */
  id: string;
  /** The number's key (documentKey). */
  key: string;
  forms: DocumentForm[];
  /** Slugs of the plans that cite it, in the order given. */
  citedBy: string[];
  /** The plan of the collection this document is, when exactly one plan carries its number. */
  plan: string | null;
  /** Plans of the collection carrying its number (more than one is ambiguous). */
  candidates: string[];
  level: DocumentLevel | null;
  /** The issuing region (null for national documents and when no title tells). */
  issuer: string | null;
  /** How the level was told, or why it could not be (shown on the page and in the report). */
  levelBasis: string;
  ambiguities: Ambiguity[];
}

/** A parent of a plan: a document it cites, as this plan writes it. */
export interface ParentLink {
  document: CitedDocument;
  documentNumber: string;
  title: string | null;
}

export interface Lineage {
  /** By level (national first, unknown last), then by how many plans cite them, then by key. */
  documents: CitedDocument[];
  byId: ReadonlyMap<string, CitedDocument>;
  /** The documents a plan cites, national first. */
  parentsOf(slug: string): ParentLink[];
  /** The plans of the collection that cite this plan's document number, in the order given. */
  childrenOf(slug: string): string[];
  /** The cited document that is this plan, when some plan cites it. */
  documentOf(slug: string): CitedDocument | null;
}

export function buildLineage(plans: readonly LineagePlan[]): Lineage {
  const planByKey = new Map<string, string[]>();
  const metaBySlug = new Map(plans.map((p) => [p.slug, p.meta]));
  for (const p of plans) {
    if (p.meta.documentNumber === null) continue;
    const key = documentKey(p.meta.documentNumber);
    planByKey.set(key, [...(planByKey.get(key) ?? []), p.slug]);
  }
  const byKey = new Map<string, CitedDocument>();
  const parents = new Map<string, ParentLink[]>();
  for (const p of plans) {
    const links: ParentLink[] = [];
    for (const cited of p.meta.implements) {
      const key = documentKey(cited.documentNumber);
      let doc = byKey.get(key);
      if (!doc) {
        const candidates = planByKey.get(key) ?? [];
        doc = { id: documentId(key), key, forms: [], citedBy: [], plan: candidates.length === 1 ? candidates[0]! : null, candidates, level: null, issuer: null, levelBasis: '', ambiguities: [] };
        byKey.set(key, doc);
      }
      const form = doc.forms.find((f) => f.documentNumber === cited.documentNumber && f.title === cited.title);
      if (form) form.plans.push(p.slug);
      else doc.forms.push({ documentNumber: cited.documentNumber, title: cited.title, plans: [p.slug] });
      // A plan citing the same document twice (two spellings of its number) is one citation.
      if (doc.citedBy[doc.citedBy.length - 1] !== p.slug) doc.citedBy.push(p.slug);
      if (!links.some((l) => l.document === doc)) links.push({ document: doc, documentNumber: cited.documentNumber, title: cited.title });
    }
    parents.set(p.slug, links);
  }
  for (const doc of byKey.values()) settleLevel(doc, (slug) => metaBySlug.get(slug)!);
  const documents = [...byKey.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || b.citedBy.length - a.citedBy.length || a.key.localeCompare(b.key));
  for (const links of parents.values()) links.sort((a, b) => levelRank(a.document.level) - levelRank(b.document.level));
  const children = new Map<string, string[]>();
  const documentOfPlan = new Map<string, CitedDocument>();
  for (const doc of documents) {
    if (doc.plan === null) continue;
    documentOfPlan.set(doc.plan, doc);
    children.set(doc.plan, doc.citedBy.filter((s) => s !== doc.plan));
  }
  return {
    documents,
    byId: new Map(documents.map((d) => [d.id, d])),
    parentsOf: (slug) => parents.get(slug) ?? [],
    childrenOf: (slug) => children.get(slug) ?? [],
    documentOf: (slug) => documentOfPlan.get(slug) ?? null,
  };
}

/** The document's level and issuer, from the plan it is, or the titles and number the plans write; ambiguities recorded. */
function settleLevel(doc: CitedDocument, metaOf: (slug: string) => LineagePlan['meta']): void {
  if (doc.candidates.length > 1) doc.ambiguities.push({ kind: 'several-plans', plans: doc.candidates });
  // What each form's title says of its issuer, read with the citing plans' region hierarchy.
  const issuers = new Map<string, { level: RegionLevel | 'national'; plans: string[] }>();
  // Thousands of plans write the national outline's title alike: read each (title, parents) once.
  const read = new Map<string, { name: string; level: RegionLevel | 'national' } | null>();
  for (const f of doc.forms) {
    for (const slug of f.plans) {
      const parents = metaOf(slug).region.parents;
      const memo = `${f.title}\u0000${parents.join('\u0000')}`;
      if (!read.has(memo)) read.set(memo, issuerOf(f.title, parents));
      const found = read.get(memo)!;
      if (found === null) continue;
      const entry = issuers.get(found.name) ?? { level: found.level, plans: [] };
      entry.plans.push(slug);
      issuers.set(found.name, entry);
    }
  }
  if (issuers.size > 1) doc.ambiguities.push({ kind: 'issuers-differ', issuers: [...issuers.keys()] });
  if (doc.plan !== null) {
    const meta = metaOf(doc.plan);
    const named = [...issuers.keys()].filter((n) => n !== meta.region.name);
    if (named.length && !issuers.has(meta.region.name)) doc.ambiguities.push({ kind: 'issuer-mismatch', plan: doc.plan, issuer: named[0]! });
    doc.level = meta.region.level;
    doc.issuer = meta.region.name;
    doc.levelBasis = `本站收录的${meta.shortName}方案`;
    return;
  }
  if (isNational(null, doc.key)) {
    const regional = [...issuers].filter(([, e]) => e.level !== 'national').map(([name]) => name);
    if (regional.length === 0) {
      doc.level = 'national';
      doc.levelBasis = '文号为国发、国办发等中央发文字号';
      return;
    }
    // A central number under a title naming a region: which is wrong cannot be told here.
    doc.ambiguities.push({ kind: 'issuers-differ', issuers: ['国务院', ...regional] });
    doc.levelBasis = `文号为中央发文字号，而标题载明的发文地区为${regional.join('、')}`;
    return;
  }
  if (issuers.size === 1) {
    const [name, entry] = [...issuers][0]!;
    doc.level = entry.level;
    doc.issuer = entry.level === 'national' ? null : name;
    doc.levelBasis = entry.level === 'national' ? '标题载明国务院或中共中央发文' : `标题载明发文地区为${name}`;
    return;
  }
  doc.levelBasis = issuers.size > 1 ? `各方案所写标题载明的发文机关不一：${[...issuers.keys()].join('、')}` : '标题未载明发文地区，文号也不是中央发文字号';
}

/** The issuer one title names, read with the citing plan's parents: 国务院 (national), a region, or null. */
function issuerOf(title: string | null, parents: readonly string[]): { name: string; level: RegionLevel | 'national' } | null {
  // The title alone here: a number's issuer code says national in settleLevel, for every form at once.
  if (title !== null && isNational(title, '')) return { name: '国务院', level: 'national' };
  const region = titleIssuer(title, parents);
  return region === null ? null : { name: region, level: issuerLevel(region, parents) };
}
