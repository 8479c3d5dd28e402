import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { importPlan, type PlanInput, type PlanOutput } from '../../src/lib/importer/pipeline';
import { blockAt, rowAt } from '../../src/lib/importer/aliases';
import { aliasCount, aliasText, aliasUnresolved } from '../../src/lib/importer/rules/anchors/aliases';

const ALIAS_RULES = { alias: aliasCount.id, unresolved: aliasUnresolved.id, text: aliasText.id };
import { assembleRowsAt } from '../../src/lib/importer/structure/tables';
import { serializeModel } from '../../src/lib/model/files';
import { renderPlanArticle } from '../support/mdx-render';

// A plan whose annex task table is flattened one cell per line (tables/cell-per-line reads it as one
// table). An earlier reading of the same source gave each of those lines a block of its own; those
// ids were published, so the new reading must keep every one of them working.
const HEAD = '某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各区人民政府：\n现将方案印发给你们。\n某市人民政府\n2022年3月1日\n某市全民科学素质行动实施方案(2021—2025年)\n';
const BODY = '一、总体要求\n到2025年,全市公民具备科学素质的比例达到15%。\n二、重点任务\n(一)实施青少年科学素质提升行动\n加强科学教育。\n(二)实施农民科学素质提升行动\n培育高素质农民。\n';
const ANNEX = '附件\n某市全民科学素质行动任务分工表\n重点任务\n主要措施\n责任单位\n1.青少年科学素质提升行动\n加强科学教育，开展科普活动。\n市教育局、市科协\n2.农民科学素质提升行动\n培育高素质农民，开展农村科普。\n市农业农村局、市科协\n3.加强组织领导\n各部门要加强协调配合。\n市科协\n';
const SOURCE = HEAD + BODY + ANNEX;
const sourceLines = SOURCE.split('\n');
/** The 1-based source line of a line's text. */
const lineOf = (text: string) => sourceLines.indexOf(text) + 1;

const imp = (previous?: PlanInput['previous']): PlanOutput => importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: new TextEncoder().encode(SOURCE), previous });

/** The earlier reading: every line of the annex after its title a block of its own, ids as classify gives them. */
const OLD_ANNEX: { id: string; kind: 'heading' | 'paragraph'; number?: string; text: string }[] = [
  { id: 'annex-p2', kind: 'paragraph', text: '重点任务' },
  { id: 'annex-p3', kind: 'paragraph', text: '主要措施' },
  { id: 'annex-p4', kind: 'paragraph', text: '责任单位' },
  { id: 'annex-s1', kind: 'heading', number: '1.', text: '青少年科学素质提升行动' },
  { id: 'annex-s1-p1', kind: 'paragraph', text: '加强科学教育，开展科普活动。' },
  { id: 'annex-s1-p2', kind: 'paragraph', text: '市教育局、市科协' },
  { id: 'annex-s2', kind: 'heading', number: '2.', text: '农民科学素质提升行动' },
  { id: 'annex-s2-p1', kind: 'paragraph', text: '培育高素质农民，开展农村科普。' },
  { id: 'annex-s2-p2', kind: 'paragraph', text: '市农业农村局、市科协' },
  { id: 'annex-s3', kind: 'heading', number: '3.', text: '加强组织领导' },
  { id: 'annex-s3-p1', kind: 'paragraph', text: '各部门要加强协调配合。' },
  { id: 'annex-s3-p2', kind: 'paragraph', text: '市科协' },
];

/** The previous model as that reading wrote it: today's blocks outside the table, and the old annex blocks. */
function previousModel(now: PlanOutput, edit: (b: Record<string, unknown>) => Record<string, unknown> = (b) => b): string {
  const old = OLD_ANNEX.map((b) => edit({ ...b, line: lineOf(`${b.number ?? ''}${b.text}`), part: 'annex', ...(b.kind === 'heading' ? { depth: 1 } : {}) }));
  const blocks = [...now.model.blocks.filter((b) => b.kind !== 'table'), ...old];
  return JSON.stringify({ ...now.model, blocks, anchorAliases: [] });
}

const first = imp();
const published = [...first.model.blocks.map((b) => b.id), ...OLD_ANNEX.map((b) => b.id)];
const second = imp({ published, model: { file: 'content/models/x.json', text: previousModel(first) } });

describe('anchor aliases: published ids survive a new reading', () => {
  it('the new reading no longer has the old ids (the case is real)', () => {
    expect(first.model.blocks.some((b) => b.kind === 'table')).toBe(true);
    const ids = new Set(first.model.blocks.map((b) => b.id));
    expect(OLD_ANNEX.filter((b) => ids.has(b.id))).toEqual([]);
  });

  it('every published id is a block or an alias, and no message says one is lost', () => {
    const ids = new Set([...second.model.blocks.map((b) => b.id), ...second.model.anchorAliases.map((a) => a.id)]);
    expect(published.filter((id) => !ids.has(id))).toEqual([]);
    expect(second.messages.filter((m) => m.ruleId === ALIAS_RULES.unresolved || m.ruleId === ALIAS_RULES.text)).toEqual([]);
    expect(second.messages).toContainEqual(expect.objectContaining({ ruleId: ALIAS_RULES.alias, severity: 'info' }));
  });

  it('each alias points at the table row holding its old line, whose cells hold its old text; header lines at the table', () => {
    const table = second.model.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    for (const old of OLD_ANNEX) {
      const alias = second.model.anchorAliases.find((a) => a.id === old.id)!;
      expect(alias, old.id).toMatchObject({ target: table.id, line: lineOf(`${old.number ?? ''}${old.text}`) });
      const cells = alias.row === undefined ? table.header : table.rows[alias.row]!;
      expect(cells.join(''), old.id).toContain(old.text);
    }
    // The header cells were lines of their own before the first row.
    expect(second.model.anchorAliases.filter((a) => a.row === undefined).map((a) => a.id)).toEqual(['annex-p2', 'annex-p3', 'annex-p4']);
  });

  it('the page has each old id inside the row (or header) that holds its text', async () => {
    const page = parse(await renderPlanArticle(second.mdx));
    for (const old of OLD_ANNEX) {
      const el = page.getElementById(old.id);
      expect(el, old.id).not.toBeNull();
      expect(el!.textContent, 'an empty anchor element').toBe('');
      expect(el!.closest('tr')!.textContent).toContain(old.text);
    }
  });

  it('carries the aliases forward once the old model is gone: the next import reads them from the model it wrote', () => {
    const third = imp({ published, model: { file: 'content/models/x.json', text: serializeModel(second.model) } });
    expect(third.model.anchorAliases).toEqual(second.model.anchorAliases);
    expect(third.mdx).toBe(second.mdx);
  });

  it('an id with no known line, or whose line is no longer plan text, is an error message with rule id and line — never dropped in silence', () => {
    const beyond = sourceLines.length + 5;
    const model = previousModel(first, (b) => (b.id === 'annex-s3-p2' ? { ...b, line: beyond } : b));
    const out = imp({ published: [...published, 'annex-s9'], model: { file: 'content/models/x.json', text: model } });
    const errors = out.messages.filter((m) => m.ruleId === ALIAS_RULES.unresolved);
    expect(errors).toEqual([
      expect.objectContaining({ severity: 'error', anchor: 'annex-s3-p2', line: beyond }),
      expect.objectContaining({ severity: 'error', anchor: 'annex-s9', line: null }),
    ]);
    expect(out.model.anchorAliases.map((a) => a.id)).not.toContain('annex-s9');
  });

  it('warns when the old text is not where its line now is (the source changed under the ids)', () => {
    const model = previousModel(first, (b) => (b.id === 'annex-s1-p1' ? { ...b, text: '完全不同的一句话。' } : b));
    const out = imp({ published, model: { file: 'content/models/x.json', text: model } });
    expect(out.messages).toContainEqual(expect.objectContaining({ ruleId: ALIAS_RULES.text, severity: 'warning', anchor: 'annex-s1-p1', line: lineOf('加强科学教育，开展科普活动。') }));
    expect(out.model.anchorAliases.map((a) => a.id)).toContain('annex-s1-p1');
  });

  it('a previous model that cannot be read is said so', () => {
    const out = imp({ published, model: { file: 'content/models/x.json', text: '{"blocks": 3}' } });
    expect(out.messages).toContainEqual(expect.objectContaining({ ruleId: ALIAS_RULES.unresolved, severity: 'warning' }));
  });

  it('without a previous reading nothing is aliased', () => {
    expect(first.model.anchorAliases).toEqual([]);
    expect(imp({ published: first.model.blocks.map((b) => b.id) }).model.anchorAliases).toEqual([]);
  });
});

describe('table rows keep their source lines', () => {
  it('rowLines gives the line each row starts on', () => {
    const table = first.model.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rowLines).toEqual(['1.青少年科学素质提升行动', '加强科学教育，开展科普活动。', '2.农民科学素质提升行动', '培育高素质农民，开展农村科普。', '3.加强组织领导', '各部门要加强协调配合。'].map(lineOf));
  });
  it('an annex row no measure takes is reported at its own line, not the table line', () => {
    const unmatched = first.messages.filter((m) => m.ruleId === 'responsibility/annex-row-unmatched');
    expect(unmatched).toContainEqual(expect.objectContaining({ line: lineOf('各部门要加强协调配合。') }));
  });
  it('a wrapped row starts at its first line (assembleRowsAt)', () => {
    const { rows, starts } = assembleRowsAt({ header: ['序号', '工作任务', '牵头单位', '参与单位'], lines: ['3\t推动校内外科学教育资源有效', '衔接\t县科协\t县教育局', '4\t开展科普活动\t县科协\t'] });
    expect(rows).toHaveLength(2);
    expect(starts).toEqual([0, 2]);
  });
  it('blockAt / rowAt: the last block or row starting at or before a line; a header line has no row', () => {
    const blocks = [
      { id: 'a', line: 1 },
      { id: 'b', line: 3 },
      { id: 'c', line: 3 },
      { id: 'd', line: 7 },
    ] as unknown as Parameters<typeof blockAt>[0];
    expect([0, 1, 2, 3, 6, 7, 99].map((l) => blockAt(blocks, l)?.id)).toEqual([undefined, 'a', 'a', 'b', 'b', 'd', 'd']);
    expect([4, 5, 6, 9].map((l) => rowAt([5, 8], l))).toEqual([undefined, 0, 0, 1]);
  });
});
