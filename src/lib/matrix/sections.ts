/**
 * The text of a plan's sections, read back from the MDX body the importer writes (one
 * <Heading>/<Para> per line, text as a JSON string expression; tables as GFM rows). Used by the
 * comparison pages to show a plan's full text for a group or project.
 */

export type BodyBlock =
  | { kind: 'heading'; id: string; level: number; number: string; text: string }
  | { kind: 'paragraph'; id: string; number: string; text: string }
  | { kind: 'table'; id: string; rows: string[][] };

const decodeAttr = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
const ATTR = (name: string, tag: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `{"text"}` → text. */
function jsString(expr: string): string {
  const m = /^\{(".*")\}$/.exec(expr.trim());
  if (!m) return expr.trim();
  return JSON.parse(m[1]!) as string;
}

export function parseBody(body: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  let table: { id: string; rows: string[][] } | null = null;
  for (const line of body.split('\n')) {
    if (table) {
      if (line.startsWith('</DataTable>')) {
        out.push({ kind: 'table', ...table });
        table = null;
      } else if (line.startsWith('|') && !/^\|\s*-{3}/.test(line)) {
        table.rows.push(
          line
            .slice(1, -1)
            .split(' | ')
            .map((c) => jsString(c)),
        );
      }
      continue;
    }
    const h = /^<Heading([^>]*)>(.*)<\/Heading>$/.exec(line);
    if (h) {
      out.push({ kind: 'heading', id: ATTR('id', h[1]!) ?? '', level: Number(/level=\{(\d+)\}/.exec(h[1]!)?.[1] ?? 2), number: decodeAttr(ATTR('number', h[1]!) ?? ''), text: jsString(h[2]!) });
      continue;
    }
    const p = /^<Para([^>]*)>(.*)<\/Para>$/.exec(line);
    if (p) {
      out.push({ kind: 'paragraph', id: ATTR('id', p[1]!) ?? '', number: decodeAttr(ATTR('number', p[1]!) ?? ''), text: jsString(p[2]!) });
      continue;
    }
    const t = /^<DataTable([^>]*)>/.exec(line);
    if (t) table = { id: ATTR('id', t[1]!) ?? '', rows: [] };
  }
  return out;
}

/** The blocks of the section whose heading has `anchor`: the heading and everything under it. */
export function sectionBlocks(blocks: readonly BodyBlock[], anchor: string): BodyBlock[] {
  const start = blocks.findIndex((b) => b.id === anchor);
  const head = blocks[start];
  if (!head || head.kind !== 'heading') return [];
  let end = start + 1;
  while (end < blocks.length) {
    const b = blocks[end]!;
    if (b.kind === 'heading' && b.level <= head.level) break;
    end++;
  }
  return blocks.slice(start, end);
}
