import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix/build';
import { buildOverview } from '../../src/lib/matrix/overview';
import { fixturePlan } from '../support/plans';

describe('buildOverview', () => {
  it('counts, per province, the plans that single out each group', () => {
    const a = fixturePlan('a-2023-2025');
    const b = fixturePlan('b-2023-2025');
    const c = { ...fixturePlan('c-2023-2025') };
    c.data = { ...c.data, region: { ...c.data.region, parents: ['另一省'] }, groups: { ...c.data.groups, youth: null } };
    const overview = buildOverview(buildMatrix([a, b, c], 'groups'));
    expect(overview.columns.map((col) => col.plans)).toEqual([2, 1]);
    expect(overview.columns[1]!.province).toBe('另一省');
    const youth = overview.rows.find((r) => r.key === 'youth')!;
    expect(youth.present).toEqual([2, 0]);
    expect(overview.rows).toHaveLength(5);
  });
});
