/** /plans/<slug>/cite.bib: the plan's BibTeX entry. */
import type { APIRoute } from 'astro';
import { planPaths, type PlanEntry } from '../../../lib/site/plans';
import { planCitation } from '../../../lib/site/citations';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = ({ props, site }) =>
  new Response(planCitation(props.plan, new URL(`/plans/${props.plan.id}/`, site).href).bibtex, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
