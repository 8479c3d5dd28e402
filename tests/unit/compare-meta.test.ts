import { describe, expect, it } from 'vitest';
import { compareDepartments, departmentKey, metadataRows, planDepartments, targetRows, type ComparePlanData } from '../../src/lib/compare/meta';
import { compareParams, compareUrl, matchingPlans, resolvePlan } from '../../src/lib/compare/plans';
import type { PlanListRow } from '../../src/lib/search/files';
import { loadPlans } from '../support/plans';

const plan = (over: Partial<ComparePlanData>): ComparePlanData => ({
  slug: 'x',
  title: '某方案',
  shortName: '某市',
  region: { name: '某市', level: 'city', parents: ['某省'] },
  issuer: null,
  documentNumber: null,
  signedDate: null,
  publishedDate: null,
  printedDate: null,
  period: null,
  literacyTarget: null,
  targets: [],
  groups: {},
  projects: {},
  measures: [],
  ...over,
});

describe('metadata rows', () => {
  it('absent is null on its side, never the same as anything', () => {
    const rows = metadataRows(plan({ period: { from: 2021, to: 2025 }, signedDate: '2022-01-28' }), plan({ period: { from: 2021, to: 2025 } }));
    expect(rows.find((r) => r.label === '实施期限')).toEqual({ label: '实施期限', a: '2021—2025年', b: '2021—2025年', same: true });
    expect(rows.find((r) => r.label === '成文日期')).toEqual({ label: '成文日期', a: '2022年1月28日', b: null, same: false });
    expect(rows.find((r) => r.label === '文号')).toMatchObject({ a: null, b: null, same: false });
  });

  it('targets line up by what they count', () => {
    const t = (measure: string, value: number) => ({ sentence: 's', year: 2025, value, unit: '个', comparator: null, measure });
    const rows = targetRows(plan({ targets: [t('科普基地', 10), t('志愿者', 5)] }), plan({ targets: [t('科普基地', 12)] }));
    expect(rows).toEqual([
      { label: '科普基地', a: '2025年10个', b: '2025年12个', same: false },
      { label: '志愿者', a: '2025年5个', b: null, same: false },
    ]);
  });
});

describe('departments', () => {
  it('departmentKey keeps the 市 of 市场: 市场监管局 and 区市场监管局 are one office', () => {
    const region = { name: '某区', level: 'district' as const, parents: ['某市'] };
    expect(departmentKey('市场监管局', region)).toBe('市场监管局');
    expect(departmentKey('区市场监管局', region)).toBe('市场监管局');
  });
  it('departmentKey sets aside the plan’s own place and one level character', () => {
    expect(departmentKey('深圳市科协', { name: '深圳市', level: 'city', parents: ['广东省'] })).toBe('科协');
    expect(departmentKey('市科协', { name: '深圳市', level: 'city', parents: ['广东省'] })).toBe('科协');
    expect(departmentKey('区科协', { name: '南沙区', level: 'district', parents: ['广东省', '广州市'] })).toBe('科协');
    expect(departmentKey('省教育厅', { name: '浙江省', level: 'province', parents: [] })).toBe('教育厅');
    // a name that is only the place and one character is kept whole
    expect(departmentKey('市委', { name: '某市', level: 'city', parents: [] })).toBe('市委');
  });

  it('counts leads and supports per side and lists departments only one side names', () => {
    const a = plan({ measures: [{ lead: ['市教育局'], support: ['市科协', '市财政局'], responsible: [] }] });
    const b = plan({ region: { name: '某区', level: 'district', parents: [] }, measures: [{ lead: ['区科协'], support: ['区教育局'], responsible: ['区民政局'] }] });
    const d = compareDepartments(a, b);
    expect(d.rows.map((r) => [r.label, r.a, r.b])).toEqual([
      ['牵头部门（个）', '1', '1'],
      ['配合部门（个）', '2', '1'],
      ['所列部门合计（个）', '3', '3'],
    ]);
    expect(d.onlyA).toEqual(['市财政局']);
    expect(d.onlyB).toEqual(['区民政局']);
    expect(d.both.sort()).toEqual(['市教育局', '市科协'].sort());
  });

  it('on the plans in content/: every department a plan names for a group or project is counted', () => {
    for (const p of loadPlans()) {
      const data = { ...plan({}), ...p.data, slug: p.id, measures: null } as ComparePlanData;
      const deps = planDepartments(data);
      for (const s of [...Object.values(p.data.groups), ...Object.values(p.data.projects)]) {
        for (const name of [...(s?.departments.lead ?? []), ...(s?.departments.support ?? [])]) expect(deps.has(departmentKey(name, data.region)), `${p.id}: ${name}`).toBe(true);
      }
    }
  });
});

describe('choosing plans', () => {
  const list: PlanListRow[] = [
    ['shenzhen-2022-2025', '深圳', 'city', '广东省'],
    ['guangzhou-nansha-2022-2025', '南沙', 'district', '广东省'],
    ['nanshan-2022-2025', '南山', 'district', '广东省'],
    ['nanshan-2026-2030', '南山', 'district', '广东省'],
  ];
  it('reads a and b from the query and writes them back', () => {
    expect(compareParams('?a=x&b=%E6%B7%B1%E5%9C%B3')).toEqual({ a: 'x', b: '深圳' });
    expect(compareParams('')).toEqual({ a: '', b: '' });
    expect(compareUrl('x', '')).toBe('/compare/?a=x');
    expect(compareUrl('', '')).toBe('/compare/');
  });
  it('resolves a slug, a unique name, a unique part of a name; several: the candidates', () => {
    expect(resolvePlan('shenzhen-2022-2025', list)).toEqual({ slug: 'shenzhen-2022-2025' });
    expect(resolvePlan('深圳', list)).toEqual({ slug: 'shenzhen-2022-2025' });
    expect(resolvePlan('南沙', list)).toEqual({ slug: 'guangzhou-nansha-2022-2025' });
    expect(resolvePlan('南山', list)).toEqual({ candidates: list.slice(2) });
    expect(resolvePlan('南', list)).toEqual({ candidates: list.slice(1) });
    expect(resolvePlan('北京', list)).toEqual({ candidates: [] });
  });
  it('lists the plans whose name, province or slug contains what is typed, at most the maximum', () => {
    expect(matchingPlans('广东', list, 2)).toHaveLength(2);
    expect(matchingPlans('  ', list)).toEqual([]);
  });
});
