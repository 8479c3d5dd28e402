import { MessageLog } from '../messages';
import { wordMislabelled } from '../rules/formats/word';
import { readOleDoc } from './doc';
import { collect, readDocxPackage } from './docx-package';
import type { FormatReader } from './types';

/**
 * `.docx` → derived text (the reading itself is docx-package.ts). A `.docx` whose bytes are an old
 * binary Word file is read as `.doc`, with a warning (formats/word-mislabelled).
 */
export const readDocx: FormatReader = async (bytes, file) => {
  const log = new MessageLog();
  if (wordMislabelled.apply({ extension: 'docx', head: Array.from(bytes.slice(0, 4)) }) === 'doc') {
    wordMislabelled.warn(log, `${file} is named .docx but is an old binary Word file (.doc): read as .doc.`);
    const out = await readOleDoc(bytes, file);
    return { ...out, messages: [...collect(log), ...out.messages] };
  }
  return readDocxPackage(bytes, file, log);
};
