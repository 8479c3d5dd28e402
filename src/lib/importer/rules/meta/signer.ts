import { defineRule } from '../rule';
import { toSimplifiedForMatching } from '../../text/fold';
import { DATE_LINE, DATE_TEXT } from './date';

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

const ISSUER_BODY = SIGNER_BODY;
const SIGNATURE_DATE = DATE_TEXT;
const ISSUER = new RegExp(`^(${ISSUER_BODY})(?:\\s*(${SIGNATURE_DATE}))?$`);
/** A seal line under a signature: （某区科学技术协会代章）. */
const SEAL_LINE = /^[（(][^（）()]{2,30}代章[)）]$/;
const JOINT = new RegExp(`^(${ISSUER_BODY})\\s*(${ISSUER_BODY})$`);

/**
 * The signature of the covering notice: the issuing body, then (same or next line) its date, in
 * Arabic digits or Chinese numerals (二〇二二年三月十日). Matched on simplified characters; the
 * issuer and date are cut from the lines as printed. `line` is the index in `lines` of the issuer.
 */
export interface Signature {
  issuer: string;
  date: string | null;
  line?: number;
  cosigners?: string[];
}

export const signature = defineRule<readonly string[], Signature>({
  id: 'meta/signature',
  description: 'Finds the covering notice’s signature from its end: the issuing body, then (same line, next line or after a seal line) its date; bodies printed side by side are a joint issue, the first being the issuer.',
  apply: (lines) => findSignatureIn(lines),
  examples: [
    { name: 'body, then date', input: ['现将方案印发给你们。', '某市人民政府', '2022年3月10日'], output: { issuer: '某市人民政府', date: '2022年3月10日' } },
    { name: 'a seal line between', input: ['某区科学技术协会', '（某区科学技术协会代章）', '2022年3月10日'], output: { issuer: '某区科学技术协会', date: '2022年3月10日' } },
    { name: 'joint issue', input: ['某县科学技术协会某县人民政府办公室', '2022年3月10日'], output: { issuer: '某县科学技术协会', date: '2022年3月10日', cosigners: ['某县人民政府办公室'] } },
    { name: 'no signer', input: ['现将方案印发给你们，请认真贯彻落实。'], output: null },
  ],
});

/** The notice's signature, or null (rule meta/signature). */
export function findSignature(lines: readonly string[]): Signature | null {
  return signature.apply(lines);
}

function findSignatureIn(lines: readonly string[]): Signature | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const original = lines[i]!;
    const m = ISSUER.exec(toSimplifiedForMatching(original));
    if (!m) continue;
    const next = lines[i + 1];
    // A seal line may stand between the signer and the date: （某区科学技术协会代章）.
    const dateLine = next && SEAL_LINE.test(toSimplifiedForMatching(next.trim())) ? lines[i + 2] : next;
    const date = m[2] ? original.slice(original.length - m[2].length) : dateLine && DATE_LINE.test(toSimplifiedForMatching(dateLine)) ? dateLine : null;
    // A notice signed jointly prints its bodies side by side (某县科学技术协会　某县人民政府办公室):
    // the issuer is the first, which hosts the document (its 字号); the others are co-signers.
    const joint = JOINT.exec(m[1]!);
    if (joint) return { issuer: original.slice(0, joint[1]!.length), date, cosigners: [original.slice(joint[1]!.length, m[1]!.length)] };
    return { issuer: original.slice(0, m[1]!.length), date };
  }
  return null;
}

