import { describe, expect, it } from 'vitest';
import { classify, leadSentence, numberValue } from '../../src/lib/importer/classify';
import { outline } from '../../src/lib/importer/outline';
import { toLines } from '../../src/lib/importer/decode';

const plan = (body: string) =>
  classify(outline(toLines(`某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各区：\n某市全民科学素质行动实施方案（2021—2025年）\n前言。\n${body}`), 'f.txt').blocks);

const GROUPS_BODY = [
  '一、总体要求', '（一）指导思想', '坚持协同。', '二、重点任务',
  '（一）实施青少年科学素质提升行动。', '1.加强科学教育。', '措施一。',
  '（二）实施城市劳动者科学素质提升行动。', '措施。',
  '（三）实施老年人科学素质提升行动。', '（四）实施领导干部和公务员科学素质提升行动。',
  '（五）实施科普信息化提升工程', '1.协同推进应急科普。', '（六）实施基层科普能力提升工程', '三、组织实施', '（一）加强组织领导', '领导。',
].join('\n');

describe('numberValue', () => {
  it('reads Chinese and Arabic numbering', () => {
    expect(['一、', '（十）', '十二、', '二十三、', '3.', '（4）'].map(numberValue)).toEqual([1, 10, 12, 23, 3, 4]);
  });
});

describe('classify', () => {
  const result = plan(GROUPS_BODY);
  const ids = result.blocks.map((b) => b.id);
  it('finds the group sections, including other wordings such as 城市劳动者', () => {
    expect(result.groups.map((g) => [g.key, g.matched])).toEqual([['youth', '青少年'], ['workers', '城市劳动者'], ['elderly', '老年人'], ['officials', '领导干部和公务员']]);
  });
  it('records an absent group by leaving it out, never by faking a section', () => {
    expect(result.groups.find((g) => g.key === 'farmers')).toBeUndefined();
    expect(ids).not.toContain('farmers');
  });
  it('finds key-project sections; a sub-item of another project naming one is a mention, not a project', () => {
    expect(result.projects.map((p) => p.key)).toEqual(['digital', 'grassroots']);
    expect(result.mentions.map((m) => m.key)).toContain('emergency');
  });
  it('gives canonical ids to group and project sections and structural ids to the rest', () => {
    expect(ids).toEqual([
      'notice', 'notice-p1', 'plan', 'plan-p1', 's1', 's1-1', 's1-1-p1', 's2', 'youth', 's2-1-1', 's2-1-1-p1', 'workers', 'workers-p1', 'elderly', 'officials',
      'project-digital', 'project-emergency', 'project-grassroots', 's3', 's3-1', 's3-1-p1',
    ]);
  });
  it('does not classify administrative chapters (组织实施, 保障)', () => {
    const r = plan('一、组织实施\n（一）加强老年人工作的组织领导\n正文。');
    expect(r.groups).toEqual([]);
  });
  it('ids do not depend on paragraphs added elsewhere', () => {
    const more = plan(GROUPS_BODY.replace('坚持协同。', '坚持协同。\n新增一段。\n再增一段。'));
    const pick = (bs: { id: string }[]) => bs.map((b) => b.id).filter((id) => !id.startsWith('s1-1-p'));
    expect(pick(more.blocks)).toEqual(pick(result.blocks));
  });
  it('makes duplicate structural ids unique', () => {
    const r = plan('一、甲\n一、乙');
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['notice', 'plan', 's1', 's1-2']);
  });
});

describe('project mentions', () => {
  it('reads the lead sentence of a measure paragraph', () => {
    expect(leadSentence('建立应急科普工作机制。建立完善市级科普专家库。')).toBe('建立应急科普工作机制。');
    expect(leadSentence('在党校、行政学院和干部教育培训机构中针对不同的培训对象，采取专题讲座等方式。')).toBeNull();
  });
  it('finds key projects a plan names only in a measure, outside administrative chapters', () => {
    const r = plan('一、重点任务\n（一）实施基层科普能力提升工程\n协同推进应急科普。坚持平战结合。\n加强科普人才队伍建设。探索增设科普专业。\n二、组织实施\n加强科普产业指导。落实。');
    expect(r.projects.map((p) => p.key)).toEqual(['grassroots']);
    expect(r.mentions.map((m) => [m.key, m.lead, r.blocks[m.index]!.id])).toEqual([
      ['emergency', '协同推进应急科普。', 'project-grassroots-p1'],
      ['talent', '加强科普人才队伍建设。', 'project-grassroots-p2'],
    ]);
  });
});

describe('classify: administrative chapters', () => {
  const admin = ['组织实施', '保障措施', '工作步骤', '实施步骤', '进度安排', '总体要求', '前言', '发展基础', '指导思想', '基本原则', '主要目标'];
  it.each(admin)('a chapter “%s” holds no group section', (chapter) => {
    const r = plan(`一、${chapter}\n（一）实施青少年科学素质提升行动\n措施。`);
    expect(r.groups).toEqual([]);
  });
  it('the same heading under a chapter of tasks is the group’s section', () => {
    expect(plan('一、重点任务\n（一）实施青少年科学素质提升行动\n措施。').groups.map((g) => g.key)).toEqual(['youth']);
  });
});

describe('classify: sections named in their shortest wording under a chapter on groups or projects', () => {
  it('a bare group wording under a chapter on 人群 or 群体 is that group', () => {
    expect(plan('一、提升重点人群科学素质\n（一）青少年\n措施。').groups.map((g) => g.key)).toEqual(['youth']);
    expect(plan('一、提升重点群体科学素质\n（一）青少年\n措施。').groups.map((g) => g.key)).toEqual(['youth']);
    expect(plan('一、重点任务\n（一）青少年\n措施。').groups).toEqual([]);
  });
  it('a bare project wording under a chapter on 重点工程, 五项工程 or 六大工程 is that project', () => {
    for (const chapter of ['实施重点工程', '实施五项工程', '实施六大工程']) expect(plan(`一、${chapter}\n（一）科技资源科普化\n措施。`).projects.map((p) => p.key), chapter).toEqual(['resources']);
    expect(plan('一、重点任务\n（一）科技资源科普化\n措施。').projects).toEqual([]);
  });
});

describe('classify: lead sentences and ids', () => {
  it('a lead sentence is 2 to 30 characters then 。', () => {
    expect(leadSentence('加强。后文')).toBe('加强。');
    expect(leadSentence('加。后文')).toBeNull();
    expect(leadSentence(`${'科'.repeat(30)}。后文`)).toBe(`${'科'.repeat(30)}。`);
    expect(leadSentence(`${'科'.repeat(31)}。后文`)).toBeNull();
    expect(leadSentence('加强；科普。')).toBeNull();
  });
  it('a measure paragraph whose lead sentence names a project the plan does not single out is a mention', () => {
    const r = plan('一、重点任务\n（一）实施青少年科学素质提升行动\n加强应急科普。开展演练。');
    expect(r.mentions.map((m) => [m.key, m.lead])).toEqual([['emergency', '加强应急科普。']]);
    expect(plan('一、组织实施\n（一）加强领导\n加强应急科普。开展演练。').mentions).toEqual([]);
  });
  it('gives a repeated structural id a suffix and counts paragraphs per heading', () => {
    const r = plan('一、重点任务\n段一。\n段二。\n一、重点任务\n段。');
    expect(r.blocks.filter((b) => b.part === 'body').map((b) => b.id)).toEqual(['plan', 'plan-p1', 's1', 's1-p1', 's1-p2', 's1-2', 's1-2-p1']);
  });
});
