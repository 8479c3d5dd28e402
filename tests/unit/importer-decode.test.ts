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
