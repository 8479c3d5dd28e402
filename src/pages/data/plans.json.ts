// /data/plans.json: all frontmatter of all plans.
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/site/plans';
import { plansJson } from '../../lib/matrix/serialize';

export const GET: APIRoute = async () => {
  return new Response(plansJson(await getPlans()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
