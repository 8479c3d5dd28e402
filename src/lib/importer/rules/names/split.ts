import { defineRule } from '../rule';

/**
 * Department names: where one ends and the next begins in a written list. Hand-written (no
 * Chinese organisation-name segmenter exists on npm; jieba-style segmenters split words, not
 * lists of agencies, and would need a dictionary of every local bureau).
 */

/** Suffixes that end a department name; a new name starting right after one lost its separator. */
export const NAME_END = /(局|委|部|办|会|联|院|所|厅|署|中心|集团|团委|政府|管委会|办公室|支队|大队|中队|党校|分局|公司|银行|台|站|馆)$/;
const NAME_START = /^(市|省|区|县|州|旗|团|自治)/;
/** A name must contain at least one of these; the rest is debris (区域、区域). */
export const ORG_MORPHEME = /[局委部办会联协院所厅署队站校处室组馆社团台司行]|中心|集团|政府|管理|单位|乡镇|镇街|街道|社区|[^区]区$/;
/** Region prefixes a name starts with (市委宣传部, 区教育局). */
/** 市场监管局 is no prefixed name: 市场 is a word. */
export const REGION_PREFIX = /^(市委|省委|区委|县委|州委|旗委|地委|盟委|地区|市(?!场)|省|区|县|州|旗|盟)/;

/** Splits at separators that stand outside parentheses: 各县（市、区）人民政府 stays one name. */
export function splitOutsideParentheses(list: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** A paragraph that is only a list of departments (no sentence); tolerant of garbled names (60% must look like one). */
export function isDepartmentList(text: string): boolean {
  if (/[。；：:！？]/.test(text) || text.length < 3) return false;
  const pieces = splitOutsideParentheses(text, /[、，,]/);
  const named = pieces.filter((p) => p.length <= 40 && ORG_MORPHEME.test(p)).length;
  return pieces.length > 0 && named >= pieces.length * 0.6 && pieces.every((p) => p.length <= 40);
}

/** Words around a list that are not part of any name (等单位, 按职责分工负责, a leading 和). */
function trimName(raw: string): string {
  return raw
    .replace(/^(等|及|和|以及)/, '')
    .replace(/(按职责分工负责|按职责负责|分别负责|负责)$/, '')
    .replace(/(等有关单位|等有关部门|等单位|等部门|等)$/, '')
    .replace(/[。．.]$/, '')
    .trim();
}

/** 市教育局市科协 → 市教育局, 市科协: a name ending in 局/委/… followed by one starting with 市/区/团. */
export function splitRunTogether(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 1; i < piece.length; i++) {
    const c = piece[i - 1]!;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const head = piece.slice(start, i);
    const tail = piece.slice(i);
    // 市委 is a prefix (市委宣传部), not a name: only split once the head is a whole name.
    if (NAME_END.test(head) && NAME_START.test(tail) && !/^(市委|区委|省委|县委|州委|市|区|省|县|州)$/.test(head) && head.length >= 3) {
      out.push(head);
      start = i;
    }
  }
  out.push(piece.slice(start));
  return out;
}

/** 市科技局乡村振兴局 → 市科技局, 乡村振兴局 when the plan writes both names separately elsewhere. */
export function splitByVocabulary(piece: string, vocabulary: ReadonlySet<string>): string[] {
  if (vocabulary.size === 0) return [piece];
  const known = (s: string) => vocabulary.has(s) || vocabulary.has(s.replace(REGION_PREFIX, ''));
  const go = (rest: string, top: boolean): string[] | null => {
    if (!top && known(rest)) return [rest];
    for (let i = rest.length - 2; i >= 2; i--) {
      const head = rest.slice(0, i);
      if (!NAME_END.test(head) || !known(head)) continue;
      const tail = go(rest.slice(i), false);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  const split = go(piece, true);
  return split && split.length > 1 ? split : [piece];
}

/**
 * The names of a written list, as written: split on 、，,；; and a 和 before a region prefix, only
 * outside parentheses; where a separator was lost, at a name end followed by a region prefix, or
 * between two names the plan writes separately elsewhere (`vocabulary`). Duplicates and debris
 * (no organisational word, a doubled last character) are dropped.
 */
export function splitNames(list: string, vocabulary: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const piece of splitOutsideParentheses(list.replace(/和(?=[市省区县]委?[\u4e00-\u9fff]{2})/g, '、'), /[、，,；;\s\u3000]/)) {
    for (const part of splitRunTogether(piece)) {
      for (const raw of splitByVocabulary(part, vocabulary)) {
        const name = trimName(raw);
        if (name.length < 2 || !ORG_MORPHEME.test(name) || /(.)\1$/.test(name)) continue;
        if (!out.includes(name)) out.push(name);
      }
    }
  }
  return shareSuffix(out);
}

/** Zones listed before "…区管委会" share its 管委会: 葛店经开区、临空经济区管委会 are two committees. */
function shareSuffix(names: string[]): string[] {
  return names.map((n, i) => {
    const next = names[i + 1];
    return /区$/.test(n) && next && /区管委会$/.test(next) ? `${n}管委会` : n;
  });
}

export const splitRule = defineRule<{ list: string; vocabulary?: ReadonlySet<string> }, string[]>({
  id: 'names/split',
  description: 'Splits a written list of departments into names: at 、，；, never inside parentheses, and where a separator was lost between a name end (局/委/…) and a region prefix (市/区/团).',
  apply: ({ list, vocabulary }) => {
    const names = splitNames(list, vocabulary);
    return names.length ? names : null;
  },
  examples: [
    { name: 'separators', input: { list: '市教育局、市科协，团市委' }, output: ['市教育局', '市科协', '团市委'] },
    { name: 'parentheses inside a name', input: { list: '各县（市、区）人民政府、市委党校（市行政学院）' }, output: ['各县（市、区）人民政府', '市委党校（市行政学院）'] },
    { name: 'lost separator', input: { list: '市教育体育局市委宣传部' }, output: ['市教育体育局', '市委宣传部'] },
    { name: 'trailing 等单位 and 按职责分工负责', input: { list: '区科协、区教育局等单位按职责分工负责' }, output: ['区科协', '区教育局'] },
    { name: 'township lists', input: { list: '各乡镇（街道）、区科协' }, output: ['各乡镇（街道）', '区科协'] },
    { name: 'zones share a 管委会', input: { list: '葛店经开区、临空经济区管委会' }, output: ['葛店经开区管委会', '临空经济区管委会'] },
    { name: 'no organisation named', input: { list: '区域、区域' }, output: null },
  ],
});
