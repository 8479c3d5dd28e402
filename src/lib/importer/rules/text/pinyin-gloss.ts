import { defineRule } from '../rule';

/**
 * Content-farm copies insert a pinyin gloss after some characters: 規(guī)劃, 國發(fā)〔2021〕9號,
 * 科學素質(zhì). A gloss is one syllable of Latin letters carrying a tone mark, in ASCII or full-width
 * parentheses, directly after a Han character. It breaks every match (规划纲要, 印发《) and is no
 * part of the document, so it is removed. Only a syllable with a tone mark counts: a plain Latin
 * word in parentheses — (NGO), (STEM), (de) — may be the document's own and stays, and so do
 * numbers and words in parentheses ((1), (一), (试行)). Library considered: pinyin-pro (it converts
 * characters to pinyin; it does not recognise glosses) — the pattern below is all that is needed.
 */

/** Vowels (and n, m) with a tone mark, as pinyin prints them. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** The longest pinyin syllable has six letters (zhuang, chuang, shuang). */
export const MAX_SYLLABLE_LETTERS = 6;
const GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[（(]((?=[a-zü${TONED}]{1,${MAX_SYLLABLE_LETTERS}}[)）])[a-zü]*[${TONED}][a-zü${TONED}]*)[)）]`, 'g');

export const pinyinGloss = defineRule<string, { text: string; removed: string[] }>({
  id: 'text/pinyin-gloss',
  description: 'Removes a pinyin gloss a content-farm copy inserts after a Han character (規(guī)劃, 國發(fā)〔2021〕9號): one toned syllable in parentheses; never (1), (一), (试行) or a Latin word like (NGO).',
  apply(line) {
    const removed = [...line.matchAll(GLOSS)].map((m) => m[1]!);
    return removed.length ? { text: line.replace(GLOSS, ''), removed } : null;
  },
  examples: [
    { name: 'glosses in a traditional title', input: '岚山省全民科學素質(zhì)行動規(guī)劃綱要', output: { text: '岚山省全民科學素質行動規劃綱要', removed: ['zhì', 'guī'] } },
    { name: 'a gloss inside a document number', input: '國發(fā)〔2021〕9號', output: { text: '國發〔2021〕9號', removed: ['fā'] } },
    { name: 'full-width parentheses, a six-letter syllable', input: '莊（zhuāng）重', output: { text: '莊重', removed: ['zhuāng'] } },
    { name: 'a numbered item', input: '(1)加强科普基地建设', output: null },
    { name: 'a Chinese numeral in parentheses', input: '（一）指导思想', output: null },
    { name: 'a Chinese word in parentheses', input: '某市科普基地认定办法(试行)', output: null },
    { name: 'a Latin word without a tone mark', input: '社会组织(NGO)和科学教育(STEM)', output: null },
    { name: 'toned letters not after a Han character', input: '见附表 (fā)', output: null },
    { name: 'longer than a syllable', input: '科学(zhìzhìzhì)', output: null },
  ],
});
