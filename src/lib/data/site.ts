/**
 * The data downloads of this build: the plans as every page lists them (getPlans(), the plan
 * model's frontmatter) with their models (getModelsBySlug()), computed once and kept for the
 * integration that writes the files (src/lib/data/integration.ts). Writing them as Astro
 * endpoints cost about a second a file at 500 plans, for thousands of files.
 */
import { getModelsBySlug, getPlans } from '../site/plans';
import { getReuse } from '../site/reuse';
import { buildDownloads, type Downloads } from './downloads';
import { keepDownloads, keptDownloads, originOf } from './store';

export async function siteDownloads(site: string | URL | undefined, fresh = false): Promise<Downloads> {
  const kept = keptDownloads();
  if (kept && !fresh) return kept;
  const [plans, models, reuse] = await Promise.all([getPlans(), getModelsBySlug(), getReuse()]);
  const unique = (slug: string) => {
    const i = reuse.index.get(slug);
    const c = i === undefined ? null : reuse.coverage[i]!;
    return c && c.total ? (c.total - c.shared) / c.total : null;
  };
  const downloads = buildDownloads(
    plans.map((p) => ({ id: p.id, data: p.data, model: models.get(p.id) ?? null, uniqueShare: unique(p.id) })),
    originOf(site),
  );
  for (const s of downloads.splits.filter((f) => f.over)) {
    console.warn(`[data/split-over-limit] ${s.path}: plan ${s.slugs.join(', ')} alone has ${s.rows} rows, ${s.bytes} bytes, over the split limits (src/lib/data/downloads.ts)`);
  }
  keepDownloads(downloads);
  return downloads;
}
