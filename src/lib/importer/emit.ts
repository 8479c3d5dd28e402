import { parse, stringify } from 'yaml';
import type { PlanFrontmatter } from '../schema';
import type { AnchoredBlock } from './classify';
import { pageItems } from '../model/page';
import type { AnchorAlias } from '../model/plan';

export { headingLevel, headingLevelIn } from '../model/page';

/**
 * Stage "emit MDX": frontmatter as YAML, then one line of JSX per block so that every heading
 * and paragraph carries its permanent id. Text goes in as string expressions, so nothing in a
 * source (import/export lines, { }, < >, tags, #, |, >, ---, URLs) is ever read as MDX, Markdown
 * or HTML: the page shows it literally.
 */

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

/** YAML settings of the frontmatter, written and read. */
const FRONTMATTER_YAML = { version: '1.1' } as const;

/**
 * The frontmatter of an emitted MDX entry, as the data it was written from (the `plans` collection
 * reads entries with this; a round trip through emitMdx gives back the same data).
 */
export function parseMdxFrontmatter(mdx: string, where: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(mdx);
  if (!match) throw new Error(`${where}: no frontmatter (an entry starts with --- YAML ---; run npm run import)`);
  const data: unknown = parse(match[1]!, FRONTMATTER_YAML);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${where}: the frontmatter is not a YAML mapping`);
  return data as Record<string, unknown>;
}

/** Published ids kept as empty elements where they now point (model/page.ts, importer/aliases.ts). */
const aliasSpans = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => `<span id="${id}" />`).join('');

export function emitMdx(frontmatter: PlanFrontmatter, blocks: readonly AnchoredBlock[], aliases: readonly AnchorAlias[] = []): string {
  const out: string[] = ['---', stringify(frontmatter, { ...FRONTMATTER_YAML, lineWidth: 0, aliasDuplicateObjects: false }).trimEnd(), '---', ''];
  for (const item of pageItems(blocks, aliases)) {
    const number = item.kind !== 'table' && item.number ? ` number="${escapeAttribute(item.number)}"` : '';
    if (item.kind === 'heading') {
      out.push(`<Heading id="${item.id}" level={${item.level}}${number}>${aliasSpans(item.aliases)}${escapeText(item.text)}</Heading>`, '');
    } else if (item.kind === 'paragraph') {
      out.push(`<Para id="${item.id}"${number}>${aliasSpans(item.aliases)}${escapeText(item.text)}</Para>`, '');
    } else {
      const cell = (c: string) => (c === '' ? ' ' : escapeText(c));
      // The aliases of a row at the start of its first cell.
      const row = (cells: readonly string[], ids: readonly string[] | undefined) => `| ${cells.map((c, i) => (i === 0 && ids?.length ? `${aliasSpans(ids)}${c === '' ? '' : escapeText(c)}` : cell(c))).join(' | ')} |`;
      out.push(
        // Each table is a landmark region on the page, named after its section so names are unique.
        `<DataTable id="${item.id}" label="${escapeAttribute(item.label)}">`,
        '',
        row(item.header, item.headerAliases),
        `| ${item.header.map(() => '---').join(' | ')} |`,
        ...item.rows.map((r, k) => row(r, item.rowAliases?.[k])),
        '',
        '</DataTable>',
        '',
      );
    }
  }
  return out.join('\n');
}
