/**
 * Renderers of a plan's plain text into the formats plans are published in (formats/types.ts), for
 * measuring the importer (`npm run render:formats` writes tests/fixtures/formats/<format>/<slug>.<ext>;
 * `npm run eval:extraction` imports each rendering and scores it against the plan's gold facts).
 * Each renderer is its own module, `src/cli/render/<format>.ts`, exporting `render`. A rendering is
 * deterministic (no clock, no random ids), so rendering again changes no committed file.
 */

/** A plan to render: its slug and its text as a `.txt` source holds it (UTF-8). */
export interface RenderablePlan {
  slug: string;
  text: string;
}

export type Renderer = (plan: RenderablePlan) => Promise<Uint8Array>;
