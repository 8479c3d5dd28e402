import { defineRule } from '../rule';

/** A part of an MHTML file, as the page choice reads it. */
export interface MimePart {
  /** The media type, lower case (text/html, text/css, image/png …). */
  type: string;
  location: string | null;
}

/**
 * Which part of a single-file page is the page: the text/html part at the snapshot's address
 * (Chromium's Snapshot-Content-Location; frames are text/html parts too, at other addresses),
 * else the first text/html part (RFC 2557: the root is the first part unless start= says otherwise).
 */
export const mhtmlPart = defineRule<{ location: string | null; parts: readonly MimePart[] }, { index: number; why: string }>({
  id: 'formats/mhtml-part',
  description:
    'Chooses the page in an MHTML file: the text/html part whose Content-Location is the Snapshot-Content-Location, else the first text/html part (frames and resources are other parts).',
  apply({ location, parts }) {
    const html = parts.map((p, index) => ({ ...p, index })).filter((p) => p.type === 'text/html');
    const at = location ? html.find((p) => p.location === location) : undefined;
    if (at) return { index: at.index, why: 'the text/html part at the Snapshot-Content-Location' };
    if (html.length) return { index: html[0]!.index, why: location ? 'no part at the Snapshot-Content-Location: the first text/html part' : 'the first text/html part' };
    return null;
  },
  examples: [
    {
      name: 'a frame before the page: the part at the snapshot address',
      input: {
        location: 'https://www.example.gov.cn/a.html',
        parts: [
          { type: 'text/html', location: 'https://www.example.gov.cn/frame.html' },
          { type: 'text/html', location: 'https://www.example.gov.cn/a.html' },
          { type: 'text/css', location: 'https://www.example.gov.cn/s.css' },
        ],
      },
      output: { index: 1, why: 'the text/html part at the Snapshot-Content-Location' },
    },
    { name: 'no snapshot address', input: { location: null, parts: [{ type: 'image/png', location: 'a.png' }, { type: 'text/html', location: 'a.html' }] }, output: { index: 1, why: 'the first text/html part' } },
    { name: 'only resources', input: { location: null, parts: [{ type: 'text/css', location: 's.css' }] }, output: null },
  ],
});
