/**
 * A region's name in English for the English pages: the pinyin of each administrative unit's name
 * and an English unit word, innermost first (广州市南沙区 → "Nansha District, Guangzhou"). Pinyin by
 * pinyin-pro (a maintained dictionary with words, so 重庆 reads Chongqing); provincial-level names
 * take their official romanization from the region table (陕西 is Shaanxi, not Shanxi). A plan
 * whose name pinyin-pro reads wrongly (六安 Lu'an) sets `regionEn` in its YAML, which wins.
 */
import { pinyin } from 'pinyin-pro';
import { PROVINCE_SLUGS, UNIT_WORDS, regionUnits, shortNameOf } from '../regions';

/** English words for the unit words (UNIT_WORDS); a city (市) is named without one, as in English usage. */
export const UNIT_WORDS_EN: Record<(typeof UNIT_WORDS)[number], string> = {
  特别行政区: 'SAR',
  自治区: 'Autonomous Region',
  自治州: 'Autonomous Prefecture',
  自治县: 'Autonomous County',
  地区: 'Prefecture',
  省: 'Province',
  市: '',
  盟: 'League',
  州: 'Prefecture',
  区: 'District',
  县: 'County',
  旗: 'Banner',
};

/** Official forms of provincial-level names that are not their slug capitalized. */
const PROVINCE_NAMES_EN: Record<string, string> = { hongkong: 'Hong Kong', macao: 'Macao', neimenggu: 'Inner Mongolia' };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The pinyin of a name's characters as one capitalized word (深圳 → Shenzhen); other characters kept. */
export function pinyinWord(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  // An apostrophe before a syllable starting with a vowel, as standard pinyin writes it (Xi'an).
  const word = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return capitalize(word.replace(/\s+/g, ''));
}

/** One administrative unit's English name (南沙区 → Nansha District; 深圳市 → Shenzhen). */
export function unitNameEn(unit: string): string {
  const slug = (PROVINCE_SLUGS as Record<string, string>)[unit];
  if (slug) return PROVINCE_NAMES_EN[slug] ?? capitalize(slug);
  const word = UNIT_WORDS.find((u) => unit.endsWith(u) && shortNameOf(unit) !== unit);
  const stem = word ? unit.slice(0, -word.length) : unit;
  const suffix = word ? UNIT_WORDS_EN[word] : '';
  return suffix ? `${pinyinWord(stem)} ${suffix}` : pinyinWord(stem);
}

/** A region's English name: the YAML's `regionEn` if given, else its units romanized, innermost first. */
export function regionNameEn(region: { name: string; parents: readonly string[] }, override: string | null = null): string {
  if (override) return override;
  const units = regionUnits(region.name).map((u) => u.text);
  const parts = (units.length ? units : [region.name]).map(unitNameEn).reverse();
  return parts.join(', ');
}
