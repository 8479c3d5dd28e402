import { isProvince } from '../../../regions';
import { defineRule } from '../rule';

/**
 * A 市 is a prefecture-level city or a county-level city (县级市); the name alone does not say which.
 * The notice says it by whom it addresses: a county-level city's government writes to its townships
 * and sub-districts (各乡镇人民政府、街道办事处), a prefecture's to its counties and districts
 * (各县（市、区）人民政府). Read on simplified characters.
 */
const TOWNSHIPS = /乡镇|各镇|各乡|街道办事处|办事处/;
const COUNTIES = /县|区人民政府|各区|市、区|（市）|旗/;

export const regionLevelFromAddressees = defineRule<{ name: string; salutation: string }, 'county'>({
  id: 'meta/region-level-addressees',
  description: 'Reads a 市 as a county-level city when its notice addresses townships or sub-districts (各乡镇人民政府、办事处) and no counties or districts.',
  apply({ name, salutation }) {
    if (!/市$/.test(name) || isProvince(name)) return null;
    return TOWNSHIPS.test(salutation) && !COUNTIES.test(salutation) ? 'county' : null;
  },
  examples: [
    { name: 'a county-level city', input: { name: '赤壁市', salutation: '各乡镇人民政府、办事处、场,市政府各部门:' }, output: 'county' },
    { name: 'a prefecture-level city', input: { name: '某市', salutation: '各县（市、区）人民政府，市政府各部门：' }, output: null },
    { name: 'a city with districts and sub-districts', input: { name: '某市', salutation: '各区人民政府、街道办事处，市政府各部门：' }, output: null },
    { name: 'a district is not a 市', input: { name: '九龙坡区', salutation: '各镇人民政府、街道办事处，区政府各部门：' }, output: null },
    { name: 'a municipality', input: { name: '北京市', salutation: '各乡镇人民政府：' }, output: null },
  ],
});
