/**
 * The social image (og:image) of a plan and of the site: 1200 × 630, the size Open Graph and
 * Twitter's summary_large_image show uncropped. An SVG template drawn by resvg-js (Rust, no browser,
 * no system font: see fonts.ts) and stored as a palette PNG by sharp (libimagequant): eight colours
 * are enough for two inks (text, accent) and their anti-aliased edges on one background (a third ink,
 * grey, was merged into the accent by the quantizer), 10–20 KB an image.
 * Considered: satori (HTML/CSS → SVG, wraps text itself) — one more layer for a fixed layout of
 * four text lines; and a browser screenshot — seconds per image.
 */
import { Resvg } from '@resvg/resvg-js';
import { encodeXML } from 'entities';
import sharp from 'sharp';
import { SOCIAL_FONT_FAMILY } from './fonts';
import { wrapLines } from './wrap';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
/** The site's colours (src/styles/global.css: --bg, --fg, --accent). */
export const SOCIAL_COLOURS = { bg: '#fdfdfb', fg: '#1d1d1f', accent: '#8a1c1c' } as const;
const PALETTE_COLOURS = 8;

export interface SocialCard {
  /** The large text: a plan's title, or the site's name. */
  title: string;
  /** Smaller lines under it (region and period; issuer), each cut to one line. */
  lines: string[];
  /** The small line above the title (the site's name on a plan's image). */
  kicker: string | null;
}

const MARGIN = 80;
const TEXT_WIDTH = SOCIAL_IMAGE.width - 2 * MARGIN;

/** Title sizes tried in turn: the largest at which the title fits in its lines, else the last, cut with …. */
const TITLE_SIZES = [
  { size: 64, lines: 3 },
  { size: 54, lines: 4 },
] as const;

export interface CardLayout {
  titleSize: number;
  title: string[];
  lines: string[];
}

/** Which lines are drawn at which size: pure, so the wrapping is tested without drawing. */
export function layoutCard(card: SocialCard): CardLayout {
  let chosen: CardLayout | undefined;
  for (const { size, lines } of TITLE_SIZES) {
    const title = wrapLines(card.title, TEXT_WIDTH / size, lines);
    chosen = { titleSize: size, title, lines: card.lines.map((l) => wrapLines(l, TEXT_WIDTH / 34, 1)[0] ?? '') };
    const cut = (title.at(-1)?.endsWith('…') ?? false) && !card.title.trimEnd().endsWith('…');
    if (!cut) break;
  }
  return chosen!;
}

/** The characters an image of `card` draws (for subsetting the font once for all images). */
export function cardChars(card: SocialCard): string {
  return `${card.kicker ?? ''}${card.title}${card.lines.join('')}…`;
}

export function cardSvg(card: SocialCard): string {
  const { width, height } = SOCIAL_IMAGE;
  const c = SOCIAL_COLOURS;
  const layout = layoutCard(card);
  const text = (x: number, y: number, size: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}">${encodeXML(s)}</text>`;
  const lineHeight = Math.round(layout.titleSize * 1.3);
  const titleTop = card.kicker ? 230 : 260;
  const parts = [
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect width="${width}" height="16" fill="${c.accent}"/>`,
    card.kicker ? text(MARGIN, 110, 32, c.accent, card.kicker) : '',
    ...layout.title.map((line, i) => text(MARGIN, titleTop + i * lineHeight, layout.titleSize, c.fg, line)),
    ...layout.lines.map((line, i, all) => text(MARGIN, height - 60 - (all.length - 1 - i) * 52, 34, c.accent, line)),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SOCIAL_FONT_FAMILY}">${parts.join('')}</svg>`;
}

/** Draws an SVG with the given font files only, into a palette PNG of `width` pixels. */
export async function renderPng(svg: string, fontFiles: string[], width?: number): Promise<Buffer> {
  const rendered = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: SOCIAL_FONT_FAMILY },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  }).render();
  // Raw pixels straight to sharp: no PNG encoded by resvg only to be decoded again.
  return sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } })
    .png({ palette: true, colours: PALETTE_COLOURS, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
}
