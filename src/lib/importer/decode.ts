import iconv from 'iconv-lite';
import { ImportError, type SourceLine } from './types';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  warnings: string[];
}

const CJK = /[\u3400-\u9fff]/g;

/**
 * Bytes → text. UTF-8 (with or without BOM) is expected; GB18030/GBK, common for Chinese
 * government files, is recognised and decoded; anything else is refused with how to convert it.
 * CRLF and lone CR become LF so that the rest of the pipeline sees one kind of text.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty: nothing to import');
  const warnings: string[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw notConvertible(file, 'UTF-16 (little-endian BOM)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw notConvertible(file, 'UTF-16 (big-endian BOM)');

  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const gb = iconv.decode(Buffer.from(body), 'gb18030');
    if (!looksLikeChinese(gb)) {
      const offset = firstInvalidUtf8(body);
      throw new ImportError(
        file,
        `the bytes are neither UTF-8 (first invalid byte at offset ${offset}) nor GB18030 Chinese text; ` +
          'convert the file to UTF-8, e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`',
      );
    }
    text = gb;
    encoding = 'gb18030';
    warnings.push('decoded as GB18030 (not UTF-8)');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError(file, 'the file holds only white space: nothing to import');
  return { text, encoding, warnings };
}

function notConvertible(file: string, what: string): ImportError {
  return new ImportError(file, `the file is ${what}; convert it to UTF-8, e.g. \`iconv -f UTF-16 -t UTF-8 in.txt > out.txt\``);
}

/** GB18030 decodes almost any byte string; accept it only if the result reads as Chinese text. */
function looksLikeChinese(text: string): boolean {
  if (text.includes('\ufffd')) return false;
  const visible = text.replace(/\s/g, '').length;
  const cjk = text.match(CJK)?.length ?? 0;
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return visible > 0 && controls === 0 && cjk / visible > 0.3;
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Text → numbered lines (1-based, as an editor shows them). */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}
