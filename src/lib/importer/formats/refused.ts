import { REFUSED_ADVICE, unreadableFormat } from '../rules/formats/refused';
import type { FormatReader } from './types';

/**
 * The reader of formats that are refused (OFD, WPS): no text, a refusal that names the format and
 * what to do. SourceFormat has no 'ofd' or 'wps' (nothing is derived from them), so the result is
 * given the format of its nearest kin: an OFD is a fixed-layout document like a PDF, a .wps is an
 * OLE word file like a .doc.
 */
export const readRefused: FormatReader = async (_bytes, file) => {
  const format = unreadableFormat.apply({ file }) ?? 'wps';
  return {
    format: format === 'ofd' ? 'pdf' : 'doc',
    text: '',
    url: null,
    attachments: [],
    messages: [],
    refused: { ruleId: unreadableFormat.id, reason: `${file} is ${REFUSED_ADVICE[format]}.` },
  };
};
