// Every file under /data/: the combined downloads (plans.json, departments.csv, matrix.csv,
// matrix.json), one JSON file per plan with its index, and the CSVs split by province. What is in
// each is src/lib/data/downloads.ts; this endpoint only writes them out.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_DIR } from '../../lib/data/downloads';
import { siteDownloads } from '../../lib/data/site';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const getStaticPaths = (async () => {
  const { files } = await siteDownloads();
  return [...files.keys()].map((path) => ({ params: { file: path.slice(DATA_DIR.length + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const path = `${DATA_DIR}/${params.file}`;
  const text = (await siteDownloads()).files.get(path);
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream' } });
};
