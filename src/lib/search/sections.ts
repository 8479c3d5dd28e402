/**
 * What a search "section" is. The index builder reads sections from the plan model
 * (model.ts: a model section's [start, ownEnd), the same thing); buildSections() reads them from
 * article nodes, which the benchmark and the e2e tests take from the built pages to check it.
 *
 * A plan article is a flat run of headings (h2–h6, each with a permanent id) and blocks
 * (paragraphs, table cells). A section is one heading plus the blocks after it up to the next
 * heading of ANY level: the smallest anchored unit, so each result is one place in a plan and a
 * parent heading's section does not repeat its subsections. Blocks before the first heading form
 * a section anchored at the first block's id. The heading's own text (with its printed number,
 * e.g. "（一）青少年科学素质提升行动") is the section's first block.
 */

export type ArticleNode =
  | { kind: 'heading'; level: number; id: string; text: string }
  | { kind: 'block'; id: string | null; texts: string[] };

export interface Section {
  /** The anchor: /plans/<slug>/#<id>. */
  id: string;
  /** 0-based position in the plan. */
  ordinal: number;
  /** Heading level (2–6); 0 for text before the first heading. */
  level: number;
  /** Heading texts from the outermost ancestor to this section's own heading. */
  path: string[];
  /** Ids of the enclosing headings (outermost first) and this section's own id. */
  ancestry: string[];
  /** Original text of each block (the heading first); matches never span two blocks. */
  blocks: string[];
}

export function buildSections(nodes: readonly ArticleNode[]): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; id: string; text: string }[] = [];
  let current: Section | null = null;
  for (const node of nodes) {
    if (node.kind === 'heading') {
      while ((stack.at(-1)?.level ?? 0) >= node.level) stack.pop();
      stack.push({ level: node.level, id: node.id, text: node.text });
      current = {
        id: node.id,
        ordinal: sections.length,
        level: node.level,
        path: stack.map((h) => h.text),
        ancestry: stack.map((h) => h.id),
        blocks: node.text ? [node.text] : [],
      };
      sections.push(current);
    } else {
      const texts = node.texts.filter((t) => t.trim() !== '');
      if (!texts.length) continue;
      if (!current) {
        if (!node.id) continue;
        current = { id: node.id, ordinal: sections.length, level: 0, path: [], ancestry: [node.id], blocks: [] };
        sections.push(current);
      }
      for (const t of texts) current.blocks.push(t); // no spread: a table may have any number of cells
    }
  }
  return sections;
}

/** Keys of the taxonomy entries (priority groups, key projects) whose section encloses this one. */
export function sectionTopics(section: Section, anchors: Readonly<Record<string, string | null | undefined>>): string[] {
  return Object.entries(anchors)
    .filter(([, anchor]) => anchor != null && section.ancestry.includes(anchor))
    .map(([key]) => key);
}
