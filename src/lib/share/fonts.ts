/**
 * The font the social images are drawn with, taken from an npm package so that the images do not
 * depend on the build machine's fonts (a machine may have no CJK font at all, or another one):
 * Noto Sans SC Bold from @fontsource/noto-sans-sc, which ships the font cut into ~100 slices by
 * Unicode range (unicode.json names each slice's ranges). Only the slices holding characters the
 * images need are read, each subset to those characters with subset-font (HarfBuzz) and written
 * as TrueType, the format the renderer reads; the renderer is given these files and no system font.
 * resvg-js (2.6) takes font files, not buffers, hence a temporary folder, removed on exit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** One weight only: resvg falls back between slices by family, not weight, so mixing weights mixes glyphs. */
export const SOCIAL_FONT_WEIGHT = 700;
export const SOCIAL_FONT_FAMILY = 'Noto Sans SC';

export interface PreparedFonts {
  files: string[];
  /** Characters no slice of the font has: drawn as nothing, so said by the build. */
  missing: string[];
}

type Ranges = [string, [number, number][]][];

function fontPackageDir(): string {
  // From the project, not this module: the build bundles this module into its output folder.
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

/** The slice → code-point ranges table of the package (`U+4e00-4e0f,U+4e11`). */
export function sliceRanges(unicodeJson: Record<string, string>): Ranges {
  return Object.entries(unicodeJson).map(([key, value]) => [
    key.replace(/[[\]]/g, ''),
    value.split(',').map((range) => {
      const [from = '', to] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
    }),
  ]);
}

/**
 * Which slice holds each character; characters in no slice are `missing`. Spaces too need their
 * glyph (its advance): without one the renderer drops the rest of the line's fallback runs.
 */
export function slicesFor(chars: Iterable<string>, ranges: Ranges): { bySlice: Map<string, string>; missing: string[] } {
  const bySlice = new Map<string, string>();
  const missing: string[] = [];
  for (const ch of new Set(chars)) {
    if (ch === '\n' || ch === '\r' || ch === '\t') continue;
    const cp = ch.codePointAt(0) ?? 0;
    const slice = ranges.find(([, rs]) => rs.some(([a, b]) => cp >= a && cp <= b))?.[0];
    if (slice === undefined) missing.push(ch);
    else bySlice.set(slice, (bySlice.get(slice) ?? '') + ch);
  }
  return { bySlice, missing };
}

/** Subsets the font to `chars` and writes it where the renderer can read it. */
export async function prepareFonts(chars: Iterable<string>): Promise<PreparedFonts> {
  const dir = fontPackageDir();
  const ranges = sliceRanges(JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>);
  const { bySlice, missing } = slicesFor(chars, ranges);
  const out = mkdtempSync(join(tmpdir(), 'plan-atlas-fonts-'));
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  const files = await Promise.all(
    [...bySlice].map(async ([slice, text]) => {
      const source = readFileSync(join(dir, 'files', `noto-sans-sc-${slice}-${SOCIAL_FONT_WEIGHT}-normal.woff2`));
      const file = join(out, `${slice}.ttf`);
      writeFileSync(file, await subsetFont(source, text, { targetFormat: 'truetype' }));
      return file;
    }),
  );
  return { files, missing };
}
