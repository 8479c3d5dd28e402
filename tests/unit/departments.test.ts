// Who is responsible: the department readers, on small inputs and on each of the five real plans.
import { describe, expect, it } from 'vitest';
import { parseResponsibility, splitDepartments, firstSentence } from '../../src/lib/importer/departments';
import { collectInputs } from '../../src/lib/importer/run';
import { importPlan } from '../../src/lib/importer/pipeline';
import type { PlanFrontmatter } from '../../src/lib/schema';

describe('splitDepartments', () => {
  it('splits on 、，； and keeps names as written', () => {
    expect(splitDepartments('市教育局、团市委，市科协；市妇联')).toEqual(['市教育局', '团市委', '市科协', '市妇联']);
  });
  it('splits where a separator was lost before 市/区/团', () => {
    expect(splitDepartments('市委宣传部市发展改革委、科技局、广电局团市委')).toEqual(['市委宣传部', '市发展改革委', '科技局', '广电局', '团市委']);
    expect(splitDepartments('市委宣传部市科协')).toEqual(['市委宣传部', '市科协']);
  });
  it('does not split 市委 or 团市委 off a name', () => {
    expect(splitDepartments('市委组织部、团市委、市委老干局')).toEqual(['市委组织部', '团市委', '市委老干局']);
  });
  it('splits run-together names the same plan writes separately elsewhere', () => {
    const vocab = new Set(['市科技局', '乡村振兴局', '人力资源社会保障局']);
    expect(splitDepartments('市科技局乡村振兴局', vocab)).toEqual(['市科技局', '乡村振兴局']);
    expect(splitDepartments('市人力资源社会保障局', vocab)).toEqual(['市人力资源社会保障局']);
  });
  it('drops duplicates and OCR debris', () => {
    expect(splitDepartments('区委宣传部、区教育局、区教育局、区政局局、区区政局局、区域，区域，')).toEqual(['区委宣传部', '区教育局']);
  });
  it('keeps a collective, without the verb phrase', () => {
    expect(splitDepartments('省全民科学素质纲要实施工作办公室其他成员单位按职责分工负责')).toEqual(['省全民科学素质纲要实施工作办公室其他成员单位']);
  });
});

describe('parseResponsibility', () => {
  it('reads Shenzhen 牵头部门：/配合部门： lines', () => {
    expect(parseResponsibility('牵头部门：市卫生健康委、市科协')).toEqual({ lead: ['市卫生健康委', '市科协'], support: [], responsible: [] });
    expect(parseResponsibility('配合部门：市委组织部、市委宣传部')).toEqual({ lead: [], support: ['市委组织部', '市委宣传部'], responsible: [] });
  });
  it('reads Zhejiang （责任单位：…牵头，…）', () => {
    expect(parseResponsibility('（责任单位：省教育厅、团省委、省科协牵头，省全民科学素质纲要实施工作办公室其他成员单位按职责分工负责）')).toEqual({
      lead: ['省教育厅', '团省委', '省科协'],
      support: ['省全民科学素质纲要实施工作办公室其他成员单位'],
      responsible: [],
    });
  });
  it('reads Baoshan （A牵头B配合） after a measure, also with the opening bracket lost', () => {
    expect(parseResponsibility('……提高能力。（市委组织部牵头，市人力资源社会保障局配合）')).toEqual({ lead: ['市委组织部'], support: ['市人力资源社会保障局'], responsible: [] });
    expect(parseResponsibility('提高科普服务质量和能力。市发展改革委，市科协牵头；市科技局、财政局配合）')).toEqual({
      lead: ['市发展改革委', '市科协'],
      support: ['市科技局', '财政局'],
      responsible: [],
    });
  });
  it('is null for ordinary text', () => {
    expect(parseResponsibility('加强科学教育（含学前教育）。')).toBeNull();
    expect(parseResponsibility('市科协要认真履行牵头单位职责。')).toBeNull();
  });
  it('reads 责任单位 without 牵头 as responsible, not lead', () => {
    expect(parseResponsibility('责任单位：市教育局、市科协')).toEqual({ lead: [], support: [], responsible: ['市教育局', '市科协'] });
  });
});

describe('firstSentence', () => {
  it('cuts at the first full stop and drops a trailing responsibility parenthesis', () => {
    expect(firstSentence('加强科学教育。更多内容。')).toBe('加强科学教育。');
    expect(firstSentence('加强科学教育（市教育局牵头）')).toBe('加强科学教育');
  });
});

describe('the five plans', () => {
  const { inputs } = collectInputs(process.cwd());
  const plans = new Map<string, PlanFrontmatter>(inputs.map((i) => [i.slug, importPlan(i).frontmatter]));
  const plan = (slug: string) => plans.get(slug)!;

  it('Shenzhen: 3.分工 paragraphs per section', () => {
    const elderly = plan('shenzhen-2022-2025').groups.elderly!;
    expect(elderly.departments.lead).toEqual(['市卫生健康委', '市科协']);
    expect(elderly.departments.support).toContain('市委组织部');
    expect(elderly.departments.support).toContain('市市场监管局');
    expect(elderly.items).toHaveLength(elderly.measures);
    expect(plan('shenzhen-2022-2025').groups.farmers).toBeNull();
    expect(plan('shenzhen-2022-2025').groups.workers!.departments.lead).toEqual(['市人力资源和社会保障局', '市总工会', '市科协']);
  });

  it('Zhejiang: one （责任单位：…） line per section', () => {
    const fm = plan('zhejiang-2021-2025');
    expect(fm.groups.youth!.departments.lead).toEqual(['省教育厅', '团省委', '省科协']);
    expect(fm.groups.elderly!.departments.lead).toEqual(['省民政厅', '省卫生健康委', '省科协']);
    expect(fm.groups.youth!.departments.support).toEqual(['省全民科学素质纲要实施工作办公室其他成员单位']);
  });

  it('Baoshan: per measure, with lost separators split and abbreviations aliased', () => {
    const fm = plan('baoshan-2021-2025');
    const farmers = fm.groups.farmers!;
    expect(farmers.items[2]).toMatchObject({ number: '3.', lead: ['市科技局', '乡村振兴局'], statedAt: farmers.items[2]!.anchor + '-p1' });
    expect(farmers.items[0]!.lead).toEqual(['市委宣传部', '市科协']);
    expect(fm.groups.youth!.items[0]!.support.slice(0, 3)).toEqual(['市委宣传部', '市发展改革委', '科技局']);
    expect(fm.groups.officials!.items[1]).toMatchObject({ lead: ['市委组织部'], support: ['市人力资源社会保障局'] });
    expect(fm.projects.infrastructure!.items[0]).toMatchObject({ lead: ['市发展改革委', '市科协'], support: ['市科技局', '财政局'] });
    expect(fm.departmentAliases).toMatchObject({ 宣传部: '市委宣传部', 科技局: '市科技局', 卫生健康委: '市卫生健康委' });
    for (const s of Object.values(fm.groups)) for (const item of s?.items ?? []) expect(item.lead.length).toBeGreaterThan(0);
  });

  it('Nansha: annex table rows matched to the body measures', () => {
    const fm = plan('guangzhou-nansha-2022-2025');
    const youth = fm.groups.youth!;
    expect(youth.items).toHaveLength(6);
    expect(youth.items[0]).toMatchObject({ text: '将弘扬科学精神贯穿于育人全链条。', lead: ['区教育局'], support: ['区科协'] });
    expect(youth.items[0]!.statedAt).toMatch(/^annex-/);
    expect(youth.items[5]).toMatchObject({ lead: ['区教育局'], support: [] });
    expect(fm.groups.elderly!.items[0]).toMatchObject({ lead: ['区委组织部'], support: ['市公安局南沙区分局', '区民政局', '区科协'] });
    // Every measure of every section found its row.
    for (const s of [...Object.values(fm.groups), ...Object.values(fm.projects)]) for (const item of s?.items ?? []) expect(item.lead.length, item.text).toBeGreaterThan(0);
    expect(fm.projects.emergency!.departments.lead).toEqual(['区应急管理局']);
  });

  it('Ezhou: flattened annex, 责任单位 kept as responsible (no lead invented)', () => {
    const fm = plan('ezhou-2021-2025');
    const youth = fm.groups.youth!;
    expect(youth.departments.lead).toEqual([]);
    expect(youth.items[0]).toMatchObject({ lead: [], responsible: ['市教育局', '市科协', '市科技局', '市财政局'], statedAt: 'annex-s1-p1' });
    expect(youth.items[3]!.responsible).toContain('团市委');
    expect(fm.groups.elderly!.items[1]!.responsible).toEqual(['市委老干部局', '市民政局']);
    // An annex line no body measure matches still counts for its task's section.
    expect(fm.groups.officials!.departments.responsible).toEqual(['市委组织部', '市委宣传部', '市督查考评办', '市委党校', '市科协']);
    expect(fm.projects.digital!.departments.responsible).toEqual(expect.arrayContaining(['市委宣传部', '市融媒体中心']));
  });
});
