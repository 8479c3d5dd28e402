import { stringify } from 'yaml';
import type { PlanFrontmatter } from '../schema';
import type { AnchoredBlock } from './classify';

/**
 * Stage "emit MDX": frontmatter as YAML, then one line of JSX per block so that every heading
 * and paragraph carries its permanent id. Text is escaped so that nothing in a source
 * (import/export lines, { }, < >, tags, #, |, >, ---) is ever read as MDX, Markdown or HTML:
 * the page shows it literally.
 */

/** Heading level in the page: h1 is the page title; the notice, plan title and annex are h2. */
export function headingLevel(depth: number): number {
  return Math.min(2 + depth, 6);
}

/**
 * Escapes text for MDX phrasing content (each block is one line of JSX, so block syntax such as
 * `# `, `> `, `1. `, `---` or `import` is not read there): the characters that phrasing, JSX,
 * expressions and GFM autolinks could read become numeric character references, which render
 * as themselves. Everything else stays readable in the MDX for review.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&~|!@:]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/(www)\./gi, '$1&#46;');
}

/** An attribute value inside double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function emitMdx(frontmatter: PlanFrontmatter, blocks: readonly AnchoredBlock[]): string {
  const out: string[] = ['---', stringify(frontmatter, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' }).trimEnd(), '---', ''];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const number = b.number ? ` number="${escapeAttribute(b.number)}"` : '';
      out.push(`<Heading id="${b.id}" level={${headingLevel(b.depth)}}${number}>${escapeText(b.text)}</Heading>`, '');
    } else if (b.kind === 'paragraph') {
      const number = b.number ? ` number="${escapeAttribute(b.number)}"` : '';
      out.push(`<Para id="${b.id}"${number}>${escapeText(b.text)}</Para>`, '');
    } else {
      const header = b.header.length ? b.header : (b.rows[0] ?? []);
      const rows = b.header.length ? b.rows : b.rows.slice(1);
      const cell = (c: string) => (c === '' ? ' ' : escapeText(c));
      out.push(
        `<DataTable id="${b.id}">`,
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
