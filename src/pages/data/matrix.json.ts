// /data/matrix.json: the group and project matrices and the targets, as on /matrix/.
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/site/plans';
import { buildMatrix, buildTargets } from '../../lib/matrix/build';
import { matrixJson } from '../../lib/matrix/serialize';

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  return new Response(matrixJson(buildMatrix(plans, 'groups'), buildMatrix(plans, 'projects'), buildTargets(plans)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
