import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { domLines, type DomNode } from './dom-text';
import type { Attachment, DerivedSource, FormatMessage, FormatReader, SourceFormat } from './types';
import { webUrl } from '../../schema';
import { headerFields, headerLineKind, HEADER_LABELS } from '../rules/meta/header-fields';
import { attachmentOnly } from '../rules/text/attachment-only';
import { ENCODING_PRESCAN_BYTES, htmlAttachment, htmlBody, htmlEncoding, htmlInfoCard, htmlMeta, MARKED_CONTAINERS, holds, numberedCount, type BodyText } from '../rules/formats/html';
import { toSimplifiedForMatching } from '../text/fold';

/**
 * The web-page reader: a page as a browser saves it ("HTML only"), in the page's own encoding
 * (formats/types.ts). Decodes by the page's declaration, finds the article body by its content
 * (Readability, checked against the containers CMS templates mark), and writes the derived text:
 * the page's header facts (its 信息公开 catalogue card, its 《政府网站发展指引》 meta tags) as
 * `标签：值` lines, then the body's paragraphs, headings and TAB rows (formats/dom-text.ts).
 * Rules: rules/formats/html.ts.
 */

type Element = DomNode & {
  tagName: string;
  parentNode: Element | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  querySelector(selector: string): Element | null;
  contains(other: unknown): boolean;
  remove(): void;
  closest(selector: string): Element | null;
};

export interface DecodedPage {
  html: string;
  /** What the bytes were decoded as. */
  encoding: string;
  messages: FormatMessage[];
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes → the page's HTML, by its BOM or declared charset (rule formats/html-encoding); `charset`
 * overrides both (an MHTML part's own Content-Type). Undeclared: UTF-8, or GB18030 when the bytes
 * are not UTF-8 (said in a warning: the page did not say).
 */
export function decodePage(bytes: Uint8Array, charset?: string | null): DecodedPage {
  const messages: FormatMessage[] = [];
  const say = (severity: FormatMessage['severity'], reason: string) => messages.push({ ruleId: htmlEncoding.id, severity, reason });
  const fromPart = charset ? htmlEncoding.apply(`<meta charset="${charset}">`) : null;
  const declared = fromPart ? { ...fromPart, by: 'the part’s Content-Type' } : htmlEncoding.apply(latin1(bytes.subarray(0, ENCODING_PRESCAN_BYTES)));
  let body = bytes;
  if (declared?.by === 'BOM') body = bytes.subarray(declared.decodeAs === 'utf-8' ? 3 : 2);
  const as = declared?.decodeAs ?? 'utf-8';
  if (declared && as !== 'utf-8') {
    // A page declaring a GB charset whose bytes are valid UTF-8 with non-ASCII characters was
    // mislabelled (a CMS template's stale meta tag): GB text is almost never valid UTF-8, while the
    // declared decoding would turn every character into mojibake.
    const utf8 = declared.by !== 'BOM' && body.some((b) => b >= 0x80) ? strictUtf8(body) : null;
    if (utf8 !== null) {
      say('warning', `the page declares ${declared.declared} by ${declared.by}, but its bytes are valid UTF-8: decoded as UTF-8 (the declaration is wrong) — check the text`);
      return { html: utf8, encoding: 'utf-8', messages };
    }
    if (iconv.encodingExists(as)) {
      say('info', `decoded as ${as.toUpperCase()}: the page declares ${declared.declared} by ${declared.by}`);
      return { html: iconv.decode(Buffer.from(body), as), encoding: as, messages };
    }
    say('warning', `the page declares ${declared.declared} by ${declared.by}, an encoding not known here; decoded as UTF-8 — check the text`);
  }
  try {
    const html = new TextDecoder('utf-8', { fatal: true }).decode(body);
    say('info', declared ? `decoded as UTF-8: the page declares ${declared.declared} by ${declared.by}` : 'decoded as UTF-8: the page declares no encoding (no BOM, no <meta charset>) and its bytes are valid UTF-8');
    return { html, encoding: 'utf-8', messages };
  } catch {
    if (declared) {
      say('warning', `the page declares ${declared.declared} by ${declared.by} but is not valid UTF-8; decoded as UTF-8 with replacement characters — check the text`);
      return { html: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', messages };
    }
    say('warning', 'decoded as GB18030: the page declares no encoding and is not valid UTF-8 (GB18030 is what Chinese pages without a declaration are); check the text');
    return { html: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030', messages };
  }
}

/** A card is a few lines; an element with more text than this holds more than a card (kept small so that the search stays fast). */
const CARD_MAX_CHARS = 1500;
const CARD_ELEMENTS = 'table, dl, ul, ol, div, section, aside';
const LABEL_PATTERN = new RegExp(Object.keys(HEADER_LABELS).map((l) => [...l].join('[\\s\\u00a0\\u3000]*')).join('|'), 'g');

/** Elements that hold the site's furniture: their links are not the document's attachments. */
const FURNITURE = 'nav, header, footer, [class*="footer"], [id*="footer"], [class*="nav"], [id*="nav"]';

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

export interface PageOptions {
  format: SourceFormat;
  /** The page's address when the container records it (MHTML), else null. */
  url: string | null;
  /** Messages so far (the decoding's). */
  messages: FormatMessage[];
}

/** The derived text of a page's HTML (shared by the HTML and MHTML readers). */
export function readPage(html: string, options: PageOptions): DerivedSource {
  const messages = [...options.messages];
  type PageDocument = Element & { title: string; cloneNode(deep: boolean): unknown };
  let { document } = parseHTML(html) as unknown as { document: PageDocument };
  // A fragment or a file without <html>/<body> (a saved snippet, a frameset): read as the body of a page.
  if (!document.querySelector('body')) document = (parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: PageDocument }).document;
  const metas = Array.from(document.querySelectorAll('meta[name], meta[property]')).map((m) => ({
    name: m.getAttribute('name') ?? m.getAttribute('property') ?? '',
    content: m.getAttribute('content') ?? '',
  }));
  const metaValue = (name: string) => metas.find((m) => m.name.toLowerCase() === name)?.content.trim() || null;
  // The page's own address, only when it is an absolute http(s) address (a relative canonical link, a
  // file:// snapshot or a mangled meta value is said and dropped, never recorded as where the text came from).
  const recorded = options.url ?? metaValue('url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaValue('og:url');
  // Kept in its parsed form (WHATWG URL: quotes, spaces and non-ASCII percent-encoded), never as the page wrote it.
  const url = recorded !== null && recorded !== undefined && webUrl.safeParse(recorded.trim()).success ? new URL(recorded.trim()).href : null;
  if (recorded && url === null) messages.push({ ruleId: htmlMeta.id, severity: 'info', reason: `the page records the address ${JSON.stringify(recorded.slice(0, 200))}, which is not an absolute http(s) address: not recorded` });

  // The body: Readability's article, checked against the containers CMS templates mark.
  let readabilityLines: string[] | null = null;
  try {
    const article = new Readability(document.cloneNode(true) as never, { charThreshold: 100 }).parse();
    if (article?.content) readabilityLines = domLines(parseHTML(`<html><body>${article.content}</body></html>`).document.documentElement as unknown as DomNode);
  } catch (e) {
    messages.push({ ruleId: htmlBody.id, severity: 'warning', reason: `Readability failed on the page (${(e as Error).message}); the body is chosen among the marked containers` });
  }
  const marked: { el: Element; name: string }[] = [];
  for (const selector of MARKED_CONTAINERS) {
    // Named by selector and occurrence, so that two elements of one class are two candidates, never confused.
    let n = 0;
    for (const el of Array.from(document.querySelectorAll(selector))) if (!marked.some((m) => m.el === el)) marked.push({ el, name: n++ ? `${selector}[${n}]` : selector });
  }
  const candidates: BodyText[] = marked.map((m) => ({ name: m.name, lines: domLines(m.el) }));
  const readability = readabilityLines?.length ? { name: 'Readability', lines: readabilityLines } : null;
  const choice = htmlBody.apply({ readability, marked: candidates });
  let bodyEl: Element;
  let chosenName: string;
  if (choice && choice.chosen !== 'Readability') {
    const index = candidates.findIndex((c) => c.name === choice.chosen);
    bodyEl = marked[index]!.el;
    chosenName = `${choice.chosen} (${describe(bodyEl)})`;
  } else if (choice && readability) {
    // Readability's own output may drop tables and headings: the page's element that holds its text is read instead.
    bodyEl = holdingElement(document, readability.lines) ?? (document.querySelector('body') as Element);
    chosenName = `the element holding Readability’s text (${describe(bodyEl)})`;
  } else {
    bodyEl = (document.querySelector('body') ?? document.querySelector('html')) as Element;
    messages.push({ ruleId: htmlBody.id, severity: 'warning', reason: 'no article found (Readability found none and no marked container has text): the whole page is read; its furniture is left to the strip rules' });
    chosenName = 'the whole page';
  }

  // The catalogue card: anywhere on the page but not around the body; taken out of the body when inside it.
  const cards = findCards(document, bodyEl);
  for (const card of cards) if (bodyEl.contains(card.el) && card.el !== bodyEl) card.el.remove();
  const bodyLines = domLines(bodyEl);

  const header: [string, string][] = [];
  const fact = (label: string) => HEADER_LABELS[label];
  const add = (label: string, value: string) => {
    if (!header.some(([l]) => l === label || (fact(l) === fact(label) && fact(l) !== 'other'))) header.push([label, value]);
  };
  for (const card of cards) for (const [l, v] of card.fields) add(l, v);
  if (cards.length) messages.push({ ruleId: htmlInfoCard.id, severity: 'info', reason: `信息公开 catalogue card (${cards.map((c) => describe(c.el)).join(', ')}) read as header lines: ${cards.flatMap((c) => c.fields.map(([l]) => l)).join('、')}`, line: 1 });
  const fromMeta = htmlMeta.apply(metas) ?? [];
  const metaStart = header.length;
  for (const [l, v] of fromMeta) add(l, v);
  if (header.length > metaStart) messages.push({ ruleId: htmlMeta.id, severity: 'info', reason: `meta tags read as header lines: ${header.slice(metaStart).map(([l]) => l).join('、')}`, line: metaStart + 1 });
  // The page's <title> only when nothing else gives a title and the body does not already carry it.
  if (!header.some(([l]) => fact(l) === 'title')) {
    const title = pageTitle(document.title ?? '');
    const body = squash(bodyLines.join(''));
    if (title && !body.includes(squash(title))) {
      header.push(['标题', title]);
      messages.push({ ruleId: htmlMeta.id, severity: 'info', reason: `标题 from the page’s <title> (no meta tag or catalogue card gives one, and the body does not carry it): ${title}`, line: header.length });
    }
  }
  const headerLines = header.map(([l, v]) => `${l}：${v}`);
  const bodyStart = headerLines.length + 1;
  messages.push({ ruleId: htmlBody.id, severity: 'info', reason: `body: ${chosenName} — ${choice?.why ?? 'nothing else to read'}; ${bodyLines.length} line(s)`, line: bodyStart });

  const attachments = findAttachments(document, url);
  if (attachments.length) messages.push({ ruleId: htmlAttachment.id, severity: 'info', reason: `${attachments.length} attachment(s): ${attachments.map((a) => a.name).join('、')}` });

  // A notice whose plan is only an attachment (rule text/attachment-only, on the body and the attached files).
  const sections = numberedCount(bodyLines);
  const attachedLines = [
    ...bodyLines.map((text, i) => ({ line: bodyStart + i, text })),
    ...attachments.map((a) => ({ line: bodyStart + bodyLines.length, text: `附件：${attachmentFile(a)}` })),
  ];
  const attached = attachmentOnly.apply({ lines: attachedLines, numberedSections: sections });
  const base = { format: options.format, url: url ?? null, attachments, messages };
  if (attached) {
    return {
      ...base,
      text: '',
      refused: {
        ruleId: attachmentOnly.id,
        reason: `no plan text: the page is a notice whose plan is the attached ${attached.files.join('、')}; add that file (${attachments.map((a) => a.href ?? a.name).join('、')}) as the plan's source instead of the page`,
      },
    };
  }
  return { ...base, text: [...headerLines, ...bodyLines].join('\n') + '\n', refused: null };
}

export const readHtml: FormatReader = async (bytes, _file) => {
  const page = decodePage(bytes);
  return { ...readPage(page.html, { format: 'html', url: null, messages: page.messages }), encoding: page.encoding };
};

/** An element as a message names it: tag, id and class. */
function describe(el: Element): string {
  const id = el.getAttribute?.('id');
  const cls = el.getAttribute?.('class');
  return `<${(el.tagName ?? 'document').toLowerCase()}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/** The smallest element of the page that holds Readability's text: the element around its longest line, widened until it holds the rest. */
function holdingElement(document: Element, lines: readonly string[]): Element | null {
  const longest = lines.reduce((a, b) => (squash(b).length > squash(a).length ? b : a), '');
  const needle = squash(longest).slice(0, 30);
  if (!needle) return null;
  const all = Array.from(document.querySelectorAll('body *'));
  let el: Element | null = null;
  for (const e of all) if (squash(e.textContent ?? '').includes(needle)) el = e; // the last match in document order is the deepest
  while (el && !holds(domLines(el), lines)) el = el.parentNode && el.parentNode.tagName ? el.parentNode : null;
  return el;
}

/** The page's catalogue cards: the innermost elements whose fields rule formats/html-info-card accepts, not around the body. */
function findCards(document: Element, body: Element): { el: Element; fields: [string, string][] }[] {
  const found: { el: Element; fields: [string, string][] }[] = [];
  for (const el of Array.from(document.querySelectorAll(CARD_ELEMENTS))) {
    if (el.contains(body)) continue;
    const text = el.textContent ?? '';
    if (text.length > CARD_MAX_CHARS) continue;
    const labels = new Set(toSimplifiedForMatching(text).match(LABEL_PATTERN)?.map(squash));
    if (labels.size < 2) continue;
    // A table's TAB rows are read as `label | value` rows (a cell's trailing colon, 索引号：, dropped).
    // A cell holding its label and value together (日期：2023-06-09) is read as the two.
    const cells = (row: string) => row.split('\t').flatMap((c) => (headerLineKind(c) === 'field' ? c.split(/[:：]/, 2) : [c.replace(/[:：]\s*$/, '')]));
    const lines = domLines(el).map((l) => (l.includes('\t') ? cells(l).join(' | ') : l));
    // Mostly header lines (a label, a label: value, a row of them): not a paragraph that happens to name two labels.
    if (lines.filter((l) => headerLineKind(l) !== null).length * 2 < lines.length) continue;
    const fields = htmlInfoCard.apply({ fields: headerFields.apply(lines) ?? {} });
    if (fields) found.push({ el, fields });
  }
  // The innermost: an element is dropped when one inside it gives as many fields.
  return found.filter((f) => !found.some((g) => g !== f && f.el.contains(g.el) && g.fields.length >= f.fields.length));
}

/** A page <title> without the site name CMS templates append (标题_某市人民政府, 标题 - 某市人民政府门户网站, 标题|站名): its longest part. */
function pageTitle(title: string): string | null {
  const parts = title.split(/\s*[_|｜]\s*|\s+[-—–]\s+/).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 ? longest : null;
}

/** The page's links to attached files (rule formats/html-attachment), outside the site's furniture, resolved against the page's address. */
function findAttachments(document: Element, url: string | null): Attachment[] {
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? url;
  const out: Attachment[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    if (a.closest(FURNITURE)) continue;
    const raw = a.getAttribute('href');
    const text = (a.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    const file = htmlAttachment.apply({ href: raw, text });
    if (!file) continue;
    let href = raw;
    if (raw && base) {
      try {
        href = new URL(raw, base).href;
      } catch {
        // A base that is not an address: the target as written.
      }
    }
    if (out.some((o) => o.href === href)) continue;
    out.push({ name: text || file, href });
  }
  return out;
}

/** The attached file's name for rule text/attachment-only: the link text when it names the file, else the target's file name. */
function attachmentFile(a: Attachment): string {
  return htmlAttachment.apply({ href: a.href, text: a.name }) ?? a.name;
}
