import { describe, expect, it } from 'vitest';
import { GROUPS, GROUP_KEYS, PROJECTS, PROJECT_KEYS, findEntries, isGroupKey, matchWording, projectAnchor } from '../../src/lib/taxonomy';

describe('taxonomy', () => {
  it('has the five priority groups and the key projects, each with Chinese and English labels', () => {
    expect(GROUPS.map((g) => g.key)).toEqual([...GROUP_KEYS]);
    expect(GROUPS.map((g) => g.zh)).toEqual(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员']);
    expect(PROJECTS.map((p) => p.key)).toEqual([...PROJECT_KEYS]);
    for (const e of [...GROUPS, ...PROJECTS]) {
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.en).toMatch(/^[A-Z]/);
      expect(e.wordings.length).toBeGreaterThan(0);
    }
  });
  it('maps the wordings plans use to the groups', () => {
    const key = (t: string) => findEntries(GROUPS, t).map((f) => f.key);
    expect(key('（二）实施城市劳动者科学素质提升行动')).toEqual(['workers']);
    expect(key('（三）开展产业工人科学素质提升行动')).toEqual(['workers']);
    expect(key('实施农民科学素质提升行动')).toEqual(['farmers']);
    expect(key('加强农民工职业技能培训')).toEqual(['workers']);
    expect(key('实施领导干部和公务员科学素质提升行动')).toEqual(['officials']);
    expect(key('青少年科学素质提升行动')).toEqual(['youth']);
    expect(key('老年人科学素质提升行动')).toEqual(['elderly']);
  });
  it('maps the wordings plans use to the key projects', () => {
    const key = (t: string) => findEntries(PROJECTS, t).map((f) => f.key);
    expect(key('（七）实施科普数字化赋能工程')).toEqual(['digital']);
    expect(key('（二）科普信息化提升工程')).toEqual(['digital']);
    expect(key('（四）实施科普公共服务能力提升工程')).toEqual(['grassroots']);
    expect(key('（十）实施科学素质合作促进工程')).toEqual(['cooperation']);
    expect(key('（六）实施科学素质国际交流与合作工程')).toEqual(['cooperation']);
    expect(key('（五）实施科普产业繁荣工程')).toEqual(['industry']);
    expect(key('（八）推进应急科普工程')).toEqual(['emergency']);
  });
  it('applies exclusions before matching', () => {
    expect(matchWording(GROUPS[1]!, '农民工')).toBeNull();
  });
  it('names anchors and recognises keys', () => {
    expect(projectAnchor('digital')).toBe('project-digital');
    expect(isGroupKey('elderly')).toBe(true);
    expect(isGroupKey('digital')).toBe(false);
  });
});
