import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, toLines } from '../../src/lib/importer/decode';

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
  it('refuses bytes that are neither UTF-8 nor Chinese GB18030, saying how to convert', () => {
    const bytes = new Uint8Array([0x41, 0x42, 0xff, 0x00, 0x01, 0x02, 0x80, 0x81]);
    expect(() => decode(bytes, 'bin.txt')).toThrow(/bin\.txt: .*neither UTF-8 \(first invalid byte at offset 2\).*iconv -f GB18030 -t UTF-8/);
  });
  it('refuses UTF-16 with advice', () => {
    expect(() => decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u16.txt')).toThrow(/UTF-16.*convert it to UTF-8/);
  });
  it('numbers lines from 1', () => {
    expect(toLines('a\nb')).toEqual([{ line: 1, text: 'a' }, { line: 2, text: 'b' }]);
  });
});
