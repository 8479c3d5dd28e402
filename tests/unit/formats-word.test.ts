import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/importer/formats/docx';
import { readDoc } from '../../src/lib/importer/formats/doc';
import { readRefused } from '../../src/lib/importer/formats/refused';
import { NumberingCounter, formatNumber, readNumberingDefs, type XmlElement } from '../../src/lib/importer/formats/word-numbering';
import { renderDocx, chineseValue } from '../../src/cli/render/docx';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/formats');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml').documentElement as unknown as XmlElement;
const enc = (s: string) => new TextEncoder().encode(s);

/** A numbering.xml of one abstract definition with the given levels, and nums referring to it. */
function numbering(levels: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'): XmlElement {
  return xml(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`);
}
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const labels = (counter: NumberingCounter, seq: [string, number][]) => seq.map(([numId, ilvl]) => counter.next(numId, ilvl)?.text ?? null);

describe('Word list numbers (word-numbering.ts)', () => {
  it('prints each number format Word uses in plans', () => {
    expect([1, 2, 10, 11, 12, 20, 21, 99, 100, 105].map((n) => formatNumber('chineseCounting', n))).toEqual(['一', '二', '十', '十一', '十二', '二十', '二十一', '九十九', '一百', '一百零五']);
    expect(formatNumber('chineseCountingThousand', 13)).toBe('十三');
    expect(formatNumber('ideographTraditional', 3)).toBe('丙');
    expect(formatNumber('decimalEnclosedCircle', 4)).toBe('④');
    expect(formatNumber('decimalEnclosedCircle', 21)).toBe('21');
    expect(formatNumber('chineseLegalSimplified', 12)).toBe('拾贰');
    expect(formatNumber('upperRoman', 14)).toBe('XIV');
    expect(formatNumber('lowerLetter', 28)).toBe('bb');
    expect(formatNumber('decimalZero', 7)).toBe('07');
    expect(formatNumber('noSuchFormat', 1)).toBeNull();
  });

  it('counts 一、 （一） 1. with the lower levels restarting after a higher one (Word\'s default)', () => {
    const defs = readNumberingDefs(numbering(lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.')), null);
    const c = new NumberingCounter(defs);
    expect(labels(c, [['1', 0], ['1', 1], ['1', 2], ['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 1]])).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '（一）']);
  });

  it('keeps counting where w:lvlRestart is 0, and restarts only after the level it names', () => {
    const defs = readNumberingDefs(numbering(lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>') + lvl(2, 'decimalEnclosedCircle', '%3', '<w:lvlRestart w:val="1"/>')), null);
    const c = new NumberingCounter(defs);
    // Level 1 never restarts; level 2 restarts after level 0 only, not after level 1.
    expect(labels(c, [['1', 0], ['1', 1], ['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 1], ['1', 2]])).toEqual(['一、', '1.', '①', '2.', '②', '二、', '3.', '①']);
  });

  it('continues a list across nums of one definition, restarts at a w:startOverride, and starts at w:start', () => {
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const c = new NumberingCounter(readNumberingDefs(numbering(lvl(0, 'chineseCounting', '%1、'), nums), null));
    expect(labels(c, [['1', 0], ['2', 0], ['3', 0], ['3', 0], ['1', 0], ['4', 0]])).toEqual(['一、', '二、', '一、', '二、', '三、', '五、']);
    const started = new NumberingCounter(readNumberingDefs(numbering('<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/></w:lvl>'), null));
    expect(labels(started, [['1', 0], ['1', 0]])).toEqual(['丙.', '丁.']);
  });

  it('prints multi-level numbers, legal numbering in decimal, nothing for bullets, decimal for an unknown format', () => {
    const defs = readNumberingDefs(numbering(lvl(0, 'chineseCounting', '第%1章') + lvl(1, 'decimal', '%1.%2', '<w:isLgl/>') + lvl(2, 'bullet', '●') + lvl(3, 'thaiNumbers', '%4)')), null);
    const c = new NumberingCounter(defs);
    expect(labels(c, [['1', 0], ['1', 1], ['1', 2]])).toEqual(['第一章 ', '1.1 ', null]);
    expect(c.next('1', 3)).toEqual({ text: '1)', unknownFormats: ['thaiNumbers'] });
  });

  it('numbers a paragraph through its style (w:style/w:pPr/w:numPr, following w:basedOn), and not at numId 0', () => {
    const styles = xml(`<w:styles ${W}><w:style w:styleId="H1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`);
    const c = new NumberingCounter(readNumberingDefs(numbering(lvl(0, 'chineseCounting', '%1、')), styles));
    expect(c.resolve({ numId: null, ilvl: null }, 'H1b')).toEqual({ numId: '1', ilvl: 0 });
    expect(c.resolve({ numId: '0', ilvl: null }, 'H1')).toBeNull();
    expect(c.resolve({ numId: null, ilvl: null }, 'Normal')).toBeNull();
  });

  it('reads chineseCounting values as the renderer types them', () => {
    expect(['一', '十', '十一', '二十', '二十三'].map(chineseValue)).toEqual([1, 10, 11, 20, 23]);
    expect(chineseValue('一一')).toBeNull();
  });
});

/** A .docx made with the docx package: numbered paragraphs of several formats, a table, a header and footer, a footnote. */
async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.IDEOGRAPH_TRADITIONAL, text: '（%2）', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%3', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('脚注内容')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('页眉标题')] }) },
        footers: { default: new Footer({ children: [new Paragraph('— 1 —')] }) },
        children: [
          new Paragraph({ children: [new TextRun('某县全民科学素质行动实施方案')] }),
          new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('总体要求')] }),
          new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('指导思想')] }),
          new Paragraph({ numbering: { reference: 'outline', level: 2 }, children: [new TextRun('第一项'), new TextRun({ children: [], footnoteReference: 1 } as never)] }),
          new Paragraph({ numbering: { reference: 'outline', level: 2 }, children: [new TextRun('第二项')] }),
          new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('发展目标')] }),
          new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('重点任务')] }),
          new Table({
            rows: [
              new TableRow({ children: ['序号', '任务', '责任单位'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              new TableRow({ children: ['1', '科普', '县科协'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocx', () => {
  it('puts back the numbers Word prints, keeps the table as TAB rows, and leaves out header, footer and notes', async () => {
    const out = await readDocx(await sampleDocx(), 'sample.docx');
    expect(out.refused).toBeNull();
    expect(out.text.split('\n')).toEqual(['某县全民科学素质行动实施方案', '一、总体要求', '（甲）指导思想', '①第一项', '②第二项', '（乙）发展目标', '二、重点任务', '序号\t任务\t责任单位', '1\t科普\t县科协']);
    expect(out.text).not.toMatch(/页眉|— 1 —|脚注/);
    expect(out.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['formats/docx-list-numbers']));
  });

  it('renders the plan with Word auto numbering (the numbers are not in the runs) and reads the same text back', async () => {
    const text = '某县实施方案\n一、总体要求\n（一）指导思想\n1.推进科普。\n2.加强宣传。\n（二）发展目标\n二、重点任务\n附件\n序号\t任务\t责任单位\n1\t科普\t县科协\n2\t宣传\n一、附件说明';
    const bytes = await renderDocx({ slug: 'x', text });
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).not.toContain('一、总体要求');
    expect(document).toContain('<w:numPr>');
    expect(await zip.file('word/numbering.xml')!.async('string')).toContain('chineseCounting');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2024-01-01T00:00:00Z');
    // Rendering again (seconds later) gives the same bytes: no clock in core.xml nor in the zip's entries.
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.from(await renderDocx({ slug: 'x', text })).equals(Buffer.from(bytes))).toBe(true);
    const out = await readDocx(bytes, 'x.docx');
    expect(out.text).toBe(text);
  });

  it('refuses an OFD named .docx and a zip that is not Word; reads a .doc named .docx as .doc with a warning', async () => {
    const ofd = new JSZip();
    ofd.file('OFD.xml', '<ofd:OFD/>');
    const ofdBytes = await ofd.generateAsync({ type: 'uint8array' });
    expect((await readDocx(ofdBytes, 'x.docx')).refused?.reason).toMatch(/OFD/);
    const other = new JSZip();
    other.file('xl/workbook.xml', '<x/>');
    expect((await readDocx(await other.generateAsync({ type: 'uint8array' }), 'x.docx')).refused?.ruleId).toBe('formats/docx-not-word');
    expect((await readDocx(enc('plain text'), 'x.docx')).refused).not.toBeNull();
    const doc = new Uint8Array(readFileSync(join(FIXTURES, 'samples/auto-numbered.doc')));
    const out = await readDocx(doc, 'x.docx');
    expect(out.refused).toBeNull();
    expect(out.format).toBe('doc');
    expect(out.messages[0]).toMatchObject({ ruleId: 'formats/word-mislabelled', severity: 'warning' });
  });

  it('refuses a file of pictures and next to no text', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const { ImageRun } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] })] }] });
    const out = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'scan.docx');
    expect(out.refused?.ruleId).toBe('formats/word-images');
  });
});

describe('readDoc', () => {
  it('reads a .doc: body text, tables rebuilt as TAB rows, header and footer left out', async () => {
    const out = await readDoc(new Uint8Array(readFileSync(join(FIXTURES, 'doc/cenyang-2022-2025.doc'))), 'cenyang.doc');
    expect(out.refused).toBeNull();
    const txt = readFileSync(join(ROOT, 'tests/fixtures/layouts/cenyang-2022-2025.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(out.text.split('\n')).toEqual(txt);
    expect(out.text).not.toMatch(/— \d+ —/);
    expect(out.messages.map((m) => m.ruleId)).toContain('formats/doc-tables');
    expect(out.messages.map((m) => m.ruleId)).not.toContain('formats/doc-list-numbers');
  });

  it('says when a .doc has automatic list numbers it cannot read', async () => {
    const out = await readDoc(new Uint8Array(readFileSync(join(FIXTURES, 'samples/auto-numbered.doc'))), 'auto.doc');
    expect(out.messages.find((m) => m.ruleId === 'formats/doc-list-numbers')?.severity).toBe('warning');
    expect(out.text).toContain('总体要求');
  });

  it('reads a .docx named .doc as .docx with a warning, and refuses bytes that are not Word', async () => {
    const out = await readDoc(await sampleDocx(), 'x.doc');
    expect(out.format).toBe('docx');
    expect(out.text).toContain('一、总体要求');
    expect(out.messages[0]).toMatchObject({ ruleId: 'formats/word-mislabelled', severity: 'warning' });
    expect((await readDoc(enc('not a word file'), 'x.doc')).refused).not.toBeNull();
  });
});

describe('OFD and WPS', () => {
  it('are refused, naming the format and what to do', async () => {
    const ofd = await readRefused(enc('PK'), 'content/sources/x-2022-2025.ofd');
    expect(ofd.refused?.reason).toMatch(/OFD.*数科OFD阅读器.*PDF/);
    const wps = await readRefused(enc('x'), 'x.wps');
    expect(wps.refused?.reason).toMatch(/WPS Office.*\.docx/);
    expect(wps.text).toBe('');
  });
});

// The renderings' facts against the gold, per format, are gated once for every format by tests/unit/format-facts.test.ts.
