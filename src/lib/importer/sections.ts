import type { AnchoredBlock } from './classify';

/**
 * What a section is, for the importer's counts and department lists: the blocks from a heading to
 * the next heading of the same or a higher level, and the measures (措施) inside it.
 */

/** Index just past the last block of the section opened by the heading at `index`. */
export function sectionExtent(blocks: readonly AnchoredBlock[], index: number): number {
  const heading = blocks[index]!;
  if (heading.kind !== 'heading') return index + 1;
  let end = index + 1;
  while (end < blocks.length) {
    const b = blocks[end]!;
    if (b.kind === 'heading' && (b.depth <= heading.depth || b.part !== heading.part)) break;
    end++;
  }
  return end;
}

/** A line that names who is responsible, not a measure. */
export const RESPONSIBILITY = /^[（(]?(责任单位|牵头单位|牵头部门|配合部门|配合单位)/;
/** Headings that only divide a section (Shenzhen's 1.任务 2.措施 3.分工), not measures. */
export const WRAPPER_HEADING = /^(任务|措施|分工|主要任务|工作措施|主要措施|责任分工)[。：]?$/;

/**
 * The measures of the section whose heading is at `index` (their number is the section's measure count):
 * its numbered sub-headings; in the 任务/措施/分工 layout the paragraphs under 措施; else its
 * numbered paragraphs; else its paragraphs other than responsibility lines.
 */
export function measureBlocks(blocks: readonly AnchoredBlock[], index: number, end: number): { index: number; end: number }[] {
  const heading = blocks[index]!;
  if (heading.kind !== 'heading') return [];
  const inside: number[] = [];
  for (let i = index + 1; i < end; i++) inside.push(i);
  const children = inside.filter((i) => {
    const b = blocks[i]!;
    return b.kind === 'heading' && b.depth === heading.depth + 1;
  });
  const measuresHeading = children.find((i) => /^(措施|工作措施|主要措施)/.test((blocks[i] as { text: string }).text));
  if (measuresHeading !== undefined) {
    const stop = sectionExtent(blocks, measuresHeading);
    const out: { index: number; end: number }[] = [];
    for (let i = measuresHeading + 1; i < stop; i++) if (blocks[i]!.kind === 'paragraph') out.push({ index: i, end: i + 1 });
    return out;
  }
  const numbered = inside.filter((i) => {
    const b = blocks[i]!;
    return (children.includes(i) && b.kind === 'heading' && !WRAPPER_HEADING.test(b.text)) || (b.kind === 'paragraph' && !!b.number);
  });
  if (numbered.length) return numbered.map((i) => ({ index: i, end: blocks[i]!.kind === 'heading' ? sectionExtent(blocks, i) : i + 1 }));
  return inside.filter((i) => {
    const b = blocks[i]!;
    return b.kind === 'paragraph' && !RESPONSIBILITY.test(b.text);
  }).map((i) => ({ index: i, end: i + 1 }));
}
