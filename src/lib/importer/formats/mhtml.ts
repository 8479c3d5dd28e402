import { decodePage, readPage } from './html';
import type { FormatReader } from './types';
import { mhtmlPart, type MimePart } from '../rules/formats/mhtml';

/**
 * The MHTML reader: a browser's single-file page (RFC 2557 MIME multipart/related), as Chromium
 * saves it (Page.captureSnapshot: `Snapshot-Content-Location`, a `----MultipartBoundary--…----`
 * boundary, the page as quoted-printable text/html, resources in base64). The main text/html
 * part is decoded and read as a web page (formats/html.ts); the page's address is the snapshot's.
 *
 * The MIME split is written here: considered mailparser (a mail parser with streams, address and
 * attachment handling, a dozen dependencies for what is a split on a boundary) and mhtml2html
 * (needs jsdom, and rewrites resources we do not want). Only what MHTML uses is read: unfolded
 * headers, the boundary, quoted-printable and base64.
 */

/** One header block: unfolded (continuation lines joined), names lower-cased. */
export function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m && !(m[1]!.toLowerCase() in headers)) headers[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return headers;
}

/** A parameter of a header value (boundary="…", charset=…). */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Quoted-printable (RFC 2045 §6.7) → bytes: soft line breaks removed, =XX decoded; the text is Latin-1 (one character a byte). */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const body = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(body.slice(i + 1, i + 3))) {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

/** A part's bytes by its Content-Transfer-Encoding (7bit, 8bit and binary as they are). */
function partBytes(encoding: string, content: string): Uint8Array {
  const e = encoding.toLowerCase();
  if (e === 'quoted-printable') return decodeQuotedPrintable(content);
  if (e === 'base64') return new Uint8Array(Buffer.from(content.replace(/\s+/g, ''), 'base64'));
  return new Uint8Array(Buffer.from(content, 'latin1'));
}

export interface MhtmlFile {
  headers: Record<string, string>;
  parts: (MimePart & { headers: Record<string, string>; content: string })[];
}

/** Splits an MHTML file (read as Latin-1, so that bytes survive) into its top headers and parts. */
export function splitMhtml(raw: string): MhtmlFile | null {
  const headEnd = raw.search(/\r?\n\r?\n/);
  if (headEnd < 0) return null;
  const headers = parseHeaders(raw.slice(0, headEnd));
  const boundary = headerParam(headers['content-type'], 'boundary');
  if (!boundary) return null;
  const delimiter = `--${boundary}`;
  const chunks = raw.split(new RegExp(`\\r?\\n?${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
  // chunks[0] is the preamble; after the closing delimiter comes the epilogue (empty).
  const parts = chunks.slice(1).filter((c) => c.trim() !== '').map((chunk) => {
    const split = chunk.search(/\r?\n\r?\n/);
    const head = split < 0 ? chunk : chunk.slice(0, split);
    const content = split < 0 ? '' : chunk.slice(split).replace(/^\r?\n\r?\n/, '');
    const h = parseHeaders(head);
    const type = (h['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
    return { headers: h, content, type, location: h['content-location'] ?? null };
  });
  return { headers, parts };
}

export const readMhtml: FormatReader = async (bytes, file) => {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const mime = splitMhtml(raw);
  const snapshot = mime?.headers['snapshot-content-location'] ?? null;
  const chosen = mime ? mhtmlPart.apply({ location: snapshot, parts: mime.parts }) : null;
  if (!mime || !chosen) {
    const why = !mime ? 'not a MIME multipart file (no header block with a boundary)' : 'no text/html part';
    return {
      format: 'mhtml',
      text: '',
      url: snapshot,
      attachments: [],
      messages: [{ ruleId: mhtmlPart.id, severity: 'error', reason: `${file}: ${why}` }],
      refused: { ruleId: mhtmlPart.id, reason: `${file} is not a saved page this reader can read: ${why}; save the page again (as a single file, or as HTML only)` },
    };
  }
  const part = mime.parts[chosen.index]!;
  const encoding = part.headers['content-transfer-encoding'] ?? '7bit';
  const charset = headerParam(part.headers['content-type'], 'charset');
  const page = decodePage(partBytes(encoding, part.content), charset);
  const messages = [
    { ruleId: mhtmlPart.id, severity: 'info' as const, reason: `the page is part ${chosen.index + 1} of ${mime.parts.length} (${chosen.why}), ${encoding}${charset ? `, charset ${charset}` : ''}` },
    ...page.messages,
  ];
  return { ...readPage(page.html, { format: 'mhtml', url: snapshot ?? part.location, messages }), encoding: page.encoding };
};
