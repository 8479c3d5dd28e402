import { defineRule } from '../rule';

/**
 * Formats plans are published in that no reader here can read: OFD (China's fixed-layout format, a
 * zip holding OFD.xml, read with 数科OFD阅读器 and similar) and WPS (Kingsoft's word processor
 * format). The file is refused, naming the format and what to do.
 */

export type RefusedFormat = 'ofd' | 'wps';

/** File extensions of the refused formats (lower case, no dot). */
export const REFUSED_EXTENSIONS: Readonly<Record<RefusedFormat, readonly string[]>> = { ofd: ['ofd'], wps: ['wps', 'wpt'] };

export const REFUSED_ADVICE: Readonly<Record<RefusedFormat, string>> = {
  ofd: 'an OFD file (China\'s fixed-layout format), which is not read here: open it in 数科OFD阅读器 (or another OFD reader) and export it as PDF (with its text layer) or as .docx, then add that file',
  wps: 'a WPS file (Kingsoft WPS Office\'s word format), which is not read here: open it in WPS Office and save it as .docx (文件 → 另存为 → Word 文件), then add that file',
};

export const unreadableFormat = defineRule<{ file: string }, RefusedFormat>({
  id: 'formats/unreadable-format',
  description: 'Refuses OFD and WPS files by their extension, naming the format and how to turn it into one that is read (PDF or .docx).',
  apply({ file }) {
    const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
    for (const [format, exts] of Object.entries(REFUSED_EXTENSIONS) as [RefusedFormat, readonly string[]][]) if (exts.includes(ext)) return format;
    return null;
  },
  examples: [
    { name: 'an OFD file', input: { file: 'content/sources/x-2022-2025.ofd' }, output: 'ofd' },
    { name: 'a WPS file, upper-case extension', input: { file: '方案.WPS' }, output: 'wps' },
    { name: 'a .docx', input: { file: '方案.docx' }, output: null },
  ],
});
