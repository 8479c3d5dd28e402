// The fidelity check, written independently of the importer's strip stage: every prose sentence of
// the (corrected) source must be on the page, except lines of a small furniture vocabulary that
// this file defines itself. Used on the imported blocks (unit) and on the built pages (e2e).
import { foldText } from '../../src/lib/fold';
// Traditional → simplified, one character for one (opencc-js); used only to recognise furniture lines.
import { toSimplifiedForMatching } from '../../src/lib/importer/text/fold';
import type { AnchoredBlock } from '../../src/lib/importer/classify';

/**
 * A fragment counts as prose when it has at least this many Han characters. Shorter fragments are
 * numbering, labels, dates, signatures and names, which the importer may legitimately split or
 * re-punctuate; 8 is shorter than any sentence a plan states a measure in (the shortest real
 * ones, e.g. 加强科学教育。, are 6 — these are covered by the longer sentence that follows them).
 */
export const PROSE_MIN_HAN = 8;

const HAN = /\p{Script=Han}/gu;
export const hanCount = (s: string): number => s.match(HAN)?.length ?? 0;

/**
 * Website and PDF furniture: whole source lines that are not the plan, each entry with its reason.
 * Written for this test from what re-posting sites print, NOT taken from src/lib/importer/strip.ts,
 * so that a strip rule that deletes more than this can never make its own expectation.
 */
export const FURNITURE_LINES: readonly { name: string; why: string; line: RegExp }[] = [
  { name: 'pdf page number', why: 'a PDF page footer such as "— 7 —" is pagination, not text', line: /^[—–－-]+\s*\d+\s*(\*\*)?\s*[—–－-]+(\*\*)?$/ },
  { name: 'location bar', why: '"您所在的位置/当前位置：…" is the site\'s navigation trail', line: /^(您所在的位置|当前位置)\s*[:：]/ },
  { name: 'breadcrumb', why: '"> 政务公开 > …" is the site\'s navigation trail', line: /^>\s*\S+(\s*>\s*\S+)+$/ },
  { name: 'page toolbar', why: 'font-size toolbar 【字体：大中小】 and view counters are page controls', line: /【\s*字体|[|｜]\s*(查看|浏览)/ },
  {
    name: 'metadata field',
    why: 'the site\'s catalogue card (索引号, 发布机构, 发布日期 …) is read into the frontmatter and shown in the metadata block, not in the text',
    // A card field is a label and a value, never a sentence: a line ending in 。 is the plan talking.
    line: /^(?!.*。$)(•\s*)?[\[【]?\s*(索\s*引\s*号|文\s*号|发文字号|发文文号|标\s*题|发\s*布\s*机\s*构|发文机关|发\s*布\s*日\s*期|发\s*布\s*时\s*间|成文日期|主题分类|信息分类|公开方式|信息来源|来\s*源|名\s*称|主\s*题\s*词|有\s*效\s*性|访\s*问\s*量|浏\s*览\s*量|主\s*题\s*分\s*类|体\s*裁\s*分\s*类)\s*([:：]|[\]】])/,
  },
  {
    name: 'news dateline and byline',
    why: 'a news page prints its date, source and reporters above the article (2023-05-12 08:45　来源：…　作者：记者 …); they are the page\'s, not the plan\'s',
    line: /^\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?\s.*(来源|作者|编辑)\s*[:：]|^(记者|作者|责任编辑|通讯员)\s*[:：\s]/,
  },
  { name: 'share and related-news footer', why: 'share buttons, 相关新闻/推荐新闻 lists and the QR-code prompt belong to the web page', line: /^(【本文地址】|今日新闻|推荐新闻|相关新闻|相关文件|相关链接|扫一扫|分享到)/ },
  { name: 'previous and next article', why: 'links to the previous and next article (上一篇：…, 下一篇：…) are the news page\'s navigation', line: /^(上一篇|下一篇|上一条|下一条)\s*[:：]/ },
  { name: 'copyright footer', why: 'the site\'s copyright line and who runs it (主办：… 承办：… 技术支持：…)', line: /^(copyright|版权所有|主办单位|承办单位|主办\s*[:：]|承办\s*[:：]|技术支持\s*[:：])|网站标识码|ICP备/i },
  { name: 'download and print links', why: 'attachment download links and 打印/关闭 buttons are page controls', line: /^(附件下载|【?打印|【?关闭)|\.(pdf|docx?|wps|ofd|xlsx?)$/i },
];

/** A PDF list bullet "- " at the start of a line is list markup, not text. */
const LINE_PREFIX = /^\s*[-•]\s+/;

/** Labels of a website's catalogue card, for the bullet-list form of the card (label and value on separate "• " lines). */
const CARD_LABEL = /^•\s*(索引号|发布机构|公开目录|发布日期|文号|浏览量|浏览次数|主题词|来源|日期|字体|分类|有效性)\s*[:：]?/;

/**
 * Source lines with the furniture left out. Besides FURNITURE_LINES: a run of "• " lines that
 * contains a catalogue-card label is the card printed as a bullet list, values included (a
 * value such as 法定主动公开内容 or an office's name would otherwise pass for prose).
 */
function plainLines(source: string): { line: number; text: string }[] {
  const lines = source.split('\n').map((raw, i) => ({ line: i + 1, text: raw.replace(/[\u00a0\u3000]/g, ' ').trim() }));
  const card = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.text.startsWith('•')) j++;
    if (j > i && lines.slice(i, j).some((l) => CARD_LABEL.test(l.text))) for (let k = i; k < j; k++) card.add(k);
    i = j > i ? j : i + 1;
  }
  // Traditional-character reposts print the same furniture (發佈機構): it is matched on the simplified form.
  return lines.filter((l, i) => l.text && !card.has(i) && !FURNITURE_LINES.some((f) => f.line.test(toSimplifiedForMatching(l.text))));
}

/** Source lines → prose fragments (folded), split at 。！？； and at line breaks, furniture left out. */
export function proseFragments(source: string): { line: number; text: string; folded: string }[] {
  const out: { line: number; text: string; folded: string }[] = [];
  for (const { line, text } of plainLines(source)) {
    // A line break bounds a fragment too: web chrome lines carry no full stop, and PDF text breaks
    // mid-sentence (each piece is still a substring of the joined sentence on the page).
    // A table row is its cells: a cell may wrap onto the next row line, so each is checked on its own.
    for (const piece of text.replace(LINE_PREFIX, '').split(/(?<=[。！？；!?;])|\t/)) {
      if (hanCount(piece) < PROSE_MIN_HAN) continue;
      out.push({ line, text: piece, folded: foldText(piece) });
    }
  }
  return out;
}

/** Fragments of the source that do not occur in the page text (both folded). */
export function missingProse(source: string, pageText: string): { line: number; text: string }[] {
  const page = foldText(pageText);
  return proseFragments(source)
    .filter((f) => !page.includes(f.folded))
    .map(({ line, text }) => ({ line, text }));
}

/**
 * The reverse direction: page sentences (≥ PROSE_MIN_HAN Han characters) that are nowhere in the
 * source (line breaks, PDF page numbers and list bullets removed) — text the importer added or altered.
 */
export function addedProse(source: string, pageSentences: readonly string[]): string[] {
  const folded = joinedSource(source);
  return pageSentences.filter((s) => hanCount(s) >= PROSE_MIN_HAN && !folded.includes(foldText(s)));
}

/** The whole source folded into one string: line breaks, PDF page numbers and list bullets removed. */
export function joinedSource(source: string): string {
  const pdfPage = FURNITURE_LINES[0]!.line;
  const joined = source
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u3000]/g, ' ').trim())
    .filter((l) => !pdfPage.test(l))
    .map((l) => l.replace(LINE_PREFIX, ''))
    .join('');
  return foldText(joined);
}

/** Source line numbers whose text is prose by this file's definition (not furniture, ≥ PROSE_MIN_HAN Han characters). */
export function proseLines(source: string): Set<number> {
  return new Set(plainLines(source).filter((l) => hanCount(l.text) >= PROSE_MIN_HAN).map((l) => l.line));
}

/** The text of imported blocks in page order, as the page prints it (numbers, text, table cells). */
export function blocksText(blocks: readonly AnchoredBlock[]): string[] {
  // A table gives one text per cell: a cell whose source line wrapped was joined, so only the cell is the source's text.
  return blocks.flatMap((b) => {
    if (b.kind === 'heading') return [`${b.number}${b.text}`];
    if (b.kind === 'paragraph') return [`${b.number ?? ''}${b.text}`];
    return [...b.header, ...b.rows.flat()];
  });
}

/** Page or block text split into sentences at 。！？；. */
export function sentencesOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split(/(?<=[。！？；!?;])/)).filter((s) => s.trim() !== '');
}
