import { parseNumber } from '../importer/structure/numbering';

/**
 * Synthetic plans for the build benchmark: the real plans' chapters recombined under made-up
 * region names, so that N plans have the size and shape of real ones. Deterministic for a seed.
 * Never committed: the benchmark writes them to a temporary folder.
 */

export interface SourcePlan {
  slug: string;
  text: string;
  /** Names of the region in the text (full and short), to be replaced by the made-up name. */
  regionNames: string[];
}

export interface SyntheticPlan {
  slug: string;
  text: string;
  /** content/sources/<slug>.yaml for it. */
  meta: string;
  /** Where each part of its text came from, in order: the known provenance bench:reuse scores against. */
  provenance: Segment[];
}

/**
 * A run of a synthetic plan's lines copied from one part of one real plan: its head (notice and
 * title, before the first chapter), a chapter by index, or its tail (the last chapter and after).
 * Two synthetic plans holding the same segment share its text, region names apart.
 */
export interface Segment {
  source: string;
  part: 'head' | 'chapter' | 'tail';
  /** The chapter's index for a chapter, 0 otherwise. */
  index: number;
  /** First line of the segment in the synthetic text (1-based, as the importer counts source lines) and its line count. */
  line: number;
  lines: number;
}

/** The segment key two plans share when they hold the same text. */
export function segmentKey(s: Pick<Segment, 'source' | 'part' | 'index'>): string {
  return `${s.source}:${s.part}:${s.index}`;
}

const SYLLABLES = [...'安宁和平兴华康泰东西南北江河山川清远嘉定临海长乐永丰昌明'];
const LEVELS = [
  { suffix: '市', level: 'city' },
  { suffix: '县', level: 'county' },
  { suffix: '区', level: 'district' },
] as const;

/** A small seeded PRNG (mulberry32): benchmarks must be repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th made-up place name: two or three syllables, unique for i < 27 000. */
export function madeUpName(i: number): string {
  const L = SYLLABLES.length;
  const name = SYLLABLES[i % L]! + SYLLABLES[Math.floor(i / L) % L]!;
  return i >= L * L ? name + SYLLABLES[Math.floor(i / (L * L)) % L]! : name;
}

/** How many made-up provinces the synthetic plans are spread over. */
export const PROVINCES = 31;

/** A chapter line (一、…), in the one numbering grammar. */
const isChapter = (line: string) => parseNumber(line.trim())?.kind === 'cn';

/** Splits a plan text into head (before the first chapter), chapters, and the last chapter with what follows. */
export function chapters(text: string): { head: string; middle: string[]; tail: string } {
  const lines = text.split('\n');
  const starts = lines.map((l, i) => (isChapter(l) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return { head: text, middle: [], tail: '' };
  const head = lines.slice(0, starts[0]).join('\n');
  const middle = starts.slice(0, -1).map((s, k) => lines.slice(s, starts[k + 1]).join('\n'));
  const tail = lines.slice(starts[starts.length - 1]).join('\n');
  return { head, middle, tail };
}

export function synthesize(sources: readonly SourcePlan[], count: number, seed = 1): SyntheticPlan[] {
  const random = prng(seed);
  const split = sources.map((s) => ({ ...s, ...chapters(s.text) }));
  const allNames = sources.flatMap((s) => s.regionNames).sort((a, b) => b.length - a.length);
  const out: SyntheticPlan[] = [];
  for (let i = 0; i < count; i++) {
    const base = split[i % split.length]!;
    const { suffix, level } = LEVELS[i % LEVELS.length]!;
    const stem = madeUpName(i);
    const name = `${stem}${suffix}`;
    // China has 34 provincial-level regions: plans share provinces as real ones do.
    const province = `${madeUpName((i % PROVINCES) + 7)}省`;
    const parts: Omit<Segment, 'line' | 'lines'>[] = [{ source: base.slug, part: 'head', index: 0 }];
    const middle = base.middle.map((chapter, c) => {
      const donor = split[Math.floor(random() * split.length)]!;
      const text = donor.middle[c];
      parts.push(text === undefined ? { source: base.slug, part: 'chapter', index: c } : { source: donor.slug, part: 'chapter', index: c });
      return text ?? chapter;
    });
    parts.push({ source: base.slug, part: 'tail', index: 0 });
    const pieces = [base.head, ...middle, base.tail];
    let line = 1;
    const provenance = pieces.map((piece, k): Segment => {
      const lines = piece.split('\n').length;
      const segment = { ...parts[k]!, line, lines };
      line += lines;
      return segment;
    });
    let text = pieces.join('\n');
    // Full names before short ones, so 广州市南沙区 is not half-replaced.
    for (const real of allNames) text = text.split(real).join(real.endsWith('市') || real.endsWith('省') || real.endsWith('区') ? name : stem);
    out.push({
      slug: `synthetic-${String(i + 1).padStart(4, '0')}`,
      text,
      meta: `region:\n  name: ${name}\n  level: ${level}\n  parents: [${province}]\nshortName: ${stem}\n`,
      provenance,
    });
  }
  return out;
}
