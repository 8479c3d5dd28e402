import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, scanUtf8, toLines } from '../../src/lib/importer/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8('一、总体要求\n'), 'a.txt')).toMatchObject({ text: '一、总体要求\n', encoding: 'utf-8', warnings: [] });
  });
  it('drops a UTF-8 BOM and folds CRLF and CR to LF: same text as without', () => {
    const plain = decode(utf8('第一行\n第二行\n'), 'a.txt').text;
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('第一行\r\n第二行\r\n')]), 'a.txt').text).toBe(plain);
    expect(decode(utf8('第一行\r第二行\r'), 'a.txt').text).toBe(plain);
  });
  it('decodes GB18030 Chinese text and says so', () => {
    const text = '某市全民科学素质行动规划纲要实施方案（2022—2025年）\n一、前言\n';
    const out = decode(iconv.encode(text, 'gb18030'), 'gb.txt');
    expect(out.text).toBe(text);
    expect(out.encoding).toBe('gb18030');
    expect(out.warnings[0]).toMatch(/GB18030/);
  });
  it('refuses an empty file, naming it', () => {
    expect(() => decode(new Uint8Array(), 'content/sources/empty.txt')).toThrow(/content\/sources\/empty\.txt: the file is empty/);
  });
  it('refuses a file of white space only', () => {
    expect(() => decode(utf8(' \n\r\n\t'), 'blank.txt')).toThrow(/only white space/);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030, saying where the first bad sequence is and how many', () => {
    const bytes = new Uint8Array([0x41, 0x42, 0xff, 0x00, 0x01, 0x02, 0x80, 0x81]);
    const error = () => decode(bytes, 'bin.txt');
    expect(error).toThrow(/^bin\.txt:1: not valid UTF-8: 3 invalid byte sequences, the first at line 1, byte offset 2 \(bytes from there: 0xFF /);
    // These bytes do not decode as GB18030 either: no advice to convert from it.
    expect(error).not.toThrow(/iconv -f GB18030/);
  });
  it('names the line and byte offset of a damaged byte in a UTF-8 text, without GB18030 advice', () => {
    const lines = ['某市全民科学素质行动实施方案', '一、总体要求', '到2025年，公民具备科学素质的比例达到15%。', '二、重点任务'];
    const good = utf8(lines.join('\n'));
    // One stray byte at the start of line 3, and a character cut short at the end of it.
    const line3 = utf8(`${lines[0]}\n${lines[1]}\n`).length;
    const damaged = new Uint8Array([...good.subarray(0, line3), 0xff, ...good.subarray(line3, good.length - utf8(`\n${lines[3]}`).length), 0xe5, 0x85, ...utf8(`\n${lines[3]}`)]);
    const error = () => decode(damaged, 'content/sources/x.txt');
    expect(error).toThrow(new RegExp(`^content/sources/x\\.txt:3: not valid UTF-8: 2 invalid byte sequences, the first at line 3, byte offset ${line3} \\(bytes from there: 0xFF `));
    expect(error).not.toThrow(/GB18030/);
    // A BOM shifts the offset: it counts from the file's first byte.
    expect(() => decode(new Uint8Array([0xef, 0xbb, 0xbf, ...damaged]), 'x.txt')).toThrow(new RegExp(`byte offset ${line3 + 3} `));
  });
  it('keeps the GB18030 advice for bytes that do decode as GB18030 but not as Chinese text', () => {
    const bytes = iconv.encode('Plan Atlas test file, mostly Latin text: ©®±', 'gb18030');
    expect(() => decode(bytes, 'latin.txt')).toThrow(/latin\.txt:1: not valid UTF-8: .*decodes as GB18030.*iconv -f GB18030 -t UTF-8/);
  });
  it('counts overlong forms, surrogates and cut sequences as invalid (Unicode Table 3-7)', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8]]) {
      expect(scanUtf8(new Uint8Array(bad)).invalid, bad.join(' ')).toBeGreaterThan(0);
    }
    expect(scanUtf8(utf8('一\n二😀'))).toEqual({ invalid: 0, validMultibyte: 3, firstOffset: -1, firstLine: 0 });
  });
  it('refuses UTF-16 with advice', () => {
    expect(() => decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u16.txt')).toThrow(/UTF-16.*convert it to UTF-8/);
  });
  it('numbers lines from 1', () => {
    expect(toLines('a\nb')).toEqual([{ line: 1, text: 'a' }, { line: 2, text: 'b' }]);
  });
});

describe('scanUtf8: the Unicode table of well-formed sequences, at each range boundary', () => {
  const scan = (...bytes: number[]) => {
    const s = scanUtf8(Uint8Array.from(bytes));
    return { invalid: s.invalid, valid: s.validMultibyte };
  };
  it.each([
    [[0xc2, 0x80], 'lowest two-byte lead'],
    [[0xdf, 0xbf], 'highest two-byte lead'],
    [[0xe0, 0xa0, 0x80], 'E0 needs A0…BF'],
    [[0xe1, 0x80, 0x80], 'E1…EC, EE, EF take 80…BF'],
    [[0xef, 0xbf, 0xbf], 'highest three-byte lead'],
    [[0xed, 0x9f, 0xbf], 'ED up to 9F'],
    [[0xf0, 0x90, 0x80, 0x80], 'F0 needs 90…BF'],
    [[0xf1, 0x80, 0x80, 0x80], 'F1…F3 take 80…BF'],
    [[0xf3, 0xbf, 0xbf, 0xbf], 'F3'],
    [[0xf4, 0x8f, 0xbf, 0xbf], 'F4 up to 8F (U+10FFFF)'],
  ])('accepts %j (%s)', (bytes) => {
    expect(scan(...bytes)).toEqual({ invalid: 0, valid: 1 });
  });
  it.each([
    [[0xc1, 0xbf], 'overlong two-byte lead', 2],
    [[0x80], 'a lone continuation byte', 1],
    [[0xc2, 0xc0], 'C2 followed by no continuation byte', 2],
    [[0xe0, 0x9f, 0x80], 'overlong three-byte form', 3],
    [[0xed, 0xa0, 0x80], 'a surrogate', 3],
    [[0xf0, 0x8f, 0x80, 0x80], 'overlong four-byte form', 4],
    [[0xf4, 0x90, 0x80, 0x80], 'over U+10FFFF', 4],
    [[0xf5, 0x80, 0x80, 0x80], 'F5 leads nothing', 4],
    [[0xe1, 0x80], 'a truncated sequence', 1],
  ])('refuses %j (%s) as %i invalid subparts', (bytes, _what, count) => {
    expect(scan(...bytes)).toEqual({ invalid: count, valid: 0 });
  });
  it('counts lines and the offset of the first bad sequence, and the later ones', () => {
    const s = scanUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xe5, 0x0a, 0xff, 0xe7, 0xa7, 0x91]));
    expect(s).toEqual({ invalid: 2, validMultibyte: 1, firstOffset: 4, firstLine: 3 });
    expect(scanUtf8(utf8('一、总体要求'))).toEqual({ invalid: 0, validMultibyte: 6, firstOffset: -1, firstLine: 0 });
  });
});

describe('decode: damaged UTF-8 or another encoding', () => {
  const damaged = (good: number) => Uint8Array.from([...utf8('科'.repeat(good)), 0xff]);
  it('calls a file damaged UTF-8 when its valid multibyte sequences outnumber the bad ones more than four to one', () => {
    expect(() => decode(damaged(5), 'a.txt')).toThrow(/^a\.txt:1: not valid UTF-8: 1 invalid byte sequence at line 1, byte offset 15 \(bytes from there: 0xFF\); the rest of the file is UTF-8/);
    expect(() => decode(damaged(4), 'a.txt')).toThrow(/not valid UTF-8/);
    expect(() => decode(damaged(4), 'a.txt')).not.toThrow(/the rest of the file is UTF-8/);
  });
  it('counts the offset past a BOM, as the file has it', () => {
    expect(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...damaged(5)]), 'a.txt')).toThrow(/byte offset 18 /);
  });
  it('reads GB18030 as Chinese when more than 30% of the visible characters are Han', () => {
    const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
    expect(decode(gb('科学家abcdef'), 'a.txt')).toMatchObject({ text: '科学家abcdef', encoding: 'gb18030', warnings: ['decoded as GB18030 (not UTF-8)'] });
    expect(() => decode(gb('科学家abcdefg'), 'a.txt')).toThrow(/decodes as GB18030 but does not read as Chinese text/);
    expect(() => decode(gb('科学家\u0001'), 'a.txt')).toThrow(/does not read as Chinese text/);
  });
  it('says so when the bytes are GB18030 neither', () => {
    expect(() => decode(Uint8Array.from([0x81, 0x30, 0x81]), 'a.txt')).toThrow(/nor GB18030 either/);
  });
  it('refuses UTF-16 by its BOM and white space only', () => {
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), 'a.txt')).toThrow(/^a\.txt: the file is UTF-16 \(little-endian BOM\)/);
    expect(() => decode(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]), 'a.txt')).toThrow(/UTF-16 \(big-endian BOM\)/);
    expect(() => decode(utf8(' \n\t\n'), 'a.txt')).toThrow(/only white space/);
    expect(() => decode(new Uint8Array(), 'a.txt')).toThrow(/the file is empty/);
  });
});
