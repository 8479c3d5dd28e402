import { z } from 'zod';
import type { AnchoredBlock } from './classify';
import type { MessageLog } from './messages';
import type { AnchorAlias } from '../model/plan';
import { aliasCount, aliasText, aliasUnresolved } from './rules/anchors/aliases';

/**
 * Anchor aliases: a published id that this import no longer produces keeps working. Staff paste a
 * link to one section into a memo, and that link must work for years, while the reading of a plan
 * improves (loose annex paragraphs become one table, a wrapped heading becomes a paragraph). Each
 * id recorded for the plan (content/anchors.json, the previous model's blocks and its own aliases)
 * that no block carries now is pointed at the block — or table row — that now holds its source
 * line: the line is the one thing a re-reading of the same source does not change. The previous
 * model gives the line (its blocks list ids and lines; its aliases carry theirs forward, so an
 * alias outlives the model it was first read from). An id whose line is unknown, or is no longer
 * text of the plan, is an error message, never dropped in silence.
 */


/**
 * The previous model as far as aliases need it: blocks with ids and lines, and aliases. Read
 * loosely, so that a model written by an older importer (fewer fields) still gives its ids' lines.
 */
const previousModelSchema = z.object({
  blocks: z.array(z.object({ id: z.string(), line: z.number().int().positive(), kind: z.string(), text: z.string().optional() }).passthrough()),
  anchorAliases: z.array(z.object({ id: z.string(), line: z.number().int().positive() }).passthrough()).optional(),
});

export interface PreviousAnchors {
  /** Ids the anchors manifest records for the plan. */
  published: readonly string[];
  /** Ids of the previous model: its blocks (with their text) and aliases, each with its source line. */
  lines: ReadonlyMap<string, { line: number; text?: string }>;
}

/**
 * The previous model's ids and lines (content/models/<slug>.json as committed). A file that is not
 * such a model gives no lines, with a warning (its ids may then end as unresolved errors).
 */
export function readPreviousAnchors(published: readonly string[], model: { file: string; text: string } | undefined, log: MessageLog): PreviousAnchors {
  const lines = new Map<string, { line: number; text?: string }>();
  if (model) {
    let parsed: z.infer<typeof previousModelSchema> | null = null;
    try {
      const result = previousModelSchema.safeParse(JSON.parse(model.text));
      if (result.success) parsed = result.data;
    } catch {
      parsed = null;
    }
    if (!parsed) aliasUnresolved.warn(log, `${model.file} 不是可读的方案模型，读不出已发布链接的原文行`);
    for (const a of parsed?.anchorAliases ?? []) lines.set(a.id, { line: a.line });
    for (const b of parsed?.blocks ?? []) lines.set(b.id, { line: b.line, ...(b.text !== undefined ? { text: b.text } : {}) });
  }
  return { published, lines };
}

/**
 * The aliases of the ids recorded for a plan that `blocks` no longer carry, in the order the
 * manifest (then the previous model) lists them. `textLine` tells whether a source line is still
 * text of the plan (inside the source, not removed as website or PDF furniture).
 */
export function resolveAliases(blocks: readonly AnchoredBlock[], previous: PreviousAnchors, textLine: (line: number) => boolean, log: MessageLog): AnchorAlias[] {
  const now = new Set(blocks.map((b) => b.id));
  const wanted = [...new Set([...previous.published, ...previous.lines.keys()])].filter((id) => !now.has(id));
  const aliases: AnchorAlias[] = [];
  for (const id of wanted) {
    const known = previous.lines.get(id);
    const target = known ? blockAt(blocks, known.line) : undefined;
    const unresolved = aliasUnresolved.apply({ line: known?.line ?? null, isText: known !== undefined && target !== undefined && textLine(known.line) });
    if (unresolved === 'no-line') {
      aliasUnresolved.error(log, `已发布的链接 #${id}（content/anchors.json）本次导入不再产生，上一版模型也没有记下它的原文行，无法转指；链接已失效`, { anchor: id });
      continue;
    }
    if (unresolved === 'not-text' || !known || !target) {
      aliasUnresolved.error(log, `已发布的链接 #${id} 指向的第 ${known?.line} 行已不是方案正文（被当作网页或版面杂项去除，或超出全文），无法转指；链接已失效`, { line: known?.line ?? null, anchor: id });
      continue;
    }
    const row = target.kind === 'table' ? rowAt(target.rowLines, known.line) : undefined;
    aliases.push({ id, target: target.id, ...(row !== undefined ? { row } : {}), line: known.line });
    const there = target.kind === 'table' ? (row !== undefined ? target.rows[row]! : target.header).join('') : `${target.number ?? ''}${target.text}`;
    if (aliasText.apply({ old: known.text, there }) !== null) {
      aliasText.warn(log, `已发布的链接 #${id} 原指“${known.text!.slice(0, 20)}”，按原文第 ${known.line} 行转指 #${target.id}${row !== undefined ? ` 第 ${row + 1} 行` : ''}，那里没有这段文字（原文是否改动过？）`, { line: known.line, anchor: id });
    }
  }
  const count = aliasCount.apply(aliases.length);
  if (count !== null) aliasCount.info(log, `${count} 个已发布的链接不再是本次读出的块，按原文行转指到现在含该行的块或表格行（模型 anchorAliases）`);
  return aliases;
}

/** The block that holds a source line: the last block starting at or before it (the first of those sharing its line). */
export function blockAt(blocks: readonly AnchoredBlock[], line: number): AnchoredBlock | undefined {
  let found: AnchoredBlock | undefined;
  for (const b of blocks) if (b.line <= line && (!found || b.line > found.line)) found = b;
  return found;
}

/** The row of a table that holds a source line, or undefined for a line of its header (before its first row). */
export function rowAt(rowLines: readonly number[], line: number): number | undefined {
  let row: number | undefined;
  rowLines.forEach((l, k) => {
    if (l <= line) row = k;
  });
  return row;
}
