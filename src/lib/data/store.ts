/**
 * The downloads computed in this build, handed from the /data/ page (rendered by Astro, where the
 * content collections are) to the integration that writes the files after the build. On
 * globalThis, not in a module variable: the page bundle and the integration load their modules
 * separately within the one build process.
 */
import type { Downloads } from './downloads';

const KEY = Symbol.for('plan-atlas.data-downloads');
const store = globalThis as unknown as Record<symbol, Downloads | undefined>;

export function keepDownloads(downloads: Downloads | undefined): void {
  store[KEY] = downloads;
}

export function keptDownloads(): Downloads | undefined {
  return store[KEY];
}

/** The origin of a configured site ('' when none), what the downloads' absolute urls start with. */
export function originOf(site: string | URL | undefined): string {
  return site ? new URL(site).origin : '';
}
