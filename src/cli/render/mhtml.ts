import { createHash } from 'node:crypto';
import { renderPage } from './html';
import type { Renderer } from './types';

/**
 * A plan's text as a browser's single-file page (MHTML), in the shape Chromium's
 * Page.captureSnapshot writes: `From: <Saved by Blink>`, `Snapshot-Content-Location`, a
 * `----MultipartBoundary--…----` boundary, the page (html.ts's rendering) as quoted-printable
 * text/html, and its style sheet as a base64 text/css part. Written here rather than captured
 * with Chromium (playwright-core, /usr/bin/chromium) so that it is deterministic without
 * normalising: the boundary is a hash of the slug, the Date the fixed epoch of the sample.
 */

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, lines of at most 76 characters, as Chromium encodes (= and bytes ≥ 0x80 escaped). */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r?\n/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    let encoded = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      encoded += b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) || (last && (b === 0x20 || b === 0x09)) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    }
    // Soft breaks so that no line is longer than 76 (75 and the =), never inside an =XX escape.
    let rest = encoded;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf('=', cut - 1);
      if (esc > cut - 3) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, '');

export function renderMhtml(slug: string, text: string): string {
  const { html, url, title } = renderPage({ slug, text });
  const hash = createHash('sha256').update(`mhtml:${slug}`).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 42);
  const boundary = `----MultipartBoundary--${hash}----`;
  const css = Buffer.from('body{font-family:sans-serif}\n', 'utf8');
  const cssUrl = new URL('/css/main.css', url).href;
  const page = html.replace('<head>\n', `<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-${hash.slice(0, 8)}@mhtml.blink" />\n`);
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    `Subject: =?utf-8?B?${Buffer.from(title, 'utf8').toString('base64')}?=`,
    'Date: Thu, 1 Jan 2026 00:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    `Content-ID: <frame-${hash.slice(0, 16)}@mhtml.blink>`,
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(page),
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: base64',
    `Content-Location: cid:css-${hash.slice(0, 8)}@mhtml.blink`,
    '',
    base64Lines(css),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

export const render: Renderer = async (plan) => new Uint8Array(Buffer.from(renderMhtml(plan.slug, plan.text), 'latin1'));
