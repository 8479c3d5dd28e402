import { defineRule } from '../rule';
import { DATE_LINE, DATE_TEXT } from './date';
import { startsWithKind } from '../../structure/numbering';
import { newsByline } from '../text/news-byline';

/**
 * Where the plan's own title is. Lines are matched after folding traditional characters to
 * simplified (text/fold.ts); the text returned is cut from the lines as given.
 */

export const PLAN_NOUN = /(实施方案|行动方案|工作方案|规划纲要|行动计划|实施意见|行动规划|实施计划|工作计划)/;
/**
 * What a period's years are joined with: every dash plans are written with — the em dash — and its
 * doubled form ——, the horizontal bar ― (U+2015), the figure dash ‒, the en dash –, the hyphens
 * ‐ ‑ -, the minus − and the full-width hyphen-minus －, tildes — and the word 至 (2021至2025年).
 */
export const PERIOD_DASH = '[—―‒–‐‑\\-−－~～〜至]+';
/** A period as plans print it: 2021—2025年, 2021-2025, 2021年—2025年, 2021―2025年, 2021——2025年, 2021至2025年. */
export const PERIOD = String.raw`(\d{4})\s*年?\s*${PERIOD_DASH}\s*(\d{4})\s*年?`;
export const PERIOD_ONLY = new RegExp(`^[（(]${PERIOD}[)）]$`);
const CLEAN_END = new RegExp(`(实施方案|行动方案|工作方案|规划纲要|行动计划|实施意见|行动规划|实施计划|工作计划)$|[（(]${PERIOD}[)）]$`);
const NOT_TITLE_WORDING = /关于印发|^《|^现将|^附\s*件|^根据|^为|^按照|[。，；：:;,！？》]|通知$/;
/** Not a title: a notice's or a sentence's wording, or a numbered heading (一、 第一章, the numbering grammar's). */
const notTitle = (text: string) => NOT_TITLE_WORDING.test(text) || startsWithKind(text, 'cn', 'part');

/** The implementation period a title states: （2021—2025年） → 2021–2025. */
export const titlePeriod = defineRule<string, { from: number; to: number }>({
  id: 'meta/period',
  description: 'Reads the implementation period a title states, its years joined by any dash or 至 (2021—2025年, 2021―2025年, 2021——2025年, 2021年—2025年, 2021至2025年), in brackets or written into the title.',
  apply(title) {
    // （2021—2025年）, （2022-2025）, [2016—2020年], or written into the title: 柳港区2022—2025年全民科学素质行动实施方案.
    const m = new RegExp(`[（(［\\[]${PERIOD}[)）］\\]]`).exec(title) ?? new RegExp(`${PERIOD.replace(/年\?$/, '')}年`).exec(title);
    if (!m) return null;
    const [from, to] = [Number(m[1]), Number(m[2])];
    return from >= 1990 && from <= to && to - from <= 20 ? { from, to } : null;
  },
  examples: [
    { name: 'em dash', input: '某方案（2021—2025年）', output: { from: 2021, to: 2025 } },
    { name: 'horizontal bar U+2015', input: '某区实施方案(2021―2025年)', output: { from: 2021, to: 2025 } },
    { name: 'doubled dash', input: '某区实施方案（2021——2025年）', output: { from: 2021, to: 2025 } },
    { name: '年 after both years', input: '某区实施方案（2021年—2025年）', output: { from: 2021, to: 2025 } },
    { name: 'hyphen, no 年', input: '某方案（2022-2025）', output: { from: 2022, to: 2025 } },
    { name: 'full-width hyphen-minus', input: '某方案（2022－2025年）', output: { from: 2022, to: 2025 } },
    { name: 'the word 至', input: '某县2021至2025年全民科学素质行动实施方案', output: { from: 2021, to: 2025 } },
    { name: 'square brackets (a law database)', input: '某市实施方案[2016—2020年]', output: { from: 2016, to: 2020 } },
    { name: 'no period', input: '某省全民科学素质行动实施方案', output: null },
    { name: 'a target year is no period', input: '到2025年全省公民具备科学素质的比例超过15%', output: null },
  ],
});

/** The implementation period a title states, or null (rule meta/period). */
export function periodOf(title: string): { from: number; to: number } | null {
  return titlePeriod.apply(title);
}

/** A single line or joined lines that read as a plan title. */
export function isTitleShaped(text: string): boolean {
  return PLAN_NOUN.test(text) && text.length <= 70 && !notTitle(text) && CLEAN_END.test(text);
}

export interface TitleLines {
  /** Index of the first line of the title in the input. */
  index: number;
  /** Lines from the first to the last line of the title, blank lines included. */
  span: number;
  text: string;
}

/** The second half of a title split over lines: it starts with a plan noun or the period (实施方案（2021—2025年）). */
const SECOND_HALF = new RegExp(`^(?:${PLAN_NOUN.source}|[（(]\\d{4})`);

/** A title printed over up to three lines: …规划纲要 / 实施方案 / （2022—2025年）, joined without a space. */
export const titleLines = defineRule<readonly string[], TitleLines>({
  id: 'meta/title-lines',
  description: 'Finds the plan title on one line or over two or three short lines (…实施方案 / （2022—2025年）), joined without a space; never a 关于印发 notice title or a 《》 mention.',
  apply(lines) {
    for (let i = 0; i < lines.length; i++) {
      const first = lines[i]!.trim();
      if (first === '' || first.length > 70 || notTitle(first)) continue;
      // A title that starts mid-paragraph is no title: the line before is blank or ends a sentence, a date or a heading.
      const prev = lines.slice(0, i).reverse().find((l) => l.trim() !== '')?.trim();
      const startsBlock = i === 0 || lines[i - 1]!.trim() === '' || !prev || /[。：:）)]$/.test(prev) || DATE_LINE.test(prev);
      let best: TitleLines | null = null;
      let text = '';
      let count = 0;
      for (let j = i; j < lines.length && count < 3; j++) {
        const t = lines[j]!.trim();
        if (t === '') {
          // One blank line may separate a title from its period line (保山: title, blank, （2021—2025年）),
          // or from its second half, when that starts with the plan noun or the period and completes a
          // title with its period (…规划纲要 / blank / 实施方案（2021—2025年）: a copy that spaces the lines).
          const next = lines[j + 1]?.trim() ?? '';
          const secondHalf = SECOND_HALF.test(next) && next.length <= 40 && !notTitle(next) && isTitleShaped(text + next) && titlePeriod.apply(text + next) !== null;
          if (j > i && j + 1 < lines.length && !/[（(]\d{4}/.test(text) && (PERIOD_ONLY.test(next) || secondHalf)) continue;
          break;
        }
        if (j > i && (t.length > 40 || notTitle(t) || DATE_LINE.test(t))) break;
        // A line repeating what was read so far is a title of its own (a page's headline, then the title with its period).
        if (j > i && t.startsWith(text)) break;
        // A title printed over lines starts with the region and the subject, not with a signature.
        if (j > i && j === i + 1 && !PLAN_NOUN.test(first) && !/全民|科学|素质|科普/.test(first)) break;
        text += t;
        count++;
        if (isTitleShaped(text) && (count === 1 || startsBlock || PLAN_NOUN.test(first))) best = { index: i, span: j - i + 1, text };
      }
      if (best) return best;
    }
    return null;
  },
  examples: [
    { name: 'one line', input: ['某市全民科学素质行动实施方案（2021—2025年）', '为深入贯彻…'], output: { index: 0, span: 1, text: '某市全民科学素质行动实施方案（2021—2025年）' } },
    { name: 'period on the next line', input: ['', '白沙区全民科学素质行动规划纲要实施方案', '（2022—2025年）', '为深入贯彻落实…'], output: { index: 1, span: 2, text: '白沙区全民科学素质行动规划纲要实施方案（2022—2025年）' } },
    { name: 'three lines', input: ['', '某县全民科学素质行动', '规划纲要实施方案', '（2022—2025年）', '为深入贯彻落实…'], output: { index: 1, span: 3, text: '某县全民科学素质行动规划纲要实施方案（2022—2025年）' } },
    { name: 'period broken inside the parenthesis', input: ['', '某县全民科学素质行动实施方案（2022—', '2025年）'], output: { index: 1, span: 2, text: '某县全民科学素质行动实施方案（2022—2025年）' } },
    { name: 'a signature and its date are not part of the title', input: ['现将方案印发。', '某市人民政府', '2022年3月1日', '某市全民科学素质行动实施方案（2021—2025年）'], output: { index: 3, span: 1, text: '某市全民科学素质行动实施方案（2021—2025年）' } },
    { name: 'a headline, then the title with its period', input: ['某市全民科学素质行动实施方案', '某市全民科学素质行动实施方案（2021—2025年）', '为深入贯彻…'], output: { index: 0, span: 1, text: '某市全民科学素质行动实施方案' } },
    { name: 'a blank line between the title’s halves', input: ['', '岚山省全民科学素质行动规划纲要', '', '实施方案(2021—2025年)', '为深入贯彻…'], output: { index: 1, span: 3, text: '岚山省全民科学素质行动规划纲要实施方案(2021—2025年)' } },
    { name: 'a blank line, then a paragraph: the title stands alone', input: ['', '岚山省全民科学素质行动规划纲要', '', '实施方案已经省政府同意，现印发。'], output: { index: 1, span: 1, text: '岚山省全民科学素质行动规划纲要' } },
    { name: 'a blank line, then another title of its own', input: ['某市全民科学素质行动实施方案', '', '某市全民科学素质行动实施方案（2021—2025年）'], output: { index: 0, span: 1, text: '某市全民科学素质行动实施方案' } },
    { name: 'a notice title over two lines is not the plan title', input: ['某区人民政府办公室', '关于印发《某区全民科学素质行动规划纲要', '实施方案（2022—2025年）》的通知'], output: null },
    { name: 'a mention in prose', input: ['《某区全民科学素质行动实施方案（2022—2025', '年）》已经区人民政府同意，现印发给你们。'], output: null },
  ],
});

/** Verbs with which a headline or news lead says a body issued a plan: 印发《…》, 出台了《…》. */
const ISSUE_VERB = /(?:印发|出台|制定|发布|颁布)了?《/g;

/**
 * A page that names its plan only in a headline or a news lead, inside 《》 after the verb that
 * issues it (沛县印发《沛县…实施方案(2011-2015)》, 省政府正式印发《某省贯彻〈…纲要(2021—2035年)〉实施方案》):
 * the plan's title is what the 《》 hold, when it is title-shaped (a plan noun at its end or a
 * period). A document cited without such a verb (贯彻实施国务院《全民科学素质行动计划纲要》) is no
 * title, nor is a 《…的通知》 (the notice, not the plan). Returns the first line naming one and the title.
 */
export const titleFromMention = defineRule<readonly string[], { index: number; start: number; text: string }>({
  id: 'meta/title-from-mention',
  description: 'Reads the plan title from a headline or news lead that names it in 《》 after the verb that issues it (某县印发《某县…实施方案(2011-2015)》), when no line of the page is the title itself.',
  apply(lines) {
    for (const [index, line] of lines.entries()) {
      for (const v of line.matchAll(ISSUE_VERB)) {
        const open = v.index + v[0].length;
        // 《》 may hold 〈〉 for a title inside the title (贯彻〈…纲要〉实施方案).
        const close = line.indexOf('》', open);
        if (close < 0) continue;
        const inner = line.slice(open, close).trim();
        if (inner.length > 70 || /通知$|[。，；！？]/.test(inner) || !PLAN_NOUN.test(inner) || !CLEAN_END.test(inner)) continue;
        return { index, start: open, text: inner };
      }
    }
    return null;
  },
  examples: [
    { name: 'a news headline', input: ['当前位置：首页 > 县区动态', '青禾县印发《青禾县全民科学素质行动计划纲要实施方案(2011-2015)》'], output: { index: 1, start: 6, text: '青禾县全民科学素质行动计划纲要实施方案(2011-2015)' } },
    { name: 'a lead, a title inside the title', input: ['日前，省政府正式印发《岚山省贯彻〈全民科学素质行动规划纲要(2021—2035年)〉实施方案》。'], output: { index: 0, start: 11, text: '岚山省贯彻〈全民科学素质行动规划纲要(2021—2035年)〉实施方案' } },
    { name: 'a document cited without an issuing verb', input: ['为贯彻实施国务院《全民科学素质行动计划纲要(2006—2010—2020年)》，'], output: null },
    { name: 'a notice in 《》 is not the plan', input: ['县政府办公室印发了《青禾县全民科学素质行动实施方案的通知》'], output: null },
    { name: 'an abbreviation is not a title', input: ['根据《方案》，到2015年末，全县…；县政府印发《方案》。'], output: null },
  ],
});

/** `附件：<title>` on one line: the plan is the notice's annex and its title is printed after the label. */
export const annexTitleLine = defineRule<string, string>({
  id: 'meta/annex-title-line',
  description: 'Reads the plan title from a line 附件：<title> (the plan printed as the notice’s annex on the same line as its label).',
  apply(line) {
    const m = /^附\s*件\s*\d*\s*[:：]\s*(.+)$/.exec(line.trim());
    return m && isTitleShaped(m[1]!.trim()) ? m[1]!.trim() : null;
  },
  examples: [
    { name: 'label and title', input: '附件：某市全民科学素质行动实施方案（2021—2025年）', output: '某市全民科学素质行动实施方案（2021—2025年）' },
    { name: 'an annex table is not the plan', input: '附件：某市全民科学素质行动实施方案重点任务分工表', output: null },
    { name: 'the label alone', input: '附件', output: null },
  ],
});

/** The line that opens a notice's text: the salutation 各…： (shared with the strip stage). */
export const SALUTATION = /^各.{1,80}[:：]$/;

/**
 * The plan's title printed above its covering notice (title, 各县（市、区）人民政府…：, 现将…,
 * signature, date, then the plan): the notice is kept as the notice, with its date, and the plan's
 * text starts after the signature date (and a following （此件公开发布） line).
 */
export const titleAboveNotice = defineRule<readonly string[], { bodyAt: number }>({
  id: 'meta/title-above-notice',
  description: 'When a salutation (各…：) follows the plan title before any chapter, the lines up to the signature date are the notice; the plan starts after them.',
  apply(after) {
    const salutation = after.findIndex((l) => SALUTATION.test(l.trim()));
    if (salutation < 0) return null;
    const firstNumbered = after.findIndex((l) => startsWithKind(l.trim(), 'cn', 'part'));
    if (firstNumbered >= 0 && firstNumbered < salutation) return null;
    if (after.slice(0, salutation).some((l) => l.trim().length > 60)) return null;
    const date = after.findIndex((l, i) => i > salutation && DATE_LINE.test(l.trim().replace(new RegExp(`^.*?(?=${DATE_TEXT})`), '')));
    if (date < 0 || (firstNumbered >= 0 && date > firstNumbered)) return null;
    let bodyAt = date + 1;
    while (bodyAt < after.length && (after[bodyAt]!.trim() === '' || /^[（(]此件.{0,8}[)）]$/.test(after[bodyAt]!.trim()))) bodyAt++;
    return { bodyAt };
  },
  examples: [
    {
      name: 'title, notice, plan',
      input: ['各县（市、区）人民政府，市直各单位：', '现将本方案印发给你们，请认真贯彻落实。', '某市人民政府', '2022年3月10日', '（此件公开发布）', '一、总体要求'],
      output: { bodyAt: 5 },
    },
    {
      name: 'signature date in Chinese numerals',
      input: ['各乡镇：', '现将本方案印发给你们。', '某县人民政府', '二〇二二年三月十日', '为深入贯彻…'],
      output: { bodyAt: 4 },
    },
    { name: 'title followed by the plan', input: ['为深入贯彻落实…，制定本方案。', '一、总体要求', '各单位：'], output: null },
  ],
});

/**
 * A title printed without its period takes it from another line naming the same plan with its
 * period (the notice's 《…（2021—2025年）》 or the 附件： line). Matched on folded lines; the result
 * is where the period stands, so the caller cuts it from the line as printed.
 */
export const titlePeriodElsewhere = defineRule<{ title: string; lines: readonly string[] }, { index: number; start: number; end: number }>({
  id: 'meta/title-period',
  description: 'A title printed without its period takes it from the first line that names the same title followed by its period in brackets (the notice’s 《…（2021—2025年）》).',
  apply({ title, lines }) {
    if (periodOf(title) !== null) return null;
    const re = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([（(]${PERIOD}[)）])`);
    for (const [index, t] of lines.entries()) {
      const m = re.exec(t);
      if (m) return { index, start: m.index + title.length, end: m.index + m[0].length };
    }
    return null;
  },
  examples: [
    { name: 'period in the notice', input: { title: '某区全民科学素质行动实施方案', lines: ['现将《某区全民科学素质行动实施方案（2022—2025年）》印发给你们。', '某区全民科学素质行动实施方案'] }, output: { index: 0, start: 17, end: 29 } },
    { name: 'the title has its period', input: { title: '某区实施方案（2022—2025年）', lines: ['《某区实施方案（2022—2025年）》'] }, output: null },
    { name: 'no line names it with a period', input: { title: '某区实施方案', lines: ['现将《某区实施方案》印发给你们。'] }, output: null },
  ],
});

/** How many lines (1–3) the notice title starting at `at` spans: up to the line ending in 通知. */
export function noticeTitleSpan(texts: readonly string[], at: number): number {
  for (let k = 0; k < 3 && at + k < texts.length; k++) {
    const t = texts[at + k]!.trim();
    if (k > 0 && (t === '' || t.length > 40 || /[。，；]/.test(t))) break;
    if (/通知$/.test(t)) return k + 1;
  }
  return 1;
}

/** A notice title line: 关于印发 and not a news lead quoting it. */
export const isNoticeTitleLine = (text: string) => /关于印发/.test(text) && newsByline.apply(text) !== 'lead';

/**
 * When the plan does not repeat its title under the covering notice, the notice's own title names
 * it (…关于印发《X实施方案（2021—2025年）》的通知, possibly over up to three lines): the title is X,
 * and the plan's text starts at its first chapter (一、). A page without a first chapter is a page of
 * a paginated repost (the notice title, then text from the middle of the plan): the text after the
 * notice title is the plan's, as far as the page goes (`chapter` false; the text stage says it is
 * incomplete, text/truncated). Matched on folded lines: `start`/`end` are offsets of X in the notice
 * title's lines joined (trimmed), to cut from the lines as printed.
 */
export const titleFromNotice = defineRule<readonly string[], { noticeAt: number; span: number; bodyAt: number; chapter: boolean; start: number; end: number }>({
  id: 'meta/title-from-notice',
  description: 'Reads the plan title from the notice title (关于印发《…实施方案》的通知, over up to three lines) when the plan does not repeat it; the plan starts at its first 一、 chapter, or after the notice title on a page without one.',
  apply(lines) {
    const noticeAt = lines.findIndex(isNoticeTitleLine);
    if (noticeAt < 0) return null;
    const span = noticeTitleSpan(lines, noticeAt);
    const joined = lines.slice(noticeAt, noticeAt + span).map((t) => t.trim()).join('');
    const m = /关于印发《?(.+?)》?的通知/.exec(joined);
    if (!m || !PLAN_NOUN.test(m[1]!)) return null;
    const chapterAt = lines.findIndex((t, i) => i > noticeAt && startsWithKind(t, 'cn'));
    const bodyAt = chapterAt >= 0 ? chapterAt : noticeAt + span;
    const start = m.index + m[0].indexOf(m[1]!);
    return { noticeAt, span, bodyAt, chapter: chapterAt >= 0, start, end: start + m[1]!.length };
  },
  examples: [
    {
      name: 'title in the notice title',
      input: ['某区人民政府关于印发《某区全民科学素质行动实施方案》的通知', '各镇：', '现印发给你们。', '一、总体要求'],
      output: { noticeAt: 0, span: 1, bodyAt: 3, chapter: true, start: 11, end: 25 },
    },
    {
      name: 'no first chapter on the page (a page of a paginated repost): the text after the notice title',
      input: ['某区人民政府关于印发《某区全民科学素质行动实施方案》的通知', '（三）加强科普基础设施建设。', '推进科技馆建设。'],
      output: { noticeAt: 0, span: 1, bodyAt: 1, chapter: false, start: 11, end: 25 },
    },
    { name: 'a notice of something else', input: ['某区人民政府关于印发《某区会议纪要》的通知', '一、总体要求'], output: null },
    { name: 'a news lead quoting the notice title', input: ['本报讯（记者 王小明）日前，市政府印发《关于印发某市全民科学素质行动实施方案的通知》。', '一、总体要求'], output: null },
  ],
});
