import JSZip from 'jszip';
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { RenderablePlan, Renderer } from './types';

/**
 * A plan's text as a Word file, the way plans are typed in Word: one paragraph per line of the
 * text, the numbered headings 一、 （一） 1. as Word *auto-numbered* paragraphs (the number is not in
 * the runs; the reader has to rebuild it from numbering.xml), TAB rows as a real Word table, a
 * running header with the title and a footer with the page number (furniture the reader must leave
 * out). A heading whose typed number is not the one Word would count next stays typed, so the
 * rendering prints exactly the text's numbers.
 */

const CN = '一二三四五六七八九十';
/** 一..九十九 as chineseCounting prints them; null for anything else. */
export function chineseValue(s: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? CN.indexOf(a) + 1 : null;
  return (a ? CN.indexOf(a) + 1 : 1) * 10 + (b ? CN.indexOf(b) + 1 : 0);
}

/** The three outline levels rendered as auto numbering: the level, the typed number's pattern, its value. */
const LEVELS: { re: RegExp; value: (m: RegExpExecArray) => number | null; heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] | null }[] = [
  { re: /^([一二三四五六七八九十]{1,3})、/, value: (m) => chineseValue(m[1]!), heading: HeadingLevel.HEADING_1 },
  { re: /^（([一二三四五六七八九十]{1,3})）/, value: (m) => chineseValue(m[1]!), heading: HeadingLevel.HEADING_2 },
  { re: /^(\d{1,2})\.(?!\d)/, value: (m) => Number(m[1]), heading: null },
];

const OUTLINE = 'plan-outline';
/** Word's list definition: 一、 / （一） / 1. (level 2 restarts after either level above, Word's default). */
const NUMBERING = {
  config: [
    {
      reference: OUTLINE,
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

/** A fixed time for docProps/core.xml and the zip entries, so that rendering again changes no byte. */
export const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

export interface DocxOptions {
  /** Numbered headings as Word auto numbering (default) or typed. The .doc rendering types them (see doc.ts). */
  autoNumbering?: boolean;
}

function tableOf(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell, i) =>
              new TableCell({
                // A short row's last cell spans the rest, so no empty cell is added to the row.
                ...(i === cells.length - 1 && cells.length < width ? { columnSpan: width - cells.length + 1 } : {}),
                children: [new Paragraph({ children: [new TextRun(cell)] })],
              }),
          ),
        }),
    ),
  });
}

export async function renderDocx(plan: RenderablePlan, options: DocxOptions = {}): Promise<Uint8Array> {
  const auto = options.autoNumbering ?? true;
  const lines = plan.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const children: (Paragraph | Table)[] = [];
  // Word's counters as the rendering goes: the list instance and each level's last number.
  let instance = 0;
  let counters = [0, 0, 0];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length) children.push(tableOf(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flushTable();
    if (!line.trim()) continue;
    let done = false;
    for (const [level, { re, value, heading }] of LEVELS.entries()) {
      const m = re.exec(line);
      const v = m ? value(m) : null;
      if (!m || v === null) continue;
      let next = counters[level]! + 1;
      if (auto && v !== next && v === 1 && level === 0) {
        // A list that starts again (an annex's own 一、): a new instance, which restarts every level.
        instance++;
        counters = [0, 0, 0];
        next = 1;
      }
      if (auto && v === next) {
        counters[level] = v;
        for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
        children.push(new Paragraph({ ...(heading ? { heading } : {}), numbering: { reference: OUTLINE, level, instance }, children: [new TextRun(line.slice(m[0].length))] }));
        done = true;
      }
      break;
    }
    if (done) continue;
    const heading = LEVELS.find((l) => l.heading && l.re.test(line))?.heading;
    children.push(new Paragraph({ ...(heading ? { heading } : {}), children: [new TextRun(line)] }));
  }
  flushTable();

  const title = lines.find((l) => /方案/.test(l) && l.length < 60)?.trim() ?? plan.slug;
  const doc = new Document({
    creator: 'plan-atlas',
    title,
    ...(auto ? { numbering: NUMBERING } : {}),
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(title)] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children,
      },
    ],
  });
  return fixedZip(await Packer.toBuffer(doc));
}

/** Rewrites a package with fixed dates (core.xml's created/modified and each zip entry's time). */
export async function fixedZip(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    // createFolders off: JSZip would add folder entries stamped with the current time.
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export const render: Renderer = (plan) => renderDocx(plan);
