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

/**
 * `aliases`: published ids that now point here (src/lib/importer/aliases.ts), rendered as empty
 * elements at the start of the item's text (in a table, of the first cell of the header row or of
 * the row they point at), so that an old link lands on the text it meant. Present only when there
 * are any, so most items carry nothing extra.
 */
export type PageItem =
  | { kind: 'heading'; id: string; level: number; number: string; text: string; aliases?: string[] }
  | { kind: 'paragraph'; id: string; number: string; text: string; aliases?: string[] }
  /**
   * `label` names the table's region, unique in the page: its section's heading and 表n.
   * `headerAliases` (ids of the table itself or its header lines) and `rowAliases` (one list per
   * row) hold the ids that point into it.
   */
  | { kind: 'table'; id: string; label: string; header: string[]; rows: string[][]; headerAliases?: string[]; rowAliases?: string[][] };

type PageBlock =
  | { kind: 'heading'; id: string; part: string; depth: number; number: string; text: string; role?: string }
  | { kind: 'paragraph'; id: string; number?: string; text: string }
  | { kind: 'table'; id: string; header: string[]; rows: string[][] };

/** An alias as the page needs it: the id, its target block and, in a table, the row. */
type PageAlias = { id: string; target: string; row?: number };

/**
 * The page items of a plan's blocks. A table without a header row in the source takes its first
 * row as the header (a table must have one to be read by a screen reader as a table of data).
 */
export function pageItems(blocks: readonly PageBlock[], aliases: readonly PageAlias[] = []): PageItem[] {
  const byTarget = new Map<string, PageAlias[]>();
  for (const a of aliases) byTarget.set(a.target, [...(byTarget.get(a.target) ?? []), a]);
  let lastHeading = '';
  let tableCount = 0;
  return blocks.map((b): PageItem => {
    const here = byTarget.get(b.id) ?? [];
    const own = here.filter((a) => a.row === undefined).map((a) => a.id);
    const extra = own.length ? { aliases: own } : {};
    if (b.kind === 'heading') {
      lastHeading = `${b.number}${b.text}`;
      tableCount = 0;
      return { kind: 'heading', id: b.id, level: headingLevelIn(blocks, b), number: b.number, text: b.text, ...extra };
    }
    if (b.kind === 'paragraph') return { kind: 'paragraph', id: b.id, number: b.number ?? '', text: b.text, ...extra };
    const header = b.header.length ? b.header : (b.rows[0] ?? []);
    const rows = b.header.length ? b.rows : b.rows.slice(1);
    const table: PageItem = { kind: 'table', id: b.id, label: `${lastHeading} 表${++tableCount}`, header, rows };
    if (here.length) {
      // An id of a line in the header goes to the header row, as does row 0 of a table shown with its first row as header.
      const shift = b.header.length ? 0 : 1;
      const ids = (k: number) => here.filter((a) => a.row === k).map((a) => a.id);
      const headerAliases = [...own, ...(shift ? ids(0) : [])];
      if (headerAliases.length) table.headerAliases = headerAliases;
      if (here.some((a) => a.row !== undefined && a.row >= shift)) table.rowAliases = rows.map((_, k) => ids(k + shift));
    }
    return table;
  });
}
