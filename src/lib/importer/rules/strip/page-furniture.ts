import { defineRule } from '../rule';
import { headerLineKind } from '../meta/header-fields';
import { lineRule } from './line-rule';

/**
 * The lines a web page prints around a plan and a re-post copies with it: the location bar, the
 * toolbar, the footer, download and print links. Each is a line rule of the strip stage (strip.ts),
 * matched on the line after space normalisation and traditional → simplified folding. A line no
 * rule names is kept: the importer never deletes text it does not understand.
 */

const spaced = (label: string) => [...label].join('[\\s\\u00a0\\u3000]*');

export const siteLocation = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/site-location',
  description: 'Removes the page’s location bar (您所在的位置：…, 当前位置：…).',
  apply: (t) => /^(您所在的位置|当前位置)\s*[:：]/.exec(t)?.[1] ?? null,
  examples: [
    { name: 'location bar', input: '当前位置：首页 > 政策文件', output: '当前位置' },
    { name: 'a sentence about a position', input: '当前位置优势明显，要抓住机遇。', output: null },
  ],
}));

export const breadcrumb = lineRule('head', defineRule<string, string[]>({
  id: 'strip/breadcrumb',
  description: 'Removes a breadcrumb trail before the notice (> 首页 > 政务公开 > 文件).',
  apply: (t) => (/^>\s*\S+(\s*>\s*\S+)+$/.test(t) ? t.split('>').map((c) => c.trim()).filter((c) => c !== '') : null),
  examples: [
    { name: 'trail', input: '> 首页 > 政务公开 > 政策文件', output: ['首页', '政务公开', '政策文件'] },
    { name: 'one crumb is no trail', input: '> 首页', output: null },
  ],
}));

export const viewCounter = lineRule('head', defineRule<string, string>({
  id: 'strip/view-counter',
  description: 'Removes the line of source and view count a page prints under its headline (来源：… | 浏览：123).',
  apply: (t) => (/\|\s*(来源|查看|浏览)/.test(t) && /(查看|浏览[量次数]*)\s*[:：]\s*\d*\s*$/.test(t) ? t : null),
  examples: [
    { name: 'source and views', input: '2022-03-01 | 来源：某区科协 | 浏览：123', output: '2022-03-01 | 来源：某区科协 | 浏览：123' },
    { name: 'a source without a counter', input: '来源：某区科协', output: null },
  ],
}));

export const pageToolbar = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/page-toolbar',
  description: 'Removes the page toolbar with its font-size switch (【字体：大 中 小】).',
  apply: (t) => (/【\s*字体\s*[:：]/.test(t) ? t : null),
  examples: [
    { name: 'font switch', input: '【字体：大 中 小】【打印】', output: '【字体：大 中 小】【打印】' },
    { name: 'a bracketed phrase', input: '【重点任务】加强科普。', output: null },
  ],
}));

/** The page header (rules/meta/header-fields.ts): a line of `label: value` fields. */
export const metadataField = lineRule('head', defineRule<string, 'field'>({
  id: 'strip/metadata-field',
  description: 'Removes a line of the page header’s `label: value` fields (索引号：… 发文字号：…); the metadata stage reads them back.',
  apply: (t) => (headerLineKind(t) === 'field' ? 'field' : null),
  examples: [
    { name: 'document number field', input: '发文字号：某府办〔2022〕7号', output: 'field' },
    { name: 'a sentence with a colon', input: '主要目标：到2025年，公民具备科学素质的比例达到15%。', output: null },
  ],
}));

/** Labels only a web page prints (never a plan's sentence starts with them). */
export const PAGE_FOOTER_LABELS = ['发布日期', '发布时间', '浏览次数', '浏览量', '访问量', '点击量', '阅读次数', '主办单位', '承办单位', '主办', '承办', '技术支持', '网站标识码'];
const PAGE_FOOTER = new RegExp(`^(${PAGE_FOOTER_LABELS.map(spaced).join('|')})\\s*[:：]`);

/** A page footer prints the publication card (发布日期：…　　浏览次数：1032) and the site's owners (主办单位：…　技术支持：…). */
export const pageFooter = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/page-footer',
  description: 'Removes a footer line that starts with a label only a web page prints (发布日期：, 浏览次数：, 主办单位：, 技术支持：, 网站标识码：).',
  apply: (t) => PAGE_FOOTER.exec(t)?.[1]?.replace(/\s/g, '') ?? null,
  examples: [
    { name: 'publication card', input: '发布日期：2021年12月20日　　浏览次数：1032', output: '发布日期' },
    { name: 'spaced label', input: '主 办 单 位：某区人民政府办公室', output: '主办单位' },
    { name: 'a sentence naming the host', input: '主办单位要落实责任。', output: null },
  ],
}));

export const shareFooter = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/share-footer',
  description: 'Removes the share and related-news links under an article (分享到：, 【本文地址】, 相关新闻, 扫一扫在手机上查看当前页面).',
  apply: (t) => (/^(【本文地址】|今日新闻|推荐新闻|相关新闻|扫一扫在手机上查看当前页面|分享到[:：]?.*)$/.test(t) ? t : null),
  examples: [
    { name: 'share bar', input: '分享到：微信 微博', output: '分享到：微信 微博' },
    { name: 'related news', input: '相关新闻', output: '相关新闻' },
    { name: 'a sentence on sharing', input: '推动科普资源分享到基层。', output: null },
  ],
}));

// A news page's closing lines after the text, often right after an annex table, whose cells they must not become.
export const editorFooter = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/editor-footer',
  description: 'Removes a news page’s editor line after the text (责任编辑：张三, （审核：李四 校对：王五）): a label and a 2–4 character name only.',
  apply: (t) => (/^[（(【\[]?(?:(?:责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*)+[）)】\]]?$/.test(t) ? t : null),
  examples: [
    { name: 'editor', input: '责任编辑：张明', output: '责任编辑：张明' },
    { name: 'several in brackets', input: '（审核：李红 校对：王强）', output: '（审核：李红 校对：王强）' },
    { name: 'a sentence on review', input: '审核：各部门要加强审核。', output: null },
  ],
}));

export const prevNextLinks = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/prev-next-links',
  description: 'Removes the links to the previous and next article (上一篇：…, 下一篇：…).',
  apply: (t) => (/^(上一篇|下一篇|上一条|下一条)\s*[:：]/.test(t) ? t : null),
  examples: [
    { name: 'next article', input: '下一篇：某县召开科普工作会议', output: '下一篇：某县召开科普工作会议' },
    { name: 'no colon: a phrase of the text', input: '上一篇文章所述的措施', output: null },
  ],
}));

export const printLink = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/print-link',
  description: 'Removes a line of bracketed page controls alone (【打印】, 【关闭窗口】, 【返回顶部】, 【收藏】).',
  apply: (t) => (/^(【\s*(打印(本页|此页)?|关闭(窗口|本页)?|返回顶部|收藏)\s*】\s*)+$/.test(t) ? t : null),
  examples: [
    { name: 'print', input: '【打印】', output: '【打印】' },
    { name: 'several', input: '【打印】 【关闭窗口】', output: '【打印】 【关闭窗口】' },
    { name: 'a bracketed word of the text', input: '【打印机】', output: null },
  ],
}));

export const copyrightFooter = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/copyright-footer',
  description: 'Removes the site’s copyright line (版权所有…, Copyright …).',
  apply: (t) => (/^(copyright|版权所有)/i.test(t) ? t : null),
  examples: [
    { name: 'Chinese', input: '版权所有：某区人民政府', output: '版权所有：某区人民政府' },
    { name: 'Latin', input: 'Copyright © 2022 某区', output: 'Copyright © 2022 某区' },
    { name: 'a sentence on copyright', input: '加强科普作品版权保护。', output: null },
  ],
}));

export const attachmentDownload = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/attachment-download',
  description: 'Removes the page’s attachment download label (附件下载：).',
  apply: (t) => (/^附件下载\s*[:：]/.test(t) ? t : null),
  examples: [
    { name: 'label', input: '附件下载：', output: '附件下载：' },
    { name: 'the annex label is text', input: '附件：重点任务分工表', output: null },
  ],
}));

export const attachmentFileName = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/attachment-file-name',
  description: 'Removes a line that is an attached file’s name (…实施方案.pdf, 分工表.docx, .wps, .ofd, .xlsx).',
  apply: (t) => /\S\.(pdf|docx?|wps|ofd|xlsx?)$/i.exec(t)?.[1]!.toLowerCase() ?? null,
  examples: [
    { name: 'pdf', input: '某区全民科学素质行动实施方案.pdf', output: 'pdf' },
    { name: 'word', input: '附件1.重点任务分工表.DOCX', output: 'docx' },
    { name: 'a sentence naming a format', input: '公开文件提供pdf格式。', output: null },
  ],
}));

export const printCloseLinks = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/print-close-links',
  description: 'Removes the page’s print and close-window links (【打印本页】【关闭窗口】).',
  apply: (t) => (/^(【?打印(本页)?】?\s*【?关闭(窗口)?】?|【?关闭窗口】?)$/.test(t) ? t : null),
  examples: [
    { name: 'print and close', input: '【打印本页】【关闭窗口】', output: '【打印本页】【关闭窗口】' },
    { name: 'close alone', input: '关闭窗口', output: '关闭窗口' },
    { name: 'a sentence about printing', input: '打印并关闭相关文件。', output: null },
  ],
}));

export const mapWidget = lineRule('anywhere', defineRule<string, string>({
  id: 'strip/map-widget',
  description: 'Removes the caption a page’s embedded map leaves as a line of its own (Baidu, map, 百度地图).',
  apply: (t) => (/^(Baidu|map|百度地图)$/i.test(t) ? t : null),
  examples: [
    { name: 'Baidu', input: 'Baidu', output: 'Baidu' },
    { name: 'a map mentioned in text', input: '绘制科普地图', output: null },
  ],
}));

/** The same heading repeated in the page's head (a title bar, then the title again): the key is the line without spaces. */
export const repeatedTitle = defineRule<{ text: string; seen: ReadonlySet<string> }, string>({
  id: 'strip/repeated-title',
  description: 'Removes a line of the page’s head that repeats an earlier line of the head (the page template prints the title in its bar, then again).',
  apply: ({ text, seen }) => {
    const key = text.replace(/\s+/g, '');
    return seen.has(key) ? key : null;
  },
  examples: [
    { name: 'the title again', input: { text: '某区全民科学素质行动实施方案', seen: new Set(['某区全民科学素质行动实施方案']) }, output: '某区全民科学素质行动实施方案' },
    { name: 'the same words spaced', input: { text: '某区 实施方案', seen: new Set(['某区实施方案']) }, output: '某区实施方案' },
    { name: 'a line not seen', input: { text: '某区实施方案', seen: new Set(['某区人民政府']) }, output: null },
  ],
});

/** PDF conversion puts "- " before list items; the dash is not part of the text. */
export const pdfListBullet = defineRule<string, { indent: string; text: string }>({
  id: 'strip/pdf-list-bullet',
  description: 'Removes the "- " PDF conversion puts before a list item; the item’s text is kept.',
  apply: (line) => {
    const bullet = /^(\s*)- (?=\S)/.exec(line);
    return bullet ? { indent: bullet[1]!, text: line.slice(bullet[0].length) } : null;
  },
  examples: [
    { name: 'bullet', input: '- 加强科学教育', output: { indent: '', text: '加强科学教育' } },
    { name: 'a dash with no space', input: '-7-', output: null },
    { name: 'a hyphen in text', input: 'COVID-19 防控', output: null },
  ],
});
