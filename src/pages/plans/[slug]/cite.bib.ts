/** /plans/<slug>/cite.bib: the plan's BibTeX entry. */
import type { APIRoute } from 'astro';
import { getPlans, type PlanEntry } from '../../../lib/site/plans';
import { planCitation } from '../../../lib/site/citations';

export async function getStaticPaths() {
  return (await getPlans()).map((plan) => ({ params: { slug: plan.id }, props: { plan } }));
}

export const GET: APIRoute<{ plan: PlanEntry }> = ({ props, site }) =>
  new Response(planCitation(props.plan, new URL(`/plans/${props.plan.id}/`, site).href).bibtex, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
