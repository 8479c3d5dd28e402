import { z } from 'zod';
import { anchorId, planSchema } from '../schema';

/**
 * The plan model: the one typed document the importer produces for each plan, and the one thing
 * every consumer reads — the plan page's metadata, the matrix, comparison pages, department index,
 * search index and data downloads. Nothing downstream re-parses MDX bodies, built HTML or
 * frontmatter text. Written to content/models/<slug>.json beside the MDX entry (whose frontmatter
 * is `meta`, validated by the same schema) and read from there by `readModels` (src/lib/model/files.ts).
 */

const part = z.enum(['notice', 'body', 'annex']);
const sourceLine = z.number().int().positive();

export const headingBlockSchema = z
  .object({
    kind: z.literal('heading'),
    id: anchorId,
    line: sourceLine,
    part,
    /** Outline depth inside its part (0 for the notice, plan title and annex headings). */
    depth: z.number().int().min(0).max(8),
    /** The numbering as printed ("（一）", "1."), "" for unnumbered headings. */
    number: z.string(),
    text: z.string(),
    role: z.enum(['notice', 'title', 'annex']).optional(),
  })
  .strict();

export const paragraphBlockSchema = z
  .object({
    kind: z.literal('paragraph'),
    id: anchorId,
    line: sourceLine,
    part,
    /** The printed numbering of a numbered paragraph that is not a heading. */
    number: z.string().optional(),
    text: z.string(),
  })
  .strict();

export const tableBlockSchema = z
  .object({
    kind: z.literal('table'),
    id: anchorId,
    line: sourceLine,
    part,
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** The source line each row starts on, one per row. */
    rowLines: z.array(sourceLine),
  })
  .strict();

export const blockSchema = z.discriminatedUnion('kind', [headingBlockSchema, paragraphBlockSchema, tableBlockSchema]);

/** What a section is about: a priority group, a key project, a group the national outline does not list, or nothing. */
export const topicSchema = z.string().regex(/^(group|project|extra):.+$/);

/**
 * A section: a heading and the blocks under it. `start` is the heading's block index; `end` is
 * just past the last block of the section including its subsections (the next heading of the
 * same or a higher level, or the end of its part); `ownEnd` is just past its own blocks, before
 * its first subsection (the smallest anchored unit, which search results point at).
 */
export const sectionSchema = z
  .object({
    id: anchorId,
    start: z.number().int().nonnegative(),
    ownEnd: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    depth: z.number().int().min(0),
    part,
    /** The enclosing section's id, or null at the top. */
    parent: anchorId.nullable(),
    topic: topicSchema.nullable(),
  })
  .strict();

export const roleSchema = z.enum(['lead', 'support', 'responsible']);
export type Role = z.infer<typeof roleSchema>;

/** A department as a measure names it: canonical name, and the form written when it differs. */
export const departmentRefSchema = z.object({ name: z.string().min(1), written: z.string().min(1), role: roleSchema }).strict();

/** A measure (措施): its blocks and who is responsible for it, with where and by which rule that was read. */
export const measureSchema = z
  .object({
    id: anchorId,
    /** The section whose measure it is. */
    section: anchorId,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    number: z.string(),
    /** The measure's heading, or its paragraph's first sentence. */
    text: z.string().min(1),
    departments: z.array(departmentRefSchema),
    /** The block that states who is responsible (a paragraph, table or annex line), or null. */
    statedAt: anchorId.nullable(),
    /** The rule that read the statement, or null. */
    ruleId: z.string().nullable(),
  })
  .strict();

export const messageSchema = z
  .object({
    ruleId: z.string().min(1),
    severity: z.enum(['info', 'warning', 'error']),
    line: sourceLine.nullable(),
    anchor: z.string().nullable(),
    reason: z.string().min(1),
  })
  .strict();

/**
 * A published id this reading no longer produces, kept working (src/lib/importer/aliases.ts): the
 * page puts it at the start of `target`, or of row `row` of that table; `line` is the source line it
 * pointed at, which the next import resolves again.
 */
export const anchorAliasSchema = z
  .object({
    id: anchorId,
    target: anchorId,
    /** The row (index into the table's rows) when the target is a table. */
    row: z.number().int().nonnegative().optional(),
    line: sourceLine,
  })
  .strict();

export const planModelSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    meta: planSchema,
    blocks: z.array(blockSchema),
    sections: z.array(sectionSchema),
    measures: z.array(measureSchema),
    messages: z.array(messageSchema),
    /** Published ids that now point into another block (anchors manifest, content/anchors.json). */
    anchorAliases: z.array(anchorAliasSchema),
  })
  .strict();

export type PlanModel = z.infer<typeof planModelSchema>;
export type ModelBlock = z.infer<typeof blockSchema>;
export type ModelSection = z.infer<typeof sectionSchema>;
export type ModelMeasure = z.infer<typeof measureSchema>;
export type ModelMessage = z.infer<typeof messageSchema>;
export type DepartmentRef = z.infer<typeof departmentRefSchema>;
export type AnchorAlias = z.infer<typeof anchorAliasSchema>;

/* Reading the model: small pure helpers every consumer shares. */

/** The section with this id, or undefined. */
export function sectionById(plan: Pick<PlanModel, 'sections'>, id: string): ModelSection | undefined {
  return plan.sections.find((s) => s.id === id);
}

/** The blocks of a section, its heading first (with subsections unless `own`). */
export function sectionBlocks(plan: Pick<PlanModel, 'blocks'>, section: ModelSection, own = false): ModelBlock[] {
  return plan.blocks.slice(section.start, own ? section.ownEnd : section.end);
}

/** The text of a block as a reader sees it: printed number and text; table cells joined by tabs and lines. */
export function blockText(block: ModelBlock): string {
  if (block.kind === 'table') return [block.header, ...block.rows].filter((r) => r.length).map((r) => r.join('\t')).join('\n');
  return `${block.number ?? ''}${block.text}`;
}
