import { describe, expect, it } from 'vitest';
import { PROVINCES, isProvince, levelOf, provinceOf, shortNameOf } from '../../src/lib/regions';

describe('the region table', () => {
  it('has the 34 provincial-level divisions, each a province by its own test', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES).size).toBe(34);
    for (const p of PROVINCES) expect(isProvince(p), p).toBe(true);
  });
  it('tells the level from the unit word; municipalities are provinces', () => {
    expect(['北京市', '广西壮族自治区', '某市', '某州', '某区', '某县', '某旗', '某自治县'].map(levelOf)).toEqual(['province', 'province', 'city', 'city', 'district', 'county', 'county', 'county']);
  });
  it('shortens a name by its unit word only while two characters remain', () => {
    expect(['某某市', '某某省', '沙市', '某某自治县'].map(shortNameOf)).toEqual(['某某', '某某', '沙市', '某某']);
  });
  it('finds the province among the parents', () => {
    expect(provinceOf({ name: '某区', level: 'district', parents: ['某市', '某某省'] })).toBe('某某省');
    expect(provinceOf({ name: '天津市', level: 'province', parents: [] })).toBe('天津市');
    expect(provinceOf({ name: '某县', level: 'county', parents: ['某市'] })).toBeNull();
  });
});
