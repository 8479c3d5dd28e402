import type { RegionLevel } from '../../../schema';
import { divisionParents, divisionsNamed, type Division } from '../../divisions';
import { defineRule } from '../rule';

/**
 * A region's level and parents from the administrative-division table (GB/T 2260, divisions.ts),
 * which knows what the name's unit word does not: 儋州市, 东莞市, 嘉峪关市 are prefecture-level cities
 * without districts; 赤壁市, 浏阳市 are county-level cities. The parents the text names settle a name
 * the table holds more than once (朝阳区 of 北京市 or of 长春市). When the text names parents none of
 * the table's units has (a fictional unit with a real name: 海港区 of 广东省), the text's reading
 * stands, and so it does for a name the table lacks (null). Matched on simplified characters.
 */
export type RegionTableReading =
  | { kind: 'settled'; level: RegionLevel; parents: string[] }
  | { kind: 'ambiguous' | 'contradicted'; where: string[] };

const where = (d: Division) => [...divisionParents(d), d.name].join('');

export const regionFromTable = defineRule<{ name: string; parents: readonly string[] }, RegionTableReading>({
  id: 'meta/region-table',
  description: 'Reads a region’s level (地级市 or 县级市, 区, 县) and its province and prefecture from the administrative-division table (GB/T 2260); the parents the text names settle a name the table holds twice.',
  apply({ name, parents }) {
    const found = divisionsNamed(name);
    if (!found.length) return null;
    // Only parents the table knows confirm or contradict it: a 'parent' it lacks is a misreading of the
    // preamble (国务院和省 from 党中央、国务院和省委) or a unit the table does not have, and says nothing.
    const known = parents.filter((p) => divisionsNamed(p).length > 0);
    const fits = found.filter((d) => known.every((p) => divisionParents(d).includes(p)));
    if (fits.length === 1) return { kind: 'settled', level: fits[0]!.level, parents: divisionParents(fits[0]!) };
    if (fits.length === 0) return { kind: 'contradicted', where: found.map(where) };
    return { kind: 'ambiguous', where: fits.map(where) };
  },
  examples: [
    { name: 'a prefecture-level city without districts', input: { name: '儋州市', parents: [] }, output: { kind: 'settled', level: 'city', parents: ['海南省'] } },
    { name: 'a county-level city', input: { name: '赤壁市', parents: [] }, output: { kind: 'settled', level: 'county', parents: ['湖北省', '咸宁市'] } },
    { name: 'a prefecture-level city', input: { name: '深圳市', parents: ['广东省'] }, output: { kind: 'settled', level: 'city', parents: ['广东省'] } },
    { name: 'a municipality', input: { name: '北京市', parents: [] }, output: { kind: 'settled', level: 'province', parents: [] } },
    { name: 'a county', input: { name: '沛县', parents: [] }, output: { kind: 'settled', level: 'county', parents: ['江苏省', '徐州市'] } },
    { name: 'a name held twice, settled by the parent the text names', input: { name: '朝阳区', parents: ['北京市'] }, output: { kind: 'settled', level: 'district', parents: ['北京市'] } },
    { name: 'a name held twice, no parent named', input: { name: '朝阳区', parents: [] }, output: { kind: 'ambiguous', where: ['北京市朝阳区', '吉林省长春市朝阳区'] } },
    { name: 'the text names another province', input: { name: '海港区', parents: ['广东省', '沙湾岭市'] }, output: { kind: 'contradicted', where: ['河北省秦皇岛市海港区'] } },
    { name: 'a misread parent the table lacks says nothing', input: { name: '儋州市', parents: ['国务院和省', '海南省'] }, output: { kind: 'settled', level: 'city', parents: ['海南省'] } },
    { name: 'a name the table lacks', input: { name: '青禾县', parents: ['岚桥市'] }, output: null },
  ],
});
