/**
 * The anchors manifest (content/anchors.json): every id of every plan ever published. Staff paste
 * links to sections into memos, so ids must never disappear or change: the importer only ever
 * adds to the manifest, and a test fails when a recorded id is missing from a plan.
 */

export const ANCHORS_MANIFEST = 'content/anchors.json';

export type AnchorsManifest = Record<string, string[]>;

export function parseManifest(json: string): AnchorsManifest {
  const data = JSON.parse(json) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${ANCHORS_MANIFEST}: expected an object of slug → ids`);
  for (const [slug, ids] of Object.entries(data)) {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error(`${ANCHORS_MANIFEST}: ${slug} must list ids as strings`);
  }
  return data as AnchorsManifest;
}

/** Previous ids stay, in their order; ids new in this import are appended in document order. */
export function mergeManifest(previous: AnchorsManifest, plans: readonly { slug: string; blocks: readonly { id: string }[] }[]): AnchorsManifest {
  const merged: AnchorsManifest = {};
  const slugs = new Set([...Object.keys(previous), ...plans.map((p) => p.slug)]);
  for (const slug of [...slugs].sort()) {
    const ids = [...(previous[slug] ?? [])];
    const seen = new Set(ids);
    for (const b of plans.find((p) => p.slug === slug)?.blocks ?? []) {
      if (!seen.has(b.id)) {
        ids.push(b.id);
        seen.add(b.id);
      }
    }
    merged[slug] = ids;
  }
  return merged;
}

export function serializeManifest(manifest: AnchorsManifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/** Ids recorded in the manifest that a plan no longer has: each one is a broken link somewhere. */
export function missingAnchors(manifest: AnchorsManifest, slug: string, ids: Iterable<string>): string[] {
  const present = new Set(ids);
  return (manifest[slug] ?? []).filter((id) => !present.has(id));
}
