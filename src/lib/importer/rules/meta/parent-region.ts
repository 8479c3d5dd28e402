import { defineRule } from '../rule';
import { LITERACY_SUBJECT } from './literacy';

/**
 * Whose figure a number is. County and district plans often quote the region above them before
 * giving their own figure, or instead of it:
 *   按照全市到2025年公民具备科学素质的比例超过12%的总体部署，结合我县发展基础，确定我县目标如下：
 *   据某市2020年公民科学素质抽样调查，全市公民具备科学素质的比例为9.87%，我县未单独开展抽样调查。
 *   2020年，全市公民具备科学素质的比例为10.2%，我县为8.1%。
 * The first two figures and the 10.2% are the city's, not the plan's. The rule attributes each
 * number of a sentence to a region and returns those that belong to a region other than the plan's:
 * - a framing phrase (按照/根据/依据/对照/落实/贯彻 + another region … 部署/要求/安排/目标…): every
 *   number inside the frame is that region's; the frame's region does not carry past it;
 * - in a literacy sentence, a percentage is the region's that is the subject of its clause (the
 *   first region word before the number that is not a comparison: 在全市率先, 高于全省 compare; a
 *   clause that only compares, 高于全省平均水平（10.2%）, gives the compared region's figure); a clause
 *   without a region word continues the subject of the clause before it (据某市…调查，比例为9.87%);
 * - a sentence that says the plan's region did not survey itself (我县未单独开展抽样调查): its
 *   percentages are not the plan's unless their clause names the plan's own region.
 * Region words are the collective ones (全市, 我县, 本区, 全自治区, 全国) and the plan's own and
 * parent regions by name; a collective word is the plan's own when its unit is the plan's unit
 * (全县 in a 县 plan, 全市 in a county-level city's plan). A sentence naming the plan's own region
 * (全县, 我县, 本区, 浦澜区) is its own. Other targets than percentages in literacy sentences are
 * attributed by frames only: 创建全省科普示范县3个 is a county's target about a provincial title.
 * Words are matched on simplified characters. Library considered: none reads Chinese clause
 * subjects (jieba/nodejieba segment words, they do not attribute them); the patterns stay here.
 */

/** 全市, 我县, 本区, 全自治区, 全地区, 全国; not 全区域/本县域 (an area), 全市级 (a rank), 本市委 (a body). */
const COLLECTIVE = /(?:全|我|本)(自治区|自治州|自治县|地区|国|省|市|州|盟|县|区|旗)(?![域级委])/g;
/** The unit a region's collective word uses (内蒙古自治区 → 全区, 某某自治县 → 全县). */
const UNIT_OF: Record<string, string> = { 自治区: '区', 自治州: '州', 自治县: '县' };
/** Words before a region word that compare with it rather than make it the subject (高于全省, 在全市率先, 与全市平均水平相比). */
const COMPARISON_BEFORE = /(?:与|较|比|于|在|居|同|和|及|、|超过|相比)$/;
/** A region word followed by these is a place, not the subject (我县所在的某市). */
const PLACE_AFTER = /^(?:所在|所属)/;
/** A framing verb, and the word that closes the frame (按照全市…的总体部署). */
const FRAME_VERB = /按照|根据|依据|对照|落实|贯彻/g;
const FRAME_END = /部署|要求|安排|精神|目标|规划|方案|任务/;
/** The plan says its own region took no survey of its own (我县未单独开展抽样调查, 尚未单独组织测评). */
export const NO_OWN_SURVEY = /(?:未|没有|尚未)(?:单独)?(?:开展|进行|组织)[^，。；]{0,8}(?:调查|测评|测试)/;
const CLAUSE_BREAK = /[，；：,;:。]/;
/** A number that is not a year, month or day: 12%, 9.87%, 80个. */
const NUMBER = /\d+(?:\.\d+)?/g;

export interface OwnRegion {
  /** The plan's region as the frontmatter names it (simplified characters). */
  name: string;
  /** Its parents by name (simplified characters). */
  parents: readonly string[];
}

export interface OtherRegionFigure {
  /** Index of the number in the sentence. */
  at: number;
  /** The number as written, with its % when it has one. */
  figure: string;
  /** The region word it belongs to (全市, 某市), or null where the plan only says it did not survey itself. */
  region: string | null;
}

/** The unit word of a region's name (某县 → 县, 内蒙古自治区 → 区), or null when the name has none. */
export function ownUnit(name: string): string | null {
  const m = /(自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)$/.exec(name);
  return m ? (UNIT_OF[m[1]!] ?? m[1]!) : null;
}

interface RegionWord {
  at: number;
  text: string;
  own: boolean;
  comparison: boolean;
  /** End of the frame the word stands in (按照全市…部署), or null when it stands in none. */
  frameEnd: number | null;
}

function quotedRanges(s: string): [number, number][] {
  return [...s.matchAll(/“[^“”]*”|《[^《》]*》|「[^「」]*」/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

function regionWords(sentence: string, own: OwnRegion): RegionWord[] {
  const unit = ownUnit(own.name);
  const quoted = quotedRanges(sentence);
  const found: { at: number; text: string; own: boolean }[] = [];
  for (const m of sentence.matchAll(COLLECTIVE)) {
    const u = UNIT_OF[m[1]!] ?? m[1]!;
    // Without a unit of its own the plan's region cannot be told from another: every word is its own.
    found.push({ at: m.index!, text: m[0], own: unit === null || (u === unit && u !== '国') });
  }
  for (const name of [own.name, ...own.parents]) {
    if (name.length < 2) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) found.push({ at, text: name, own: name === own.name });
  }
  const frames: [number, number][] = [];
  for (const v of sentence.matchAll(FRAME_VERB)) {
    const rest = sentence.slice(v.index!);
    const clauseEnd = rest.search(CLAUSE_BREAK);
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    const end = FRAME_END.exec(clause);
    frames.push([v.index!, v.index! + (end ? end.index + end[0].length : clause.length)]);
  }
  return found
    .filter((w) => !quoted.some(([a, b]) => w.at >= a && w.at < b) && !PLACE_AFTER.test(sentence.slice(w.at + w.text.length)))
    // A named region inside a longer named one (某市 in 某市某区) is the longer one's.
    .filter((w, _, all) => !all.some((o) => o !== w && o.text.length > w.text.length && o.at <= w.at && w.at + w.text.length <= o.at + o.text.length))
    .sort((a, b) => a.at - b.at)
    .map((w) => ({
      ...w,
      comparison: COMPARISON_BEFORE.test(sentence.slice(0, w.at)),
      frameEnd: frames.find(([a, b]) => w.at > a && w.at < b)?.[1] ?? null,
    }));
}

/** The region words of a sentence (全市, 我县, a parent's name) outside quotes, in order. */
export function regionWordsOf(sentence: string, own: OwnRegion): string[] {
  return regionWords(sentence, own).map((w) => w.text);
}

export const parentRegionFigure = defineRule<{ sentence: string; own: OwnRegion }, OtherRegionFigure[]>({
  id: 'meta/parent-region-figure',
  description: 'Finds the numbers of a sentence that are another region’s (按照全市…部署, 据…市…调查…我县未单独开展, 全市…达到X%，我县…), so that a parent’s target or baseline is not read as the plan’s own.',
  apply({ sentence, own }) {
    const words = regionWords(sentence, own);
    const literacy = LITERACY_SUBJECT.test(sentence);
    const noSurvey = NO_OWN_SURVEY.test(sentence);
    const out: OtherRegionFigure[] = [];
    // The subject carried from clause to clause: a region word that is no comparison and stands in no frame.
    let carried: RegionWord | null = null;
    let clauseStart = 0;
    for (let i = 0; i <= sentence.length; i++) {
      if (i < sentence.length && !CLAUSE_BREAK.test(sentence[i]!)) continue;
      const inClause = words.filter((w) => w.at >= clauseStart && w.at < i);
      for (const m of sentence.slice(clauseStart, i).matchAll(NUMBER)) {
        const at = clauseStart + m.index!;
        const after = sentence.slice(at + m[0].length);
        if (/^\s*[年月日号]/.test(after) || /[\d.]$/.test(sentence.slice(0, at))) continue;
        const percent = /^\s*[%％]/.test(after);
        const before = inClause.filter((w) => w.at < at && (w.frameEnd === null || at < w.frameEnd));
        const framed = before.find((w) => w.frameEnd !== null && !w.comparison);
        const subject = framed ?? before.find((w) => !w.comparison) ?? before.filter((w) => w.comparison).at(-1) ?? null;
        let region: string | null | undefined;
        if (framed && !framed.own) region = framed.text;
        else if (percent && literacy && subject && !subject.own) region = subject.text;
        else if (percent && literacy && !subject && carried && !carried.own) region = carried.text;
        else if (percent && noSurvey && !(subject ?? carried)?.own) region = (subject ?? carried)?.text ?? null;
        if (region !== undefined) out.push({ at, figure: percent ? `${m[0]}%` : m[0], region });
      }
      const subject = inClause.find((w) => !w.comparison && w.frameEnd === null);
      if (subject) carried = subject;
      clauseStart = i + 1;
    }
    return out.length ? out : null;
  },
  examples: [
    {
      name: 'the parent city’s target in a 按照…部署 frame',
      input: { sentence: '按照全市到2025年公民具备科学素质的比例超过12%的总体部署，结合我县发展基础，确定我县目标如下：', own: { name: '青禾县', parents: ['岚桥市'] } },
      output: [{ at: 23, figure: '12%', region: '全市' }],
    },
    {
      name: 'the city’s survey; the county did not survey',
      input: { sentence: '据岚桥市2020年公民科学素质抽样调查，全市公民具备科学素质的比例为9.87%，我县未单独开展抽样调查。', own: { name: '青禾县', parents: ['岚桥市'] } },
      output: [{ at: 34, figure: '9.87%', region: '全市' }],
    },
    {
      name: 'the survey’s figure with no subject, the county did not survey',
      input: { sentence: '据2020年公民科学素质抽样调查，公民具备科学素质的比例为9.87%，我县未单独开展抽样调查。', own: { name: '青禾县', parents: [] } },
      output: [{ at: 29, figure: '9.87%', region: null }],
    },
    {
      name: 'the city’s level, then the county’s own',
      input: { sentence: '2020年，全市公民具备科学素质的比例为10.2%，我县为8.1%。', own: { name: '青禾县', parents: [] } },
      output: [{ at: 20, figure: '10.2%', region: '全市' }],
    },
    {
      name: 'a parent named, the city’s figure carried to the next clause',
      input: { sentence: '据岚桥市2020年公民科学素质抽样调查，具备科学素质的公民比例为9.87%。', own: { name: '青禾县', parents: ['岚桥市'] } },
      output: [{ at: 32, figure: '9.87%', region: '岚桥市' }],
    },
    {
      name: 'a comparison gives the compared region’s figure',
      input: { sentence: '2021年全区公民具备科学素质的比例为11.36%，高于全省平均水平（10.2%）。', own: { name: '鹭湖区', parents: [] } },
      output: [{ at: 35, figure: '10.2%', region: '全省' }],
    },
    { name: 'the county’s own target after a frame', input: { sentence: '按照全市部署要求，到2025年，全县公民具备科学素质的比例达到10%。', own: { name: '青禾县', parents: [] } }, output: null },
    { name: 'the county’s own level, compared with the city', input: { sentence: '2022年，全县公民具备科学素质的比例为7.35%，但与全市平均水平相比仍有差距。', own: { name: '龙岫瑶族自治县', parents: [] } }, output: null },
    { name: 'a rank in the city: still the county’s own', input: { sentence: '到2025年，全县公民具备科学素质的比例在全市率先达到12%。', own: { name: '青禾县', parents: [] } }, output: null },
    { name: 'the plan’s own region by name', input: { sentence: '2020年，浦澜区公民具备科学素质的比例为21.3%，位居全市中上水平。', own: { name: '浦澜区', parents: ['岚桥市'] } }, output: null },
    { name: 'a county-level city’s 全市 is its own', input: { sentence: '2020年全市公民具备科学素质的比例达到12.05%，位居吴陵市各县（市、区）前列。', own: { name: '澄泾市', parents: ['吴陵市'] } }, output: null },
    { name: 'a provincial title is no provincial figure', input: { sentence: '创建全省科普示范县3个，全市科普示范社区10个。', own: { name: '青禾县', parents: [] } }, output: null },
    { name: 'a city’s document in 《》 names no subject', input: { sentence: '落实《岚桥市全民科学素质行动实施方案》，到2025年，公民具备科学素质的比例达到10%。', own: { name: '青禾县', parents: ['岚桥市'] } }, output: null },
  ],
});
