// /data/departments.csv: one row per department × plan × section × role, and per measure (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/site/plans';
import { buildDepartmentIndex } from '../../lib/matrix/departments';
import { departmentsCsv } from '../../lib/matrix/serialize';

export const GET: APIRoute = async ({ site }) => {
  const index = buildDepartmentIndex(await getPlans());
  return new Response(departmentsCsv(index, site ? site.origin : ''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
