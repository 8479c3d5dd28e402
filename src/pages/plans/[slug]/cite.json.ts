/** /plans/<slug>/cite.json: the plan's CSL-JSON record (Zotero, pandoc, Citation.js read it). */
import type { APIRoute } from 'astro';
import { planPaths, type PlanEntry } from '../../../lib/site/plans';
import { planCitation } from '../../../lib/site/citations';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = ({ props, site }) =>
  new Response(planCitation(props.plan, new URL(`/plans/${props.plan.id}/`, site).href).cslJson, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
