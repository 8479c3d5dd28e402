import { defineRule } from '../rule';
import { toSimplifiedForMatching } from '../../text/fold';
import { DATE_LINE } from './date';

/**
 * Who signs a notice: a body's name ending in one of the words bodies sign with (人民政府, 办公室,
 * 领导小组, 科学技术协会, …). One definition for the signature reader (metadata.ts) and the PDF line
 * joining, which must never glue a signer's line onto the text before it.
 */
export const SIGNER_BODY = '[\\u4e00-\\u9fff（）]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|行政公署办公室|行政公署|办公厅|办公室|委员会|领导小组办公室|领导小组|科学技术协会|科协)';

/** A line that is a signer's name and nothing else. */
export const SIGNER_LINE = new RegExp(`^${SIGNER_BODY}$`);

/** Lines a notice may print after its date: （此件公开发布）, （此件主动公开）, （联系人：…）. */
const AFTER_DATE = /^[（(](?:此件|联系人|联系电话)[^（）()]{0,30}[)）]$/;

/**
 * A notice closed by a date with no signer's name above it (the name was the seal, lost in the
 * copy): the date is the signing date. Finds the last line of the notice, past the lines a notice
 * prints after its date, when it is a date alone.
 */
export const noticeClosingDate = defineRule<readonly string[], { index: number; date: string }>({
  id: 'meta/notice-closing-date',
  description: 'Reads the date closing a notice that prints no signer’s name (…印发给你们。 / 2022年8月30日 / （此件公开发布）) as its signing date.',
  apply(lines) {
    let i = lines.length - 1;
    while (i >= 0 && (lines[i]!.trim() === '' || AFTER_DATE.test(toSimplifiedForMatching(lines[i]!.trim())))) i--;
    if (i < 1) return null;
    const t = lines[i]!.trim();
    if (!DATE_LINE.test(toSimplifiedForMatching(t))) return null;
    const above = lines.slice(0, i).reverse().find((l) => l.trim() !== '')?.trim() ?? '';
    if (SIGNER_LINE.test(toSimplifiedForMatching(above))) return null;
    return { index: i, date: t };
  },
  examples: [
    { name: 'a date and a publication note', input: ['各县市人民政府：', '现将方案印发给你们，请认真抓好贯彻落实。', '2022年8月30日', '（此件公开发布）'], output: { index: 2, date: '2022年8月30日' } },
    { name: 'a date in Chinese numerals with its century lost', input: ['各乡镇人民政府：', '现将方案印发给你们。', '一二年一月十二日'], output: { index: 2, date: '一二年一月十二日' } },
    { name: 'a signer above the date is the signature', input: ['现将方案印发给你们。', '某市人民政府', '2022年3月1日'], output: null },
    { name: 'no date at the end', input: ['各单位：', '现将方案印发给你们。'], output: null },
  ],
});
