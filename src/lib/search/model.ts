/**
 * Search sections read from the plan model (content/models/<slug>.json), not from built HTML.
 *
 * A search section (see sections.ts) is a heading and its own blocks up to the next heading of
 * any level: the model's [start, ownEnd) range. Blocks before the first heading form a section
 * anchored at the first block's id. Each block contributes the texts the plan page shows for it
 * (src/components/Heading.astro, Para.astro, DataTable.astro fed by src/lib/importer/emit.ts):
 * - heading, paragraph: printed number + text (the number is a <span> before the text);
 * - table: one text per cell, header row first. emit.ts writes the first row as the header when
 *   the block has none, and GFM pads a short row with empty cells and drops cells beyond the
 *   header's width, so those cells are not on the page and are not indexed either.
 * Texts are trimmed and empty ones dropped, as a reader of the page would (checks/plan-article.ts does the same).
 * tests/e2e/search-model.e2e.test.ts checks, for every plan, that these sections equal the ones
 * read from the built page.
 */
import type { ModelBlock, PlanModel } from '../model/plan';
import { headingLevelIn } from '../model/page';
import type { ArticleNode, Section } from './sections';

/** The texts the plan page shows for one block (several for a table: one per cell). */
export function blockTexts(block: ModelBlock): string[] {
  if (block.kind !== 'table') return nonEmpty([`${block.number ?? ''}${block.text}`]);
  const header = block.header.length ? block.header : (block.rows[0] ?? []);
  const body = block.header.length ? block.rows : block.rows.slice(1);
  const cells: string[] = [...header];
  for (const row of body) for (const cell of row.slice(0, header.length)) cells.push(cell);
  return nonEmpty(cells);
}

function nonEmpty(texts: readonly string[]): string[] {
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** The plan article as the page shows it, as nodes for buildSections() (used to cross-check). */
export function articleNodes(model: Pick<PlanModel, 'blocks'>): ArticleNode[] {
  return model.blocks.map((b): ArticleNode =>
    b.kind === 'heading'
      ? { kind: 'heading', level: headingLevelIn(model.blocks, b), id: b.id, text: blockTexts(b)[0] ?? '' }
      : { kind: 'block', id: b.id, texts: blockTexts(b) },
  );
}

/** A model that cannot be read into search sections, naming the plan and section. */
export class SectionError extends Error {
  constructor(
    readonly slug: string,
    readonly sectionId: string,
    readonly reason: string,
  ) {
    super(`plan ${slug}, section ${sectionId}: ${reason}`);
    this.name = 'SectionError';
  }
}

/** A search section, with the topics it falls under. */
export interface ModelSearchSection extends Section {
  /** Topics ("group:youth", "project:digital", …) of this section and every enclosing one, outermost first. */
  topics: string[];
}

/**
 * The plan's search sections in document order, read from the model's sections ([start, ownEnd))
 * and parent links. Throws, naming the plan and section, if the model is inconsistent.
 */
export function searchSections(model: Pick<PlanModel, 'slug' | 'blocks' | 'sections'>): ModelSearchSection[] {
  const byId = new Map(model.sections.map((s) => [s.id, s]));
  const ordered = [...model.sections].sort((a, b) => a.start - b.start);
  const out: ModelSearchSection[] = [];
  const failure = (id: string, why: string): Error => new SectionError(model.slug, id, why);

  // Text before the first heading.
  const firstHeading = ordered[0]?.start ?? model.blocks.length;
  const lead = model.blocks.slice(0, firstHeading);
  const leadTexts = lead.flatMap(blockTexts);
  const anchor = lead.find((b) => blockTexts(b).length)?.id;
  if (anchor !== undefined) out.push({ id: anchor, ordinal: 0, level: 0, path: [], ancestry: [anchor], blocks: leadTexts, topics: [] });

  ordered.forEach((section, k) => {
    const heading = model.blocks[section.start];
    if (heading?.kind !== 'heading' || heading.id !== section.id) throw failure(section.id, `block ${section.start} is not its heading`);
    // Own blocks run to the next heading of any level (sections.ts): a block in no section's own
    // range would be on the page under this heading but missing from the index.
    const next = ordered[k + 1]?.start ?? model.blocks.length;
    if (section.ownEnd !== next) throw failure(section.id, `own blocks end at ${section.ownEnd}, but the next heading is block ${next}`);
    // Enclosing sections, outermost first, by parent links (bounded: a cycle is a model error).
    const chain = [section];
    for (let p = section.parent; p !== null; ) {
      const parent = byId.get(p);
      if (!parent) throw failure(section.id, `parent ${p} is not a section`);
      if (chain.length > model.sections.length) throw failure(section.id, 'parent links form a cycle');
      chain.unshift(parent);
      p = parent.parent;
    }
    const blocks: string[] = [];
    for (let i = section.start; i < section.ownEnd; i++) {
      const block = model.blocks[i];
      if (block) for (const t of blockTexts(block)) blocks.push(t);
    }
    out.push({
      id: section.id,
      ordinal: out.length,
      level: headingLevelIn(model.blocks, heading),
      path: chain.map((s) => {
        const h = model.blocks[s.start];
        return h ? (blockTexts(h)[0] ?? '') : '';
      }),
      ancestry: chain.map((s) => s.id),
      blocks,
      topics: chain.flatMap((s) => (s.topic ? [s.topic] : [])),
    });
  });
  return out;
}
