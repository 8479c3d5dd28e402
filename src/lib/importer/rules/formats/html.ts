import { defineRule } from '../rule';
import { HEADER_LABELS } from '../meta/header-fields';
import { parseNumber } from '../../structure/numbering';

/**
 * The rules of the web-page reader (formats/html.ts): a page as a browser saves it ("HTML only"),
 * in the page's own encoding, with the site's furniture around the document. Each rule is one
 * thing the genre does: declare its encoding in a meta tag, wrap the article in a container the
 * CMS marks, state facts in meta tags and in an 信息公开 catalogue card, link attachments.
 */

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * How many bytes of the page are searched for a declared encoding. The WHATWG prescan reads 1024;
 * government CMS templates put long comment banners and inline scripts before the `<meta>`, and a
 * declaration found a little later is still the page's own, so 4096.
 */
export const ENCODING_PRESCAN_BYTES = 4096;

/** Declared charsets that are GB2312's family: decoded as GB18030, their superset (what browsers do). */
const GB_FAMILY = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312|csgb2312|chinese)$/i;
const UTF8 = /^(?:utf-?8|unicode-1-1-utf-8)$/i;

export interface DeclaredEncoding {
  /** The charset as the page declares it (lower case), or the BOM's. */
  declared: string;
  /** What the bytes are decoded as: utf-8, gb18030, utf-16le/be, or the declared name for another charset iconv-lite knows. */
  decodeAs: string;
  by: 'BOM' | '<meta charset>' | '<meta http-equiv="Content-Type">';
}

export const htmlEncoding = defineRule<string, DeclaredEncoding>({
  id: 'formats/html-encoding',
  description:
    'Reads the encoding a saved page declares: a byte-order mark, else <meta charset> or <meta http-equiv="Content-Type" content="…charset=…"> in the first bytes; GB2312/GBK/GB18030 are read as GB18030 (their superset), other declarations as declared.',
  apply(head) {
    // `head` is the page's first bytes read as Latin-1 (one character per byte).
    if (head.startsWith('\xEF\xBB\xBF')) return { declared: 'utf-8', decodeAs: 'utf-8', by: 'BOM' };
    if (head.startsWith('\xFF\xFE')) return { declared: 'utf-16le', decodeAs: 'utf-16le', by: 'BOM' };
    if (head.startsWith('\xFE\xFF')) return { declared: 'utf-16be', decodeAs: 'utf-16be', by: 'BOM' };
    const text = head.replace(/<!--[\s\S]*?-->/g, '');
    for (const m of text.matchAll(/<meta\b[^>]*>/gi)) {
      const tag = m[0];
      const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1]?.toLowerCase();
      if (!charset) continue;
      const by = /http-equiv/i.test(tag) ? '<meta http-equiv="Content-Type">' : '<meta charset>';
      const decodeAs = GB_FAMILY.test(charset) ? 'gb18030' : UTF8.test(charset) ? 'utf-8' : charset;
      return { declared: charset, decodeAs, by };
    }
    return null;
  },
  examples: [
    { name: 'a UTF-8 byte-order mark', input: '\xEF\xBB\xBF<html>', output: { declared: 'utf-8', decodeAs: 'utf-8', by: 'BOM' } },
    { name: 'meta charset gb2312 is read as GB18030', input: '<html><head><meta charset="gb2312">', output: { declared: 'gb2312', decodeAs: 'gb18030', by: '<meta charset>' } },
    {
      name: 'http-equiv content-type with GBK',
      input: '<meta http-equiv="Content-Type" content="text/html; charset=GBK" />',
      output: { declared: 'gbk', decodeAs: 'gb18030', by: '<meta http-equiv="Content-Type">' },
    },
    { name: 'a declaration inside a comment is not the page’s', input: '<!-- <meta charset="gbk"> --><meta charset="utf-8">', output: { declared: 'utf-8', decodeAs: 'utf-8', by: '<meta charset>' } },
    { name: 'nothing declared', input: '<html><head><title>某市人民政府</title>', output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// The article body

/**
 * Containers government CMS templates put the article in, most specific first:
 * TRS WCM's `<div class="TRS_Editor">`, the 放大/缩小 font-size target `#zoom` / `.zoom`, Hanweb's
 * `#UCAP-CONTENT`, gov.cn's `.pages_content`, HTML5 `<article>`, and the generic `.article-content`,
 * `.article_con`, `#content` / `.content` of other templates. A marked container is only a
 * candidate: the body is chosen by its content (rule formats/html-body).
 */
export const MARKED_CONTAINERS: readonly string[] = [
  '.TRS_Editor', '#UCAP-CONTENT', '#zoom', '.zoom', '.pages_content', '.article-content', '.article_con', '.article-body', 'article', '#content', '.content',
];

/** The share of the Readability text's characters a container must hold to be said to hold it (a few characters may differ where Readability rewrote a node). */
export const HOLD_SHARE = 0.9;
/**
 * Readability lines shorter than this are not used for holding: Readability keeps some of the
 * furniture around an article (a title bar, a share bar, a related link), all short lines, while a
 * plan's paragraphs are long; a text with no line this long is held on all its lines.
 */
export const HOLD_LINE_MIN = 20;

export interface BodyText {
  /** A name for messages: 'Readability' or the container's selector. */
  name: string;
  lines: readonly string[];
}

export interface BodyChoice {
  chosen: string;
  why: string;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
/** Lines opening with a section number of the plan's outline (一、 （一） 第一章): a plan's body has several. */
export const numberedCount = (lines: readonly string[]) => lines.filter((l) => ['part', 'part-section', 'cn', 'cn-paren'].includes(parseNumber(l.trim())?.kind ?? '')).length;
const cjkCount = (lines: readonly string[]) => lines.join('').match(/[\u4e00-\u9fff]/g)?.length ?? 0;

/** Does `container` hold the text Readability found (HOLD_SHARE of its characters, in lines of HOLD_LINE_MIN or more)? */
export function holds(container: readonly string[], readability: readonly string[]): boolean {
  const hay = squash(container.join(''));
  const all = readability.map(squash).filter(Boolean);
  const long = all.filter((l) => l.length >= HOLD_LINE_MIN);
  const needles = long.length ? long : all;
  const total = needles.reduce((n, l) => n + l.length, 0);
  if (total === 0) return false;
  const held = needles.filter((l) => hay.includes(l)).reduce((n, l) => n + l.length, 0);
  return held >= HOLD_SHARE * total;
}

export const htmlBody = defineRule<{ readability: BodyText | null; marked: readonly BodyText[] }, BodyChoice>({
  id: 'formats/html-body',
  description:
    'Chooses a page’s article body by its content: the smallest marked CMS container (TRS_Editor, #zoom, #UCAP-CONTENT, article, .content …) that holds the text Readability finds; when none holds it, the candidate with more numbered headings (一、 （一） 第一章), then more CJK text, Readability’s on a tie.',
  apply({ readability, marked }) {
    const withText = marked.filter((m) => squash(m.lines.join('')).length > 0);
    if (readability) {
      const holding = withText.filter((m) => holds(m.lines, readability.lines));
      if (holding.length) {
        const smallest = holding.reduce((a, b) => (squash(b.lines.join('')).length < squash(a.lines.join('')).length ? b : a));
        return { chosen: smallest.name, why: `the smallest marked container holding the text Readability found` };
      }
    }
    const score = (b: BodyText) => [numberedCount(b.lines), cjkCount(b.lines)] as const;
    const better = (a: BodyText, b: BodyText) => {
      const [na, ca] = score(a);
      const [nb, cb] = score(b);
      return nb > na || (nb === na && cb > ca) ? b : a;
    };
    if (withText.length === 0) return readability ? { chosen: readability.name, why: 'no marked container on the page' } : null;
    const best = withText.reduce(better);
    if (!readability) return { chosen: best.name, why: 'Readability found no article; the marked container with the most numbered headings and CJK text' };
    const chosen = better(readability, best);
    const [n, c] = score(chosen);
    return { chosen: chosen.name, why: `no marked container holds the text Readability found; more numbered headings, then more CJK text (${n} headings, ${c} CJK characters)` };
  },
  examples: [
    {
      name: 'a TRS_Editor inside .content, both holding Readability’s paragraphs (its short furniture lines aside): the smaller',
      input: {
        readability: { name: 'Readability', lines: ['某市全民科学素质行动实施方案', '【打印】【关闭】', '一、总体要求', '为深入贯彻落实全民科学素质行动规划纲要，结合本市实际，制定本方案。'] },
        marked: [
          { name: '.content', lines: ['当前位置：首页 > 政务公开', '一、总体要求', '为深入贯彻落实全民科学素质行动规划纲要，结合本市实际，制定本方案。', '【打印】【关闭】'] },
          { name: '.TRS_Editor', lines: ['一、总体要求', '为深入贯彻落实全民科学素质行动规划纲要，结合本市实际，制定本方案。'] },
        ],
      },
      output: { chosen: '.TRS_Editor', why: 'the smallest marked container holding the text Readability found' },
    },
    {
      name: 'Readability took a related-news list; the marked container has the plan’s numbered sections',
      input: {
        readability: { name: 'Readability', lines: ['我市召开科普工作推进会议', '某区开展科技活动周活动'] },
        marked: [{ name: '#zoom', lines: ['一、总体要求', '（一）指导思想', '二、重点任务'] }],
      },
      output: { chosen: '#zoom', why: 'no marked container holds the text Readability found; more numbered headings, then more CJK text (3 headings, 15 CJK characters)' },
    },
    {
      name: 'a marked container holding only the title bar: Readability’s text wins',
      input: {
        readability: { name: 'Readability', lines: ['一、总体要求', '（一）指导思想', '为深入贯彻落实全民科学素质行动规划纲要，结合本市实际，制定本方案。'] },
        marked: [{ name: '.content', lines: ['某市全民科学素质行动实施方案'] }],
      },
      output: { chosen: 'Readability', why: 'no marked container holds the text Readability found; more numbered headings, then more CJK text (2 headings, 40 CJK characters)' },
    },
    { name: 'neither Readability nor a marked container', input: { readability: null, marked: [] }, output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// Meta tags

/**
 * The meta tags 《政府网站发展指引》 (国办发〔2017〕47号, 附件 网页元数据) asks every article page
 * to carry, mapped to the header labels the importer reads (rules/meta/header-fields.ts).
 * SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnType, Keywords, Description, Author and
 * Image describe the site or the page, not the document: not read. `Url` is the page's address
 * (returned beside the text, not a line of it).
 */
export const META_TAG_LABELS: Readonly<Record<string, string>> = {
  articletitle: '标题',
  pubdate: '发布日期',
  contentsource: '来源',
};

export const htmlMeta = defineRule<readonly { name: string; content: string }[], [string, string][]>({
  id: 'formats/html-meta',
  description:
    'Reads the meta tags 《政府网站发展指引》 asks government pages to carry (ArticleTitle, PubDate, ContentSource) as header lines 标题, 发布日期, 来源; the site’s own tags (SiteName, ColumnName, Keywords, Description …) are not facts of the document.',
  apply(metas) {
    const out: [string, string][] = [];
    for (const { name, content } of metas) {
      const label = META_TAG_LABELS[name.trim().toLowerCase()];
      const value = content.replace(/[\s\u00a0]+/g, ' ').trim();
      if (label && value && !out.some(([l]) => l === label)) out.push([label, value]);
    }
    return out.length ? out : null;
  },
  examples: [
    {
      name: 'the guideline’s tags',
      input: [
        { name: 'SiteName', content: '某市人民政府' },
        { name: 'ColumnName', content: '政策文件' },
        { name: 'ArticleTitle', content: '某市人民政府关于印发某市全民科学素质行动实施方案的通知' },
        { name: 'PubDate', content: '2022-05-06 10:30' },
        { name: 'ContentSource', content: '市政府办公室' },
      ],
      output: [['标题', '某市人民政府关于印发某市全民科学素质行动实施方案的通知'], ['发布日期', '2022-05-06 10:30'], ['来源', '市政府办公室']],
    },
    { name: 'only site tags and an empty PubDate', input: [{ name: 'SiteName', content: '某市人民政府' }, { name: 'Keywords', content: '科普' }, { name: 'PubDate', content: ' ' }], output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// The 信息公开 catalogue card

/** How many known header labels an element must carry to be the page's catalogue card (one label alone is a byline's 来源). */
export const CARD_MIN_LABELS = 2;

/**
 * A page element's fields as the catalogue card of a 政府信息公开 page: the fields rule
 * meta/header-fields read from the element's lines (a table's TAB rows read as `label | value` rows),
 * kept when CARD_MIN_LABELS or more are labels the importer knows. Only known labels are returned.
 */
export const htmlInfoCard = defineRule<{ fields: Readonly<Record<string, string>> }, [string, string][]>({
  id: 'formats/html-info-card',
  description:
    'Reads a page’s 信息公开 catalogue card (a table, list or definition list of 索引号, 发布机构, 发文字号, 成文日期, 发布日期, 名称 … anywhere outside the body) as 标签：值 header lines; an element with fewer than two known labels is not the card.',
  apply({ fields }) {
    const known = Object.entries(fields).filter(([label]) => label in HEADER_LABELS);
    return known.length >= CARD_MIN_LABELS ? known : null;
  },
  examples: [
    {
      name: 'a card of four fields, one the importer does not know',
      input: { fields: { 索引号: '11340000/2022-00015', 发布机构: '某市人民政府办公室', 栏目: '政策文件', 成文日期: '2022-05-06' } },
      output: [['索引号', '11340000/2022-00015'], ['发布机构', '某市人民政府办公室'], ['成文日期', '2022-05-06']],
    },
    { name: 'a byline’s 来源 alone is not a card', input: { fields: { 来源: '市政府办公室', 作者: '记者' } }, output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// Attachments

/** File types plans are attached as (as rules/text/attachment-only.ts's ATTACHMENT_FILE): Word, PDF, WPS, OFD, spreadsheets. */
export const ATTACHMENT_EXTENSION = /\.(?:docx?|pdf|wps|ofd|xlsx?)$/i;

export const htmlAttachment = defineRule<{ href: string | null; text: string }, string>({
  id: 'formats/html-attachment',
  description: 'Recognises a link to an attached file: its target’s path or its text ends in .doc/.docx/.pdf/.wps/.ofd/.xls/.xlsx; returns the file as named (the link text when it ends in the file type, else the target’s file name).',
  apply({ href, text }) {
    const name = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    let path = '';
    if (href && !/^(?:javascript|mailto):/i.test(href)) {
      path = href.replace(/[?#].*$/, '');
      try {
        path = decodeURIComponent(path);
      } catch {
        // A malformed escape: the path as written.
      }
    }
    const fileName = path.split('/').pop() ?? '';
    if (ATTACHMENT_EXTENSION.test(name)) return name;
    if (ATTACHMENT_EXTENSION.test(fileName)) return fileName;
    return null;
  },
  examples: [
    { name: 'link text naming the file', input: { href: '/u/cms/2022/P020220506.doc', text: '某市全民科学素质行动实施方案.doc' }, output: '某市全民科学素质行动实施方案.doc' },
    { name: 'a file target with a plain title', input: { href: 'P020220506.pdf?v=2', text: '某市全民科学素质行动实施方案' }, output: 'P020220506.pdf' },
    { name: 'a page link', input: { href: '/art/2022/5/6/art_1_1.html', text: '某市全民科学素质行动实施方案' }, output: null },
  ],
});
