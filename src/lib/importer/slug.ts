import { pinyin } from 'pinyin-pro';
import type { PlanFrontmatter } from '../schema';

/**
 * The slug `npm run add` gives a new plan: the region in pinyin and the period, as the project's
 * slugs are made (ezhou-2021-2025, guangzhou-nansha-2022-2025): a district or county after its
 * city, the administrative suffix (省, 市, 区, 县, 自治州 …) and the peoples of an autonomous
 * region's name left out. Pinyin by pinyin-pro (word-aware, so 长沙 is changsha, 重庆 chongqing).
 * A slug is an identifier, not a fact: `--slug` overrides it.
 */

/** Administrative suffixes left out of a name, longest first (自治县 before 县). */
export const ADMINISTRATIVE_SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|林区|地区|新区|省|市|区|县|旗|盟)$/;
/** China's 55 minority peoples as autonomous regions' names write them (蒙古 also without 族: 巴音郭楞蒙古自治州). */
export const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡',
  '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂',
  '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;
const PEOPLE = `(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join('|')})族?`;
/** The peoples closing an autonomous region's name, before 自治…: 恩施[土家族苗族]自治州. */
const PEOPLES_BEFORE_AUTONOMY = new RegExp(`(?:${PEOPLE}|各族)+(?=自治[州县旗区])`);

/**
 * A region's short name: 鄂州市 → 鄂州, 南沙区 → 南沙, 恩施土家族苗族自治州 → 恩施. A name that would
 * be shorter than two characters keeps what it needs: 泾县 stays 泾县, 鄂温克族自治旗 → 鄂温克族.
 */
export function shortRegionName(name: string): string {
  const withoutPeoples = name.replace(PEOPLES_BEFORE_AUTONOMY, '');
  const short = withoutPeoples.replace(ADMINISTRATIVE_SUFFIX, '');
  if (short.length >= 2) return short;
  const suffixOnly = name.replace(ADMINISTRATIVE_SUFFIX, '');
  return suffixOnly.length >= 2 ? suffixOnly : name;
}

const toPinyin = (name: string): string =>
  pinyin(shortRegionName(name), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The slug of a plan from its region and period; null when the region is not known (the caller asks for --slug). */
export function planSlug(fm: Pick<PlanFrontmatter, 'region' | 'period'>): string | null {
  const { name, level, parents } = fm.region;
  if (!name) return null;
  // A district or county is named after its city (parents: [province, city, …]); a city or province alone.
  const city = level === 'district' || level === 'county' ? parents.at(-1) : undefined;
  const parts = [city && city !== parents[0] ? toPinyin(city) : null, toPinyin(name), fm.period ? `${fm.period.from}-${fm.period.to}` : null].filter((p): p is string => !!p);
  const slug = parts.join('-');
  return /^[a-z0-9][a-z0-9-]*$/.test(slug) ? slug : null;
}
