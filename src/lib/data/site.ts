/**
 * The data downloads of this build: the plans in site order with their models, computed once per
 * build and shared by every /data/ endpoint (Astro renders each file separately; building the
 * department index and matrices once per file would make the build quadratic in plans).
 */
import { getModelsBySlug, getPlans } from '../site/plans';
import { buildDownloads, type Downloads } from './downloads';

let cached: { key: string; downloads: Promise<Downloads> } | undefined;

/** The site origin the downloads' absolute urls start with (empty when no site is configured). */
export function siteOrigin(): string {
  const site = import.meta.env.SITE as string | undefined;
  return site ? new URL(site).origin : '';
}

export async function siteDownloads(): Promise<Downloads> {
  // A static build reads its content once; only the dev server sees content change under it.
  if (cached && import.meta.env.PROD) return cached.downloads;
  const plans = await getPlans();
  // Keyed by the frontmatter (the importer rewrites it with the model), so a dev server that reloads content rebuilds them.
  const key = `${siteOrigin()}\n${plans.map((p) => `${p.id}:${p.data.source.sha256}:${JSON.stringify(p.data).length}`).join('\n')}`;
  if (!cached || cached.key !== key) {
    cached = {
      key,
      downloads: getModelsBySlug().then((models) => {
        const downloads = buildDownloads(plans.map((p) => ({ id: p.id, data: p.data, model: models.get(p.id) ?? null })), siteOrigin());
        for (const s of downloads.splits.filter((f) => f.over)) {
          console.warn(`[data/split-over-limit] ${s.path}: plan ${s.slugs.join(', ')} alone has ${s.rows} rows, ${s.bytes} bytes, over the split limits (src/lib/data/downloads.ts)`);
        }
        return downloads;
      }),
    };
  }
  return cached.downloads;
}
