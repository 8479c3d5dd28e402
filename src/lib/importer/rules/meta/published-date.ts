import { defineRule } from '../rule';
import { newsByline } from '../text/news-byline';
import { toSimplifiedForMatching } from '../../text/fold';
import { DATE_NUMERIC } from './date';

/**
 * The page header's labels for the publication date, in the order they are trusted: a news page's
 * byline label 时间 (时间：2012/7/4 9:10:34来源：…, 時間 : 2021-12-24 10:36:38 來源 : 本網) is the page's date too.
 */
export const PUBLISHED_HEADER_LABELS: readonly string[] = ['发布日期', '发布时间', '日期', '时间'];

/**
 * When the page published the plan: the header's 发布日期 field (or another of
 * PUBLISHED_HEADER_LABELS), else a 发布日期 / 发布时间 label
 * anywhere in the page's furniture (a toolbar line 信息来源：…　发布时间：2022-04-18 09:30, the footer
 * 发布日期：2021年12月20日　　浏览次数：1032), else the date a news byline starts with
 * (2023-05-12 08:45　来源：…). The text as printed; reading it is the date grammar's (date.ts).
 */
const PUBLISHED_LABEL = /发\s*布\s*(?:日\s*期|时\s*间)\s*[:：]\s*([^\s　]+)/;
const BYLINE_DATE = new RegExp(String.raw`^\s*${DATE_NUMERIC}`);

export const publishedDate = defineRule<{ header: string | null; furniture: readonly { rule: string; text: string }[] }, string>({
  id: 'meta/published-date',
  description: 'Reads the publication date from the page header’s 发布日期 field, else a 发布日期/发布时间 label in the page’s furniture, else the date a news byline starts with; none is ever guessed.',
  apply({ header, furniture }) {
    return (
      header ??
      furniture.map((f) => PUBLISHED_LABEL.exec(toSimplifiedForMatching(f.text))?.[1]).find((d) => d !== undefined) ??
      furniture.find((f) => f.rule === newsByline.name && BYLINE_DATE.test(f.text))?.text.trim().split(/\s/)[0] ??
      null
    );
  },
  examples: [
    { name: 'header field', input: { header: '2022-04-18', furniture: [] }, output: '2022-04-18' },
    { name: 'a footer label', input: { header: null, furniture: [{ rule: 'page-footer', text: '发布日期：2021年12月20日　　浏览次数：1032' }] }, output: '2021年12月20日' },
    { name: 'a byline', input: { header: null, furniture: [{ rule: 'news-byline', text: '2023-05-12 08:45　来源：某区科协' }] }, output: '2023-05-12' },
    { name: 'nothing printed', input: { header: null, furniture: [{ rule: 'breadcrumb', text: '> 首页 > 政策文件' }] }, output: null },
  ],
});
