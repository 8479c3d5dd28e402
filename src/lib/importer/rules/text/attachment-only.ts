import { defineRule } from '../rule';

/**
 * A notice page whose plan is an attached file: 关于印发…实施方案的通知, a line or two of notice,
 * then 附件：某某实施方案.doc, and no plan text at all. Imported, it would be published as a plan
 * of no sections; the text to import is the attachment's.
 *
 * An attachment link beside a plan's own text (附件下载：….pdf at the end of a page that carries the
 * whole plan) is common and harmless: the rule fires only when the text has no numbered section.
 */

/** File types plans are attached as: Word, PDF, WPS and OFD (China's fixed-layout format), and a spreadsheet of tasks. */
export const ATTACHMENT_FILE = /([^\s：:，,;；]{2,}?\.(?:docx?|pdf|wps|ofd|xlsx?))(?=$|[\s，,;；（(])/gi;

export interface AttachmentShape {
  /** The text's lines with their source line numbers. */
  lines: { line: number; text: string }[];
  /** Numbered headings in the body (一、 （一） 1. …): a plan's own text has several. */
  numberedSections: number;
}

export interface AttachmentOnly {
  /** The first line naming an attachment. */
  line: number;
  /** The attached files, as named. */
  files: string[];
}

export const attachmentOnly = defineRule<AttachmentShape, AttachmentOnly>({
  id: 'text/attachment-only',
  description: 'Refuses a notice whose plan is only an attached file (附件：….doc / .pdf / .wps / .ofd) and that has no numbered section of its own, naming the file to add.',
  apply({ lines, numberedSections }) {
    if (numberedSections > 0) return null;
    let first: number | null = null;
    const files: string[] = [];
    for (const { line, text } of lines) {
      for (const m of text.replace(/^.*?附件(?:下载)?\s*\d*\s*[：:]\s*/, '').matchAll(ATTACHMENT_FILE)) {
        first ??= line;
        if (!files.includes(m[1]!)) files.push(m[1]!);
      }
    }
    return first === null ? null : { line: first, files };
  },
  examples: [
    {
      name: 'a notice with its plan attached as .doc',
      input: { lines: [{ line: 1, text: '关于印发某市全民科学素质行动实施方案的通知' }, { line: 3, text: '现将《某市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。' }, { line: 5, text: '附件：某市全民科学素质行动实施方案.doc' }], numberedSections: 0 },
      output: { line: 5, files: ['某市全民科学素质行动实施方案.doc'] },
    },
    {
      name: 'a numbered attachment in .wps and a second in .ofd',
      input: { lines: [{ line: 4, text: '附件：1.某县实施方案.wps' }, { line: 5, text: '2.任务分工.ofd' }], numberedSections: 0 },
      output: { line: 4, files: ['1.某县实施方案.wps', '2.任务分工.ofd'] },
    },
    {
      name: 'a page with the whole plan and a download link',
      input: { lines: [{ line: 139, text: '附件下载：泷水县全民科学素质行动实施方案（2022—2025年）.docx' }], numberedSections: 12 },
      output: null,
    },
    {
      name: 'no numbered section and no attachment: not this rule’s (a short text is text/truncated’s)',
      input: { lines: [{ line: 1, text: '关于印发某市全民科学素质行动实施方案的通知' }, { line: 2, text: '附件：某市全民科学素质行动实施方案' }], numberedSections: 0 },
      output: null,
    },
  ],
});
