/**
 * The compare page's worker: fetches and inflates the two plans' texts files and compares them
 * (src/lib/compare/work.ts), off the page's main thread. One message in ({a, b} slugs), one out
 * ({comparison} or {error, notFound}).
 */
import { comparePlans } from '../lib/compare/work';
import { textsPath, type PlanTexts } from '../lib/search/files';

const texts = async (slug: string): Promise<PlanTexts> => {
  const r = await fetch(`/${textsPath(slug)}`);
  if (r.status === 404) throw Object.assign(new Error(slug), { notFound: true });
  if (!r.ok || !r.body) throw new Error(`${slug}: HTTP ${r.status}`);
  return (await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json()) as PlanTexts;
};

self.addEventListener('message', (event: MessageEvent<{ a: string; b: string }>) => {
  const { a, b } = event.data;
  Promise.all([texts(a), texts(b)]).then(
    ([ta, tb]) => self.postMessage({ comparison: comparePlans(ta, tb) }),
    (err: Error & { notFound?: boolean }) => self.postMessage({ error: err.message, notFound: !!err.notFound }),
  );
});
