/** /plans/<slug>/social.png: the plan's Open Graph image (title, region, period), drawn at build time. */
import type { APIRoute } from 'astro';
import { planPaths, type PlanEntry } from '../../../lib/site/plans';
import { planSocialImage } from '../../../lib/site/share';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) =>
  new Response(new Uint8Array(await planSocialImage(props.plan)), { headers: { 'Content-Type': 'image/png' } });
