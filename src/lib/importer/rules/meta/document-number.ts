import { defineRule } from '../rule';

/**
 * Document numbers (发文字号): an issuer's prefix, the year in brackets and a serial, 国发〔2021〕9号.
 * Pages write the brackets many ways — 〔〕 as the standard (GB/T 9704) prints them, [ ], ［］, ﹝﹞,
 * 【】, round brackets — sometimes with spaces. The importer publishes the standard form (〔〕, no
 * spaces) so that one document has one number across plans; the written form is kept in a message
 * (and search folds brackets, src/lib/search/text.ts).
 */

/** A document number as written: 国发〔2021〕9号, 穗府办[2016]29号, 国发﹝2021﹞9号, 國發〔2021〕9號, 国发 〔2021〕 9 号. */
export const DOC_NUMBER_FORM = '[\\u4e00-\\u9fff]{1,10}\\s*[〔［\\[﹝【（(]\\s*\\d{4}\\s*[〕］\\]﹞】）)]\\s*\\d{1,4}\\s*[号號]';
export const DOC_NUMBER = new RegExp(DOC_NUMBER_FORM, 'g');

/** The standard form of a written number: 〔〕 around the year, no spaces. */
export function standardNumber(written: string): string {
  return written.replace(/\s+/g, '').replace(/[［\[﹝【（(](\d{4})[〕］\]﹞】）)]/, '〔$1〕');
}

export const documentNumberForm = defineRule<string, string>({
  id: 'meta/document-number-form',
  description: 'Writes a document number in its standard form, the year in 〔〕 and no spaces (穗府办[2016]29号 → 穗府办〔2016〕29号); does not fire on a number already standard.',
  apply(written) {
    const standard = standardNumber(written.trim());
    return standard !== written.trim() ? standard : null;
  },
  examples: [
    { name: 'square brackets', input: '穗府办[2016]29号', output: '穗府办〔2016〕29号' },
    { name: 'small brackets ﹝﹞', input: '国发﹝2021﹞9号', output: '国发〔2021〕9号' },
    { name: 'full-width square brackets and spaces', input: '某政发 ［2022］ 5 号', output: '某政发〔2022〕5号' },
    { name: 'round brackets', input: '某政办发（2020）12号', output: '某政办发〔2020〕12号' },
    { name: 'already standard', input: '国发〔2021〕9号', output: null },
    { name: 'traditional characters stay as written', input: '黔府辦發〔2022〕16號', output: null },
  ],
});

/** A line that is a document number and nothing else, bare or in round brackets. */
const NUMBER_LINE = new RegExp(`^[（(]?\\s*(${DOC_NUMBER_FORM})\\s*[)）]?$`);

export const documentNumberLine = defineRule<string, string>({
  id: 'meta/document-number-line',
  description: 'Reads the number printed on its own line under a notice title, bare (川府发〔2022〕28号) or in round brackets ((青政办〔2011〕260号)), as written.',
  apply(line) {
    const t = line.trim();
    const m = NUMBER_LINE.exec(t);
    // Brackets must pair: an opening bracket only with a closing one.
    if (!m || /^[（(]/.test(t) !== /[)）]$/.test(t.replace(/[号號]$/, ''))) return null;
    return m[1]!;
  },
  examples: [
    { name: 'bare', input: '川府发〔2022〕28号', output: '川府发〔2022〕28号' },
    { name: 'in ASCII round brackets', input: '(青政办〔2011〕260号)', output: '青政办〔2011〕260号' },
    { name: 'in full-width round brackets', input: '（某政办发〔2021〕3号）', output: '某政办发〔2021〕3号' },
    { name: 'traditional', input: '黔府辦發〔2022〕16號', output: '黔府辦發〔2022〕16號' },
    { name: 'a citation in prose', input: '根据《某通知》（国发〔2021〕9号）精神', output: null },
    { name: 'a number and a title', input: '豫政办〔2016〕95号《河南省人民政府办公厅关于印发某方案的通知》', output: null },
  ],
});

/** The year a number states (〔2012〕 → 2012), or null. */
export function numberYear(number: string | null): number | null {
  const m = number ? /[〔［\[﹝【（(]\s*(\d{4})\s*[〕］\]﹞】）)]/.exec(number) : null;
  return m ? Number(m[1]) : null;
}

/** Higher-level documents named in the preamble: 《title》（number）, numbers in their standard form; the plan's own number is never one. */
export function implementedDocuments(preamble: string, own: string | null): { documentNumber: string; title: string | null }[] {
  const out: { documentNumber: string; title: string | null }[] = [];
  const ownNumber = own ? standardNumber(own) : null;
  for (const m of preamble.matchAll(DOC_NUMBER)) {
    const documentNumber = standardNumber(m[0]);
    // Prose may run into the number (以白政发〔2023〕4号印发): a number ending in the plan's own is its own.
    if ((ownNumber && documentNumber.endsWith(ownNumber)) || out.some((d) => d.documentNumber === documentNumber)) continue;
    const before = preamble.slice(0, m.index);
    const title = /《([^《》]+)》[^《》]{0,3}$/.exec(before)?.[1] ?? null;
    out.push({ documentNumber, title });
  }
  return out;
}


/** A header value that is a document number and nothing else. */
const DOC_NUMBER_VALUE = new RegExp(`^${DOC_NUMBER_FORM}$`);

/** The plan's own number as written: the page header's 发文字号 when it is one, else the line under the notice title. */
export const writtenDocumentNumber = defineRule<{ header: string | null; noticeLines: readonly string[] }, string>({
  id: 'meta/document-number',
  description: 'The plan’s document number as written: the page header’s number field when its whole value is a number, else the number line under the notice title; absent, it is reported, never made up.',
  apply({ header, noticeLines }) {
    const fromHeader = header && DOC_NUMBER_VALUE.test(header.trim()) ? header.trim() : null;
    return fromHeader ?? noticeLines.map((t) => documentNumberLine.apply(t)).find((n) => n !== null) ?? null;
  },
  examples: [
    { name: 'header field', input: { header: '某府办〔2022〕7号', noticeLines: [] }, output: '某府办〔2022〕7号' },
    { name: 'under the notice title', input: { header: null, noticeLines: ['某府办〔2022〕7号', '各镇人民政府：'] }, output: '某府办〔2022〕7号' },
    { name: 'a header field that is no number', input: { header: '无', noticeLines: ['各镇人民政府：'] }, output: null },
  ],
});

/** A title compared with another as a reader would: width, dashes, spaces and a trailing 年 after the period do not count. */
const sameTitleKey = (t: string) => t.normalize('NFKC').replace(/[—―‒–‐‑\-−~〜]+/g, '-').replace(/\s+/g, '').replace(/(\d{4})年?\)/g, '$1)');

/**
 * A news report names the plan's own number after the document it says was issued:
 * 县政府办公室印发了《某县…实施方案(2011—2015)的通知》(某政办发〔2012〕40号). The number is the
 * plan's when the 《》 hold the plan's title, alone or in its notice (关于印发…的通知, …的通知); a
 * number after another document (贯彻《国务院关于…的通知》(国发〔2021〕9号)) is a citation.
 */
export const documentNumberNewsLead = defineRule<{ paragraph: string; title: string }, string>({
  id: 'meta/number-news-lead',
  description: 'Reads the plan’s own document number from a news lead: …印发了《<plan title>(的通知)》(某政办发〔2012〕40号), the 《》 naming the plan itself.',
  apply({ paragraph, title }) {
    const own = sameTitleKey(title);
    for (const m of paragraph.matchAll(new RegExp(`印发了?《([^《》]+)》\\s*[（(](${DOC_NUMBER_FORM})[)）]`, 'g'))) {
      const named = m[1]!.replace(/^.*关于印发/, '').replace(/的通知$/, '').replace(/^〈|〉$/g, '');
      if (sameTitleKey(named) === own) return m[2]!;
    }
    return null;
  },
  examples: [
    {
      name: 'the plan’s notice, its number after it',
      input: { paragraph: '近期，青禾县人民政府办公室印发了《青禾县全民科学素质行动计划纲要实施方案(2011—2015)的通知》(青政办发〔2012〕40号)。', title: '青禾县全民科学素质行动计划纲要实施方案(2011-2015)' },
      output: '青政办发〔2012〕40号',
    },
    {
      name: 'the plan itself in 《》',
      input: { paragraph: '日前，市政府印发《岚桥市全民科学素质行动实施方案（2021—2025年）》（岚政发〔2022〕3号）。', title: '岚桥市全民科学素质行动实施方案（2021—2025年）' },
      output: '岚政发〔2022〕3号',
    },
    {
      name: 'another document’s number is a citation',
      input: { paragraph: '为贯彻国务院印发的《全民科学素质行动规划纲要（2021—2035年）》（国发〔2021〕9号），', title: '岚桥市全民科学素质行动实施方案（2021—2025年）' },
      output: null,
    },
    { name: 'no number after the title', input: { paragraph: '近日，县政府印发《青禾县全民科学素质行动实施方案》。', title: '青禾县全民科学素质行动实施方案' }, output: null },
  ],
});
