/**
 * A DOM → derived text (formats/types.ts): one line per paragraph, heading or list item, one TAB row
 * per row of a data table. Shared by every format that reaches the importer as HTML: a saved web
 * page, an MHTML's page, a `.docx` converted by mammoth.
 *
 * Considered: the DOM's own `innerText` (not implemented by linkedom, and it would flatten tables)
 * and turndown / mammoth's markdown (Markdown tables lose a cell's line breaks and escape
 * punctuation the importer reads). What is specific here is the derived text's layout, so the walk
 * is written out.
 */

/** The DOM shape this walker reads (a linkedom or browser node). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** A cell's rowspan or colspan: a positive whole number, else 1 (as browsers read a missing or bad value). */
function span(cell: DomNode, name: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.getAttribute?.(name) ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}
/** Browsers cap rowspan at 65534 and colspan at 1000; a table here never needs more than this. */
const MAX_SPAN = 1000;

/**
 * The rows of a table as a grid of cell texts, merged cells laid out as a browser draws them: a cell
 * spanning rows is repeated in each row it covers (an annex's 类别 or 牵头单位 cell merged down
 * belongs to every row beside it), a cell spanning columns is written once and the columns it covers
 * left empty (so the cells after it stay in their columns); when it reaches the row's end, the row
 * simply ends with it.
 */
export function tableGrid(rows: readonly (readonly { text: string; rowspan: number; colspan: number }[])[]): string[][] {
  const carried: ({ text: string; rowsLeft: number } | undefined)[] = [];
  return rows.map((cells) => {
    const out: string[] = [];
    // Columns covered by a cell merged across (not cells of their own).
    const covered = new Set<number>();
    let col = 0;
    const fillCarried = () => {
      while (carried[col] && carried[col]!.rowsLeft > 0) {
        out[col] = carried[col]!.text;
        carried[col]!.rowsLeft--;
        col++;
      }
    };
    for (const cell of cells) {
      fillCarried();
      for (let k = 0; k < cell.colspan; k++) {
        out[col + k] = k === 0 ? cell.text : '';
        if (k > 0) covered.add(col + k);
        carried[col + k] = cell.rowspan > 1 ? { text: k === 0 ? cell.text : '', rowsLeft: cell.rowspan - 1 } : undefined;
      }
      col += cell.colspan;
    }
    fillCarried();
    // A cell merged across to the row's end leaves no empty cells after it: the row is short, as a
    // text copy of the table writes it (a section row 「一、青少年」 across the whole table).
    let end = out.length;
    while (end > 0 && covered.has(end - 1)) end--;
    return Array.from(out.slice(0, end), (t) => t ?? '');
  });
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'CENTER', 'ADDRESS', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'HR', 'FORM', 'FIELDSET', 'LEGEND', 'CAPTION', 'BODY', 'HTML',
]);

/** Where two pieces of text meet with no separator: between CJK characters or full-width punctuation. */
const CJK_EDGE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Joins the parts of one table cell (its paragraphs and line breaks) into one line. */
export function joinCellParts(parts: readonly string[]): string {
  let out = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (out && !(CJK_EDGE.test(out.at(-1)!) && CJK_EDGE.test(part[0]!))) out += ' ';
    out += part;
  }
  return out;
}

/** Runs of spaces, tabs and line breaks in HTML source are one space; &nbsp; and U+3000 are kept as they are meaningful indentation only at a line's start (trimmed there). */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/** The rows of a table element (its own rows, not those of tables nested in its cells). */
function tableRows(table: DomNode): DomNode[][] {
  const rows: DomNode[][] = [];
  const visit = (node: DomNode) => {
    for (const child of children(node)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      if (child.nodeName === 'TR') rows.push(children(child).filter((c) => c.nodeType === ELEMENT_NODE && (c.nodeName === 'TD' || c.nodeName === 'TH')));
      else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.nodeName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

export interface DomTextOptions {
  /**
   * The text nodes' spaces are the document's own, not HTML source layout: a Word file converted by
   * mammoth writes each run's text as typed, so runs of spaces (columns aligned by spaces) are kept
   * rather than collapsed as a web page's are.
   */
  literalSpaces?: boolean;
}

/**
 * The derived text of a DOM subtree: lines in reading order, no empty lines.
 * A table with a row of two or more cells is a data table (TAB rows, a cell's own lines joined);
 * a table of one cell per row is layout (CMS pages wrap their article in such tables), read as blocks.
 */
export function domLines(root: DomNode, options: DomTextOptions = {}): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    // Literal text keeps its leading spaces (columns aligned by spaces, as the .txt has them).
    const line = options.literalSpaces ? (current.trim() ? current.replace(/[\s\u00A0\u3000]+$/, '') : '') : current.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, '');
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += options.literalSpaces ? (node.textContent ?? '').replace(/[\r\n\f]+/g, ' ') : collapse(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return flush();
    // Preformatted text (a PDF's layout text pasted into a page): its lines as they are, leading
    // spaces included, since they align the columns of a table the table readers rebuild.
    if (node.nodeName === 'PRE') {
      flush();
      for (const line of (node.textContent ?? '').replace(/\r\n?/g, '\n').split('\n')) if (line.trim()) lines.push(line.trimEnd());
      return;
    }
    if (node.nodeName === 'TABLE') {
      flush();
      const rows = tableRows(node);
      if (rows.some((cells) => cells.length >= 2)) {
        const grid = tableGrid(rows.map((cells) => cells.map((cell) => ({ text: joinCellParts(domLines(cell, options)), rowspan: span(cell, 'rowspan'), colspan: span(cell, 'colspan') }))));
        for (const texts of grid) if (texts.some(Boolean)) lines.push(texts.join('\t'));
      } else {
        for (const cells of rows) for (const cell of cells) lines.push(...domLines(cell, options));
      }
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of children(node)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
