import { regionUnits } from '../../../regions';
import { toSimplifiedForMatching } from '../../text/fold';
import { defineRule } from '../rule';
import { SIGNER_BODY } from './signer';

/**
 * Who issues the notice. In order: its signer (signer.ts); else the body its title names
 * (楚雄州人民政府关于印发…的通知); else the body a news report names as issuing it
 * (…政府办公厅印发了《…》); else a header's issuer field (发文机关, 发文单位, …) when it names a body.
 * Never the website's publisher: a portal's 发布机构, a 来源, a site's name (…门户网). The choice and
 * its messages are made in metadata.ts from these rules.
 */

const BODY = new RegExp(`^${SIGNER_BODY}$`);
/** A body written without its region: 市人民政府办公室, 县政府, 区人民政府 — the region is the one the same title names. */
const REGIONLESS = /^(省|市|州|县|区|旗)(?:人民政府|政府)/;
/** What names a website rather than a body. */
const WEBSITE = /(网|网站|门户|平台|频道|客户端|公众号|在线)$/;

/** A body's name completed with the region its title names: 市人民政府办公室 + 赤壁市 → 赤壁市人民政府办公室. */
function withRegion(body: string, rest: string): { issuer: string; completed: boolean } | null {
  const unit = REGIONLESS.exec(body)?.[1];
  if (!unit) return { issuer: body, completed: false };
  const region = regionUnits(toSimplifiedForMatching(rest)).find((u) => u.text.endsWith(unit));
  return region ? { issuer: rest.slice(region.index, region.index + region.text.length) + body.slice(unit.length), completed: true } : null;
}

export const issuerFromNoticeTitle = defineRule<string, { issuer: string; completed: boolean }>({
  id: 'meta/issuer-notice-title',
  description: 'Reads the issuing body a notice title names (楚雄州人民政府关于印发…的通知); a body written without its region (市人民政府办公室关于印发赤壁市…) takes the region the same title names.',
  apply(title) {
    const folded = toSimplifiedForMatching(title.trim());
    const at = folded.indexOf('关于印发');
    if (at < 2) return null;
    const body = folded.slice(0, at);
    if (!BODY.test(body) || WEBSITE.test(body)) return null;
    const found = withRegion(body, title.trim().slice(at + '关于印发'.length).replace(/^《/, ''));
    return found && { issuer: found.completed ? found.issuer : title.trim().slice(0, at), completed: found.completed };
  },
  examples: [
    { name: 'a government', input: '楚雄州人民政府关于印发楚雄州全民科学素质行动实施方案（2022—2025年）的通知', output: { issuer: '楚雄州人民政府', completed: false } },
    { name: 'an office written without its region', input: '市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知', output: { issuer: '赤壁市人民政府办公室', completed: true } },
    { name: 'traditional characters, as printed', input: '某縣人民政府辦公室關於印發某縣全民科學素質行動實施方案的通知', output: { issuer: '某縣人民政府辦公室', completed: false } },
    { name: 'without a region in the rest of the title', input: '市人民政府办公室关于印发全民科学素质行动实施方案的通知', output: null },
    { name: 'no issuing body', input: '关于印发某市全民科学素质行动实施方案的通知', output: null },
  ],
});

/** A news report's lead: …，<body>印发了《…》 / <body>正式印发《…》; the body may be one unit word and 政府 (省政府), completed from the title. */
const LEAD = new RegExp(`(?:^|[，,。；：:\\s]|日前|近日|近期|日)((?:${SIGNER_BODY.replace('{2,30}?', '{1,30}?').replace('人民政府办公厅|', '人民政府办公厅|政府办公厅|政府办公室|').replace(/\)$/, '|政府)')}))(?:近日|日前|正式|联合)?印发(?:了)?《`);

export const issuerFromNewsLead = defineRule<string, string>({
  id: 'meta/issuer-news-lead',
  description: 'Reads the issuing body a news report’s lead names (日前，某自治区政府办公厅印发了《…》); a body written without its region (省政府办公厅印发《某省…》) takes the region of the title it issues.',
  apply(paragraph) {
    const folded = toSimplifiedForMatching(paragraph);
    const m = LEAD.exec(folded);
    if (!m) return null;
    const start = m.index + m[0].indexOf(m[1]!);
    const body = paragraph.slice(start, start + m[1]!.length);
    if (regionUnits(m[1]!)[0]?.index === 0) return body;
    // A body written without its region (省政府办公厅印发《贵州省…》) takes the region of the title it
    // issues, as a notice title's does (withRegion); without one there, it does not say whose.
    const found = withRegion(body, paragraph.slice(m.index + m[0].length));
    return found?.completed ? found.issuer : null;
  },
  examples: [
    { name: 'a news lead (traditional characters)', input: '日前,寧夏回族自治區政府辦公廳印發了《寧夏回族自治區全民科學素質行動規劃綱要實施方案(2021年—2025年)》,對…進行了全面部署。', output: '寧夏回族自治區政府辦公廳' },
    { name: 'after a comma', input: '近日，某县人民政府印发《某县全民科学素质行动实施方案》。', output: '某县人民政府' },
    { name: 'a body without its region, the region from the title it issues', input: '经省人民政府同意，近日，省政府办公厅印发《岚山省全民科学素质行动规划纲要实施方案（2021—2025年）》，全文如下：', output: '岚山省政府办公厅' },
    { name: 'a body without its region, the title naming another unit', input: '近日，县政府办公室印发《岚桥市全民科学素质行动实施方案》。', output: null },
    { name: 'a body without its region', input: '日前，市政府办公室印发了《实施方案》。', output: null },
    { name: 'after a colon, a government written 省政府', input: '记者从省科协获悉：省政府正式印发《岚山省贯彻〈全民科学素质行动规划纲要（2021—2035年）〉实施方案》', output: '岚山省政府' },
    { name: 'a plan’s sentence', input: '各地要认真组织实施《方案》。', output: null },
  ],
});

export const headerIssuer = defineRule<string, string>({
  id: 'meta/header-issuer',
  description: 'Takes a header’s issuer field (发文机关, 发文单位, 发文部门, 发布单位) when it names a body (…人民政府办公厅), not a website (…人民政府门户网).',
  apply(value) {
    const t = value.trim();
    const folded = toSimplifiedForMatching(t);
    return BODY.test(folded) && !WEBSITE.test(folded) ? t : null;
  },
  examples: [
    { name: 'a body', input: '北京市人民政府办公厅', output: '北京市人民政府办公厅' },
    { name: 'a website', input: '赤壁市人民政府门户网', output: null },
    { name: 'a site name', input: '四川省人民政府网站', output: null },
  ],
});
