/** A plan's citation record and citations, made once per plan for its page and its two download files. */
import { siteBuildDate } from '../build-date';
import { bibtexFile, cslJsonFile, formatCitations, type Citations } from '../cite/format';
import { planCitationItem, type CslItem } from '../cite/item';
import type { PlanEntry } from './plans';

/** Where a plan's citation files are, under its page (/plans/<slug>/cite.json, …/cite.bib). */
export const CITE_FILES = { cslJson: 'cite.json', bibtex: 'cite.bib' } as const;

export interface PlanCitation {
  item: CslItem;
  text: Citations;
  cslJson: string;
  bibtex: string;
  /** The access date written into the citations (the build date). */
  accessed: string;
}

const made = new Map<string, PlanCitation>();

/** The citation of a plan whose page is at `pageUrl` (absolute). */
export function planCitation(plan: PlanEntry, pageUrl: string): PlanCitation {
  const key = `${plan.id}\n${pageUrl}`;
  let hit = made.get(key);
  if (!hit) {
    const accessed = siteBuildDate();
    const item = planCitationItem(plan.id, plan.data, pageUrl, accessed);
    hit = { item, text: formatCitations(item), cslJson: cslJsonFile(item), bibtex: bibtexFile(item), accessed };
    made.set(key, hit);
  }
  return hit;
}
