import { defineRule } from '../rule';
import { lineRule } from '../strip/line-rule';
import { DATE_NUMERIC } from '../meta/date';

/**
 * News reposts put a lead or a byline before the notice: `本报讯（记者 王某）日前，…`, a line
 * `记者 王某 通讯员 李某`, `作者：…`, `责任编辑：…`. A byline alone on a line is page furniture and
 * is removed; a news lead is text (kept as notice text) but it is never a notice title or the
 * plan's title, even when it quotes 关于印发《…实施方案》的通知.
 */
const BYLINE = /^(?:(?:记者|通讯员|实习生|特约记者|摄影|撰稿)\s*[:：]?\s*[\u4e00-\u9fff·]{2,6}(?:\s+|$)){1,4}$|^(?:作者|责任编辑|编辑|审核|校对|供稿)\s*[:：]\s*\S{1,20}$/;
/** A dateline: the page's date (and time), then its source or author (2023-05-12 08:45　来源：…　作者：…). */
const DATELINE = new RegExp(String.raw`^${DATE_NUMERIC}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+(?:来源|作者|编辑|责任编辑|发布者?|稿源)\s*[:：]`);
const LEAD = /^(?:本报讯|本网讯|本台讯|[\u4e00-\u9fff]{2,8}网讯|[\u4e00-\u9fff]{0,8}(?:日报|晚报|新闻网|电视台)讯|新华社[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电)|^[（(]\s*记者\s*[\u4e00-\u9fff·\s]{2,12}[)）]/;

/** A line rule of the page's head: a byline is removed, a lead is found but kept. */
export const newsByline = lineRule('head', defineRule<string, 'byline' | 'lead'>({
  id: 'text/news-byline',
  description: 'A news byline before a reposted notice (记者 …, 作者：…) is removed; a news lead (本报讯…) is kept as notice text but never read as a title.',
  apply(line) {
    const t = line.trim();
    if (BYLINE.test(t) || DATELINE.test(t)) return 'byline';
    if (LEAD.test(t)) return 'lead';
    return null;
  },
  examples: [
    { name: 'reporter and correspondent', input: '记者 王小明 通讯员 李华', output: 'byline' },
    { name: 'author label', input: '作者：张三', output: 'byline' },
    { name: 'editor label', input: '责任编辑：李四', output: 'byline' },
    { name: 'a dateline with source and author', input: '2023-05-12 08:45　来源：某县融媒体中心　作者：记者 王小明', output: 'byline' },
    { name: 'a date heading a paragraph is text', input: '2023年5月12日，县政府召开会议。', output: null },
    { name: 'a local paper lead', input: '本报讯（记者 王小明）日前，市政府印发《关于印发某市全民科学素质行动实施方案的通知》。', output: 'lead' },
    { name: 'a news agency lead', input: '新华社长沙5月6日电 近日，…', output: 'lead' },
    { name: 'a sentence naming a reporter is text', input: '各地要邀请记者参与科普宣传。', output: null },
    { name: 'a notice title', input: '某市人民政府关于印发某市全民科学素质行动实施方案的通知', output: null },
  ],
}), (found) => found === 'byline');
