import { describe, expect, it } from 'vitest';
import { findSignature, implementedDocuments, isoDate, metadataFields, periodOf, regionOf, sentences, shortNameOf } from '../../src/lib/importer/metadata';

describe('metadata helpers', () => {
  it('reads dates in the forms the sources use, and nothing else', () => {
    expect(isoDate('2022年8月9日')).toBe('2022-08-09');
    expect(isoDate('2022年08月09日')).toBe('2022-08-09');
    expect(isoDate('2021- 12- 22 11: 01')).toBe('2021-12-22');
    expect(isoDate('2022-02-14 10:47')).toBe('2022-02-14');
    expect(isoDate('2022314')).toBeNull();
    expect(isoDate('2022年13月1日')).toBeNull();
  });
  it('reads the removed website metadata block, spaced labels and bullet pairs', () => {
    const fields = metadataFields([
      { rule: 'metadata-field', line: 1, text: '索  引  号: 011217651/2022-01557 文      号: 湖州政办发〔2022〕18号' },
      { rule: 'metadata-field', line: 2, text: '发布机构 : 湖州市人民政府办公室 发布日期: 2022年08月09日' },
      { rule: 'metadata-field', line: 3, text: '  • 发布日期' },
      { rule: 'metadata-field', line: 4, text: '  • 2022-04-24' },
      { rule: 'breadcrumb', line: 5, text: '> 首页 > 文件' },
    ]);
    expect(fields.get('文号')).toBe('湖州政办发〔2022〕18号');
    expect(fields.get('发布机构')).toBe('湖州市人民政府办公室');
    expect(fields.get('发布日期')).toBe('2022年08月09日');
  });
  it('finds the signature and its date, on one line or two', () => {
    expect(findSignature(['现将方案印发给你们。', '海城市人民政府', '2022年1月28日'])).toEqual({ issuer: '海城市人民政府', date: '2022年1月28日' });
    expect(findSignature(['沙湾市海港区人民政府 2022年12月9日'])).toEqual({ issuer: '沙湾市海港区人民政府', date: '2022年12月9日' });
    expect(findSignature(['湖州市人民政府办公室', '（此件公开发布）'])).toEqual({ issuer: '湖州市人民政府办公室', date: null });
    expect(findSignature(['现将方案印发给你们。'])).toBeNull();
  });
  it('reads the period from the title', () => {
    expect(periodOf('某方案（2021—2025年）')).toEqual({ from: 2021, to: 2025 });
    expect(periodOf('某方案（2022-2025年）')).toEqual({ from: 2022, to: 2025 });
    expect(periodOf('某方案')).toBeNull();
  });
  it('lists the documents a plan implements with their titles', () => {
    const preamble = '按照《国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知》（国发〔2021〕9号）、《广东省全民科学素质行动规划纲要实施方案（2021-2025年）》（粤府〔2021〕76号）要求';
    expect(implementedDocuments(preamble, null)).toEqual([
      { documentNumber: '国发〔2021〕9号', title: '国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知' },
      { documentNumber: '粤府〔2021〕76号', title: '广东省全民科学素质行动规划纲要实施方案（2021-2025年）' },
    ]);
  });
  it('derives region, level and parents from the title and implemented documents', () => {
    expect(regionOf('沙湾市海港区全民科学素质行动规划纲要实施方案', [{ title: '广东省全民科学素质行动规划纲要实施方案' }], {})).toEqual({ name: '海港区', level: 'district', parents: ['广东省', '沙湾市'] });
    expect(regionOf('浙江省全民科学素质行动规划纲要实施方案', [{ title: '国务院关于印发全民科学素质行动规划纲要的通知' }], {})).toEqual({ name: '浙江省', level: 'province', parents: [] });
    expect(regionOf('某县全民科学素质行动实施方案', [], { region: { parents: ['某省', '某市'] } })).toEqual({ name: '某县', level: 'county', parents: ['某省', '某市'] });
  });
  it('shortens region names', () => {
    expect(['海城市', '浙江省', '沙湾市海港区', '沙市'].map(shortNameOf)).toEqual(['海城', '浙江', '海港', '沙市']);
  });
  it('splits sentences at 。；！？', () => {
    expect(sentences('甲。乙；丙')).toEqual(['甲。', '乙；', '丙']);
  });
});
