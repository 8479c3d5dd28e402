import { describe, expect, it } from 'vitest';
import { planStatus, regionKey, successions } from '../../src/lib/plan-status';

const period = (from: number, to: number) => ({ from, to });

describe('planStatus', () => {
  it('is current through the last day of the period and ended the day after', () => {
    expect(planStatus(period(2021, 2025), '2025-12-31')).toBe('current');
    expect(planStatus(period(2021, 2025), '2026-01-01')).toBe('ended');
    expect(planStatus(period(2026, 2030), '2025-12-31')).toBe('upcoming');
    expect(planStatus(period(2026, 2030), '2026-01-01')).toBe('current');
    expect(planStatus(null, '2026-01-01')).toBe('unknown');
  });
});

describe('successions', () => {
  const region = (name: string, parents: string[] = ['某省']) => ({ name, level: 'city' as const, parents });
  const plan = (id: string, name: string, p: { from: number; to: number } | null, parents?: string[]) => ({ id, data: { region: region(name, parents), period: p } });

  it('links one region\'s successive plans both ways, in period order', () => {
    const s = successions([plan('b', '甲市', period(2026, 2030)), plan('a', '甲市', period(2021, 2025)), plan('c', '甲市', period(2031, 2035))]);
    expect(s.get('a')).toEqual({ previous: null, next: 'b' });
    expect(s.get('b')).toEqual({ previous: 'a', next: 'c' });
    expect(s.get('c')).toEqual({ previous: 'b', next: null });
  });
  it('does not link other regions, same periods, or plans without a period', () => {
    const s = successions([
      plan('a', '甲市', period(2021, 2025)),
      plan('x', '甲市', period(2026, 2030), ['另省']),
      plan('d', '乙市', period(2021, 2025)),
      plan('e', '乙市', period(2021, 2025)),
      plan('f', '丙市', null),
      plan('g', '丙市', period(2026, 2030)),
    ]);
    expect(s.size).toBe(0);
    expect(regionKey(region('甲市'))).not.toBe(regionKey(region('甲市', ['另省'])));
  });
});
