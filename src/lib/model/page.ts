/**
 * A plan's text as its page shows it: one item per block, with the heading levels and table names
 * the page uses. The one definition read by the MDX emitter (the entry a maintainer reads and diffs)
 * and by the plan page, which renders these items directly, so that the site does not compile one
 * MDX module per plan (at 3,000 plans that was what ran the build out of memory).
 */

/** Heading level in the page: h1 is the page title; the notice, plan title and annex are h2. */
export function headingLevel(depth: number): number {
  return Math.min(2 + depth, 6);
}

type LevelBlock = { kind: string; part?: string; role?: string };

/**
 * The level of a heading in its plan's page. A plan that does not repeat its title (the notice's
 * title names it) has no h2 of its own, so its chapters (一、) are h2 beside the notice, as the
 * model has them (no parent), not h3 under the notice.
 */
export function headingLevelIn(blocks: readonly LevelBlock[], heading: { depth: number; part: string; role?: string }): number {
  const untitled = heading.part === 'body' && !heading.role && !blocks.some((b) => b.kind === 'heading' && b.role === 'title');
  return headingLevel(untitled ? Math.max(0, heading.depth - 1) : heading.depth);
}

export type PageItem =
  | { kind: 'heading'; id: string; level: number; number: string; text: string }
  | { kind: 'paragraph'; id: string; number: string; text: string }
  /** `label` names the table's region, unique in the page: its section's heading and 表n. */
  | { kind: 'table'; id: string; label: string; header: string[]; rows: string[][] };

type PageBlock =
  | { kind: 'heading'; id: string; part: string; depth: number; number: string; text: string; role?: string }
  | { kind: 'paragraph'; id: string; number?: string; text: string }
  | { kind: 'table'; id: string; header: string[]; rows: string[][] };

/**
 * The page items of a plan's blocks. A table without a header row in the source takes its first
 * row as the header (a table must have one to be read by a screen reader as a table of data).
 */
export function pageItems(blocks: readonly PageBlock[]): PageItem[] {
  let lastHeading = '';
  let tableCount = 0;
  return blocks.map((b): PageItem => {
    if (b.kind === 'heading') {
      lastHeading = `${b.number}${b.text}`;
      tableCount = 0;
      return { kind: 'heading', id: b.id, level: headingLevelIn(blocks, b), number: b.number, text: b.text };
    }
    if (b.kind === 'paragraph') return { kind: 'paragraph', id: b.id, number: b.number ?? '', text: b.text };
    const header = b.header.length ? b.header : (b.rows[0] ?? []);
    const rows = b.header.length ? b.rows : b.rows.slice(1);
    return { kind: 'table', id: b.id, label: `${lastHeading} 表${++tableCount}`, header, rows };
  });
}
