import { stringify } from 'yaml';
import type { PlanFrontmatter } from '../schema';
import type { AnchoredBlock } from './classify';

/**
 * Stage "emit MDX": frontmatter as YAML, then one line of JSX per block so that every heading
 * and paragraph carries its permanent id. Text goes in as string expressions, so nothing in a
 * source (import/export lines, { }, < >, tags, #, |, >, ---, URLs) is ever read as MDX, Markdown
 * or HTML: the page shows it literally.
 */

/** Heading level in the page: h1 is the page title; the notice, plan title and annex are h2. */
export function headingLevel(depth: number): number {
  return Math.min(2 + depth, 6);
}

/**
 * The level of a heading in its plan's page. A plan that does not repeat its title (the notice's
 * title names it) has no h2 of its own, so its chapters (一、) are h2 beside the notice, as the
 * model has them (no parent), not h3 under the notice.
 */
export function headingLevelIn(blocks: readonly { kind: string; part?: string; role?: string }[], heading: { depth: number; part: string; role?: string }): number {
  const untitled = heading.part === 'body' && !heading.role && !blocks.some((b) => b.kind === 'heading' && b.role === 'title');
  return headingLevel(untitled ? Math.max(0, heading.depth - 1) : heading.depth);
}

/**
 * Text as a JSX string expression, `{"…"}`: MDX hands it to the page as a string, so no Markdown,
 * JSX, expression, HTML or GFM autolink is ever read in it (character references would not stop
 * autolinks, which GFM finds in text after parsing). `{ } < > | `` ` `` are written as \u escapes
 * so that no tokenizer (tables split on |) sees them either; Chinese text stays readable.
 */
export function escapeText(text: string): string {
  const literal = JSON.stringify(text).replace(/[{}<>|`\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `{${literal}}`;
}

/** An attribute value inside double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function emitMdx(frontmatter: PlanFrontmatter, blocks: readonly AnchoredBlock[]): string {
  let lastHeading = '';
  let tableCount = 0;
  const out: string[] = ['---', stringify(frontmatter, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' }).trimEnd(), '---', ''];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      lastHeading = `${b.number}${b.text}`;
      tableCount = 0;
      const number = b.number ? ` number="${escapeAttribute(b.number)}"` : '';
      out.push(`<Heading id="${b.id}" level={${headingLevelIn(blocks, b)}}${number}>${escapeText(b.text)}</Heading>`, '');
    } else if (b.kind === 'paragraph') {
      const number = b.number ? ` number="${escapeAttribute(b.number)}"` : '';
      out.push(`<Para id="${b.id}"${number}>${escapeText(b.text)}</Para>`, '');
    } else {
      const header = b.header.length ? b.header : (b.rows[0] ?? []);
      const rows = b.header.length ? b.rows : b.rows.slice(1);
      const cell = (c: string) => (c === '' ? ' ' : escapeText(c));
      out.push(
        // Each table is a landmark region on the page, named after its section so names are unique.
        `<DataTable id="${b.id}" label="${escapeAttribute(`${lastHeading} 表${++tableCount}`)}">`,
        '',
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
        '</DataTable>',
        '',
      );
    }
  }
  return out.join('\n');
}
