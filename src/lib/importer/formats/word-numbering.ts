import { docxListNumbers } from '../rules/formats/word';

/**
 * The numbers Word prints before list paragraphs (一、 （一） 1. ①), rebuilt from a `.docx`'s
 * word/numbering.xml and word/styles.xml. They are not text of the document: Word computes them
 * while it lays the page out, so a converter that reads the runs (mammoth) loses them, and an
 * auto-numbered 一、总体要求 arrives as a bare 总体要求. Plans number their headings this way often
 * enough that the outline would lose its skeleton.
 *
 * Considered: mammoth's own numbering (it gives a paragraph's level and whether the list is ordered,
 * not its numId, start values nor format) and docx4j/LibreOffice's list engines (not JavaScript). The
 * counting model follows ECMA-376 Part 1 §17.9: counters per list; a `w:num` with a `w:startOverride`
 * is a list of its own, the `w:num`s without one share their abstract definition's counters (as Word
 * continues numbering across them); a level restarts when a level above it (or, with `w:lvlRestart`,
 * above the level it names) is used; `w:lvlText` places each level's counter (`%1`..`%9`) in its
 * own `w:numFmt` (all decimal under `w:isLgl`).
 */

export interface LevelDef {
  start: number;
  numFmt: string;
  /** null: the level prints nothing (`w:lvlText w:null="1"` or absent). */
  lvlText: string | null;
  /** `w:lvlRestart`: 0 never restarts; n restarts when a level of index < n is used; null: the default (any level above). */
  restart: number | null;
  isLgl: boolean;
  /** What follows the number: a tab (the default), a space, or nothing. */
  suff: 'tab' | 'space' | 'nothing';
  /** A paragraph style tied to this level (`w:pStyle`): paragraphs of that style are numbered at it. */
  pStyle: string | null;
}

interface NumDef {
  abstractId: string;
  /** Per level: `w:startOverride`, and a whole `w:lvl` redefined in the `w:lvlOverride`. */
  overrides: Map<number, { start?: number; lvl?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
  /** Paragraph styles that carry numbering (`w:style/w:pPr/w:numPr`, following `w:basedOn`), by style id. */
  styleNumbering: Map<string, { numId: string; ilvl: number | null }>;
}

/** The minimal DOM element shape read here (linkedom's XML documents). */
export interface XmlElement {
  tagName: string;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  children: ArrayLike<XmlElement>;
}

const childrenNamed = (el: XmlElement, name: string): XmlElement[] => Array.from(el.children).filter((c) => c.tagName === name);
const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childrenNamed(el, name)[0] : undefined);
const val = (el: XmlElement | undefined): string | null => el?.getAttribute('w:val') ?? null;
const intVal = (el: XmlElement | undefined): number | null => {
  const v = val(el);
  return v !== null && /^-?\d+$/.test(v) ? Number(v) : null;
};

function readLevel(lvl: XmlElement): LevelDef {
  const text = child(lvl, 'w:lvlText');
  const suff = val(child(lvl, 'w:suff'));
  const isLgl = child(lvl, 'w:isLgl');
  return {
    start: intVal(child(lvl, 'w:start')) ?? 0,
    numFmt: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    lvlText: !text || text.getAttribute('w:null') === '1' || text.getAttribute('w:null') === 'true' ? null : val(text),
    restart: intVal(child(lvl, 'w:lvlRestart')),
    isLgl: isLgl !== undefined && !['0', 'false', 'off'].includes(val(isLgl) ?? ''),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: val(child(lvl, 'w:pStyle')),
  };
}

/** Reads numbering.xml (its `w:numbering` root) and styles.xml (its `w:styles` root; either may be absent). */
export function readNumberingDefs(numbering: XmlElement | null, styles: XmlElement | null): NumberingDefs {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, NumDef>();
  if (numbering) {
    for (const abs of childrenNamed(numbering, 'w:abstractNum')) {
      const levels = new Map<number, LevelDef>();
      for (const lvl of childrenNamed(abs, 'w:lvl')) levels.set(Number(lvl.getAttribute('w:ilvl') ?? 0), readLevel(lvl));
      abstracts.set(abs.getAttribute('w:abstractNumId') ?? '', levels);
    }
    for (const num of childrenNamed(numbering, 'w:num')) {
      const overrides = new Map<number, { start?: number; lvl?: LevelDef }>();
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const start = intVal(child(o, 'w:startOverride'));
        const lvl = child(o, 'w:lvl');
        overrides.set(Number(o.getAttribute('w:ilvl') ?? 0), { ...(start !== null ? { start } : {}), ...(lvl ? { lvl: readLevel(lvl) } : {}) });
      }
      nums.set(num.getAttribute('w:numId') ?? '', { abstractId: val(child(num, 'w:abstractNumId')) ?? '', overrides });
    }
  }
  const styleNumbering = new Map<string, { numId: string; ilvl: number | null }>();
  if (styles) {
    const byId = new Map(childrenNamed(styles, 'w:style').map((s) => [s.getAttribute('w:styleId') ?? '', s]));
    for (const id of byId.keys()) {
      // Follow w:basedOn until a style states numbering (a bounded walk: style chains can loop in broken files).
      let style = byId.get(id);
      for (let hops = 0; style && hops < 20; hops++) {
        const numPr = child(child(style, 'w:pPr'), 'w:numPr');
        const numId = val(child(numPr, 'w:numId'));
        if (numId !== null) {
          styleNumbering.set(id, { numId, ilvl: intVal(child(numPr, 'w:ilvl')) });
          break;
        }
        const base = val(child(style, 'w:basedOn'));
        style = base === null ? undefined : byId.get(base);
      }
    }
  }
  return { abstracts, nums, styleNumbering };
}

// ---------------------------------------------------------------------------------------------
// Number formats (ST_NumberFormat). Chinese counting reads as a number is said: 十, 十一, 二十, 一百零五.

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function chineseCount(n: number, digits: string, units: readonly string[]): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const ds = String(n).split('').map(Number);
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      return;
    }
    // 一百零五: a skipped place is said 零 (not the digit 〇 that ideographDigital prints).
    if (zero && parts.length) parts.push('零');
    zero = false;
    // 十一, not 一十一: a leading one before 十 is not said.
    if (!(d === 1 && unit === units[1] && i === 0)) parts.push(digits[d]!);
    parts.push(unit);
  });
  return parts.join('');
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const roman = (n: number) => {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
};
/** A, B, … Z, AA, BB (Word repeats the letter). */
const letter = (n: number) => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
const from = (list: string, n: number) => ([...list][n - 1] ?? String(n));

/** The numFmt values read; any other is printed in decimal with a message (the caller's). */
export const NUMBER_FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: (n) => String(n),
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: letter,
  lowerLetter: (n) => letter(n).toLowerCase(),
  chineseCounting: (n) => chineseCount(n, CN_DIGITS, ['', '十', '百', '千']),
  chineseCountingThousand: (n) => chineseCount(n, CN_DIGITS, ['', '十', '百', '千']),
  japaneseCounting: (n) => chineseCount(n, CN_DIGITS, ['', '十', '百', '千']),
  chineseLegalSimplified: (n) => chineseCount(n, CN_LEGAL_DIGITS, ['', '拾', '佰', '仟']),
  ideographLegalTraditional: (n) => chineseCount(n, '零壹貳參肆伍陸柒捌玖', ['', '拾', '佰', '仟']),
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!),
  ideographTraditional: (n) => from('甲乙丙丁戊己庚辛壬癸', n),
  ideographZodiac: (n) => from('子丑寅卯辰巳午未申酉戌亥', n),
  decimalEnclosedCircle: (n) => from('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', n),
  decimalEnclosedCircleChinese: (n) => from('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', n),
  ideographEnclosedCircle: (n) => from('㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩', n),
  decimalEnclosedParen: (n) => from('⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇', n),
  decimalEnclosedFullstop: (n) => from('⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛', n),
  none: () => '',
};

export function formatNumber(numFmt: string, n: number): string | null {
  const f = NUMBER_FORMATS[numFmt];
  return f ? f(n) : null;
}

/** Full-width and ASCII punctuation after which Word's tab/space before the text is not kept (一、总体要求, （一）指导思想, 1.推进…). */
const ENDS_IN_PUNCTUATION = /[\p{P}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2460-\u24FF\u3220-\u32FF]$/u;

export interface NumberLabel {
  /** The number as printed, with what separates it from the text (一、 / （二） / 1. / "第一章 "). */
  text: string;
  /** numFmts met that are not read (printed in decimal). */
  unknownFormats: string[];
}

/**
 * Counts list paragraphs in document order and gives each its printed number. One counter per
 * document: call `next` for every paragraph that has numbering, in the order Word lays them out.
 */
export class NumberingCounter {
  /** Counters by list key (abstractNumId, or `num:<id>` for a num with overrides), then level. */
  private readonly counters = new Map<string, Map<number, number>>();
  constructor(private readonly defs: NumberingDefs) {}

  private level(num: NumDef, ilvl: number): LevelDef | undefined {
    return num.overrides.get(ilvl)?.lvl ?? this.defs.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /** The numbering of a paragraph: its own numPr, else its style's. null when none or numId 0. */
  resolve(direct: { numId: string | null; ilvl: number | null }, styleId: string | null): { numId: string; ilvl: number } | null {
    const byStyle = styleId ? this.defs.styleNumbering.get(styleId) : undefined;
    const numId = direct.numId ?? byStyle?.numId ?? null;
    if (numId === null || numId === '0' || !this.defs.nums.has(numId)) return null;
    let ilvl = direct.ilvl ?? byStyle?.ilvl ?? null;
    if (ilvl === null && styleId) {
      // A style tied to a level by the level's w:pStyle.
      const num = this.defs.nums.get(numId)!;
      for (const [i, lvl] of this.defs.abstracts.get(num.abstractId) ?? []) if (lvl.pStyle === styleId) ilvl = i;
    }
    return { numId, ilvl: ilvl ?? 0 };
  }

  next(numId: string, ilvl: number): NumberLabel | null {
    const num = this.defs.nums.get(numId);
    if (!num) return null;
    const own = [...num.overrides.values()].some((o) => o.start !== undefined || o.lvl);
    const key = own ? `num:${numId}` : `abs:${num.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = new Map()));
    const startOf = (i: number) => num.overrides.get(i)?.start ?? this.level(num, i)?.start ?? 0;
    const def = this.level(num, ilvl);
    counters.set(ilvl, counters.has(ilvl) ? counters.get(ilvl)! + 1 : startOf(ilvl));
    for (const m of [...counters.keys()]) {
      if (m <= ilvl) continue;
      const restart = this.level(num, m)?.restart ?? null;
      if (restart !== 0 && ilvl < (restart ?? m)) counters.delete(m);
    }
    if (!def || def.lvlText === null || def.numFmt === 'bullet') return null;
    const unknownFormats: string[] = [];
    const numbers = Array.from({ length: 9 }, (_, i) => {
      const fmt = def.isLgl ? 'decimal' : (this.level(num, i)?.numFmt ?? 'decimal');
      const n = counters.get(i) ?? startOf(i);
      const f = formatNumber(fmt, n);
      if (f === null && def.lvlText!.includes(`%${i + 1}`)) unknownFormats.push(fmt);
      return f ?? String(n);
    });
    const text = docxListNumbers.apply({ lvlText: def.lvlText, numbers });
    if (!text) return null;
    const sep = def.suff === 'nothing' || ENDS_IN_PUNCTUATION.test(text) ? '' : ' ';
    return { text: text + sep, unknownFormats };
  }
}
