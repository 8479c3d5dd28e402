/**
 * The part of the message catalogue (messages.ts) that the browser scripts need: search, the
 * charts and the matrix filter, in each locale. Its own module so that a script's bundle carries
 * these few strings, not every page's; messages.ts reads the shared ones from here (one
 * definition each). A script picks its locale from <html lang> (scriptMessages()).
 */
import type { Locale } from './locales';

/**
 * English plural: "1 plan", "2 plans". Digits without a thousands separator, as the charts and the
 * Chinese pages print them: an accessible name must contain the number a cell shows (axe).
 */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The words the plans use before a literacy target (LITERACY_COMPARATORS), in English. */
export function comparatorEn(comparator: string): string {
  if (/不低于/.test(comparator)) return 'at least';
  if (/超过|高于|突破/.test(comparator)) return 'above';
  return 'reaching';
}

const zh = {
  /** 2025年超过25%; 2020年21.1% (a baseline has no comparator). */
  literacy: (year: number | null, comparator: string | null, percent: number) => `${year ?? ''}年${comparator ?? ''}${percent}%`,
  countShown: (shown: number, all: number) => `显示 ${shown} / ${all} 个方案`,
  countAll: (all: number) => `共 ${all} 个方案`,
  heatUnit: { chars: '字', measures: '条' },
  literacyTitle: '公民具备科学素质的比例：',
  literacyNoneShown: '所选方案均未载明',
  /** A reference line's label in the chart: the national outline's figure for a year. */
  referenceLabel: (year: number, percent: number) => `纲要${year}年${percent}%`,
  nationalIn: (text: string) => `国家纲要${text}`,
  targetAbsent: '目标未载明',
  baselineIn: (text: string) => `基线${text}`,
  labelValue: (label: string, value: string) => `${label}：${value}`,
  clauseSep: '，',
  itemSep: '；',
  noPlanMatches: '没有名称含此字样的方案。',
  sectionCount: (count: number) => `${count} 节`,
  folded: (count: number) => `前 ${count} 节已从本页收起。`,
  backToFirst: '回到第一节',
  more: (next: number, left: number) => `再显示 ${next} 节（还有 ${left} 节）`,
  searchTitle: '搜索 · 全民科学素质行动方案对照',
  queryTitle: (q: string) => `${q} · 搜索 · 全民科学素质行动方案对照`,
  searching: '正在搜索…',
  noResults: (q: string) => `没有找到包含“${q}”的章节。`,
  results: (count: number, plans: number, q: string) => `共 ${count} 节包含“${q}”，分布于 ${plans} 个方案。`,
  searchError: '搜索出错，请稍后重试。',
  emptyQuery: '请输入要查找的字词（空格只用来分开多个词）。',
};

export type ScriptMessages = typeof zh;

const en: ScriptMessages = {
  literacy: (year: number | null, comparator: string | null, percent: number) => `${percent}%${comparator ? ` (${comparatorEn(comparator)})` : ''}${year ? ` in ${year}` : ''}`,
  countShown: (shown: number, all: number) => `Showing ${shown} of ${plural(all, 'plan')}`,
  countAll: (all: number) => plural(all, 'plan'),
  heatUnit: { chars: 'characters', measures: 'measures' },
  literacyTitle: 'Share of citizens with basic science literacy: ',
  literacyNoneShown: 'stated by none of the plans shown',
  referenceLabel: (year: number, percent: number) => `Outline ${year}: ${percent}%`,
  nationalIn: (text: string) => `national outline ${text}`,
  targetAbsent: 'target not stated',
  baselineIn: (text: string) => `baseline ${text}`,
  labelValue: (label: string, value: string) => `${label}: ${value}`,
  clauseSep: ', ',
  itemSep: '; ',
  noPlanMatches: 'No plan’s name contains these characters.',
  sectionCount: (count: number) => plural(count, 'section'),
  folded: (count: number) => `The first ${plural(count, 'section')} have been folded away from this page.`,
  backToFirst: 'Back to the first section',
  more: (next: number, left: number) => `Show ${plural(next, 'more section')} (${left} left)`,
  searchTitle: 'Search · Science Literacy Plans Compared',
  queryTitle: (q: string) => `${q} · Search · Science Literacy Plans Compared`,
  searching: 'Searching…',
  noResults: (q: string) => `No section contains “${q}”.`,
  results: (count: number, plans: number, q: string) => `${plural(count, 'section')} in ${plural(plans, 'plan')} contain “${q}”.`,
  searchError: 'Search failed; please try again later.',
  emptyQuery: 'Type the words to find (spaces only separate several words).',
};

export const SCRIPT_MESSAGES: Record<Locale, ScriptMessages> = { 'zh-Hans': zh, en };

/** The catalogue of the page a script runs in, by its <html lang>. */
export function scriptMessages(lang: string | null | undefined): ScriptMessages {
  return lang === 'en' || lang?.startsWith('en-') ? en : zh;
}
