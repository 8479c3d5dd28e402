// /data/matrix.csv: one row per plan × group and plan × project (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/site/plans';
import { buildMatrix } from '../../lib/matrix/build';
import { matrixCsv } from '../../lib/matrix/serialize';

export const GET: APIRoute = async ({ site }) => {
  const plans = await getPlans();
  const base = site ? site.origin : '';
  return new Response(matrixCsv([buildMatrix(plans, 'groups'), buildMatrix(plans, 'projects')], base), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
