import { defineRule } from '../rule';
import { isProvince } from '../../../regions';

/**
 * The regions above the plan's own, as its preamble names them: 按照湖南省、潭州市关于…的部署要求,
 * 按照安徽省关于…, or the higher plan it implements, 《陇西原市全民科学素质行动实施方案》. The
 * plan's own region and 国务院/全国 are not parents. Ordered province first.
 */
const PARENT = /(?:按照|根据|落实|贯彻|依据|和|及|、|《)((?:[\u4e00-\u9fff]{2,7}?)(?:省|自治区|市|自治州|地区|盟))(?=关于|、|和|及|全民|公民|科学素质|委|人民政府|政府|《|的|有关|部署|工作|实施|科协)/g;


export const regionParents = defineRule<{ preamble: string; own: string }, string[]>({
  id: 'meta/region-parents-preamble',
  description: 'Reads the regions above the plan’s own from its preamble (按照湖南省、潭州市关于…, 《陇西原市…实施方案》), province first.',
  apply({ preamble, own }) {
    const found: string[] = [];
    for (const m of preamble.matchAll(PARENT)) {
      const name = m[1]!;
      // The plan's own region (also as the tail of a longer name, 广州市南沙区 → 南沙区) is no parent.
      if (own.endsWith(name) || found.includes(name)) continue;
      found.push(name);
    }
    found.sort((a, b) => Number(isProvince(b)) - Number(isProvince(a)));
    return found.length ? found : null;
  },
  examples: [
    { name: 'province and city in one phrase', input: { preamble: '按照湖南省、潭州市关于全民科学素质建设的部署要求和《潭州市全民科学素质行动规划纲要实施方案（2021—2025年）》，', own: '白沙区' }, output: ['湖南省', '潭州市'] },
    { name: 'province, then the city plan', input: { preamble: '为深入贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，按照甘肃省关于全民科学素质建设的部署要求和《陇西原市全民科学素质行动实施方案（2021—2025年）》，', own: '鹿山县' }, output: ['甘肃省', '陇西原市'] },
    { name: 'the plan’s own earlier plan is not a parent', input: { preamble: '特别是《枫湖市全民科学素质行动计划纲要实施方案（2016—2020年）》实施以来', own: '枫湖市' }, output: null },
    { name: 'the State Council is not a region', input: { preamble: '贯彻落实《国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知》', own: '某市' }, output: null },
  ],
});
