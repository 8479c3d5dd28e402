// Who is responsible: the department readers, on small inputs (the invariants over every plan's
// departments are in plans.test.ts).
import { describe, expect, it } from 'vitest';
import { parseResponsibility, splitDepartments, firstSentence } from '../../src/lib/importer/departments';

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
