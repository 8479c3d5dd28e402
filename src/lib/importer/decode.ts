import iconv from 'iconv-lite';
import { ImportError, type SourceLine } from './types';
import { gb18030Text } from './rules/text/gb18030';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  warnings: string[];
}


/**
 * Bytes → text. UTF-8 (with or without BOM) is expected; GB18030/GBK, common for Chinese
 * government files, is recognised and decoded; anything else is refused saying what is wrong and
 * where (line and byte offset of the first bad sequence, and how many).
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
    const utf8 = scanUtf8(body);
    // Where the first bad sequence is, as an editor shows it (offsets count from the file's first byte).
    const at = invalidAt(body, utf8, bytes.length - body.length);
    // Mostly valid UTF-8 (over four valid multi-byte characters per bad sequence): a UTF-8 file
    // with a few damaged bytes, not another encoding. GB18030 would "decode" it as mojibake, and
    // advising to convert from GB18030 would be wrong; say where the damage is instead. (Chinese
    // GB18030 text reads as about 0.3 valid UTF-8 sequences per invalid one: the five real texts
    // re-encoded measure 0.27–0.29, far from 4.)
    if (utf8.validMultibyte > 4 * utf8.invalid) {
      throw new ImportError(file, `not valid UTF-8: ${at}; the rest of the file is UTF-8, so these bytes were damaged (in a download or a copy): obtain the text again rather than converting it`, utf8.firstLine);
    }
    const gb = iconv.decode(Buffer.from(body), 'gb18030');
    if (gb18030Text.apply(gb) === null) {
      // The GB18030 advice only when the bytes really are GB18030 (no undecodable sequence).
      const advice = gb.includes('\ufffd')
        ? 'nor GB18030 either; find out how the file was saved and convert it to UTF-8'
        : 'it decodes as GB18030 but does not read as Chinese text; if it is GB18030, convert it to UTF-8, e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`';
      throw new ImportError(file, `not valid UTF-8: ${at}; ${advice}`, utf8.firstLine);
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

interface Utf8Scan {
  /** Byte sequences that are not UTF-8 (each maximal invalid subpart counts once, as TextDecoder replaces them). */
  invalid: number;
  /** Well-formed sequences of two to four bytes (how much of the file is UTF-8 text beyond ASCII). */
  validMultibyte: number;
  /** Offset (in the scanned bytes) of the first invalid sequence, -1 when none. */
  firstOffset: number;
  /** 1-based line of the first invalid sequence (lines end at LF, as toLines counts them). */
  firstLine: number;
}

/**
 * Validates UTF-8 by the Unicode Standard's table of well-formed byte sequences (Table 3-7:
 * overlong forms, surrogates and code points over U+10FFFF are invalid). TextDecoder (fatal) says
 * only that a file is invalid, not where or how often; no library at hand reports positions
 * (iconv-lite and TextDecoder replace silently), so the table is written out here.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalid = 0;
  let validMultibyte = 0;
  let firstOffset = -1;
  let firstLine = 0;
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const [need, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    // How many bytes form a well-formed prefix: the second byte has its own range, the rest 80–BF.
    let ok = 0;
    while (ok < need) {
      const c = bytes[i + 1 + ok];
      const [min, max] = ok === 0 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) break;
      ok++;
    }
    if (need > 0 && ok === need) {
      validMultibyte++;
      i += need + 1;
      continue;
    }
    if (firstOffset < 0) {
      firstOffset = i;
      firstLine = line;
    }
    invalid++;
    // The maximal invalid subpart: the lead byte and the continuation bytes that fitted.
    i += 1 + ok;
  }
  return { invalid, validMultibyte, firstOffset, firstLine };
}

/** "3 invalid byte sequences, the first at line 12, byte offset 4998 (0xE5 0x0A)". */
function invalidAt(body: Uint8Array, scan: Utf8Scan, skipped: number): string {
  const shown = [...body.subarray(scan.firstOffset, scan.firstOffset + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  const count = scan.invalid === 1 ? '1 invalid byte sequence' : `${scan.invalid} invalid byte sequences, the first`;
  return `${count} at line ${scan.firstLine}, byte offset ${scan.firstOffset + skipped} (bytes from there: ${shown})`;
}

/** Text → numbered lines (1-based, as an editor shows them). */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}
