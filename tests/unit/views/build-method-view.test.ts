import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/dataset/types';
import { buildMethodView } from '../../../src/lib/views/build-method-view';

const ds = (over: Partial<Dataset['county']> = {}, demo = false) =>
  ({ demo, county: { small_site_min_students: 50, private_in_scope: false, ...over } }) as unknown as Pick<Dataset, 'demo' | 'county'>;

describe('buildMethodView', () => {
  const v = buildMethodView(ds());

  it('quotes the thresholds of the standard as the text writes them', () => {
    expect(v.floorShareText).toBe('85%');
    expect(v.partMinMetText).toBe('6');
    expect(v.allowedUnmetText).toBe('一');
    expect(v.cvCriticalBandText).toBe('0.005');
    expect(v.q9MaxRateText).toBe('0.15');
    expect(v.cvLimitText).toEqual({ primary: '0.50', junior: '0.45' });
    expect(v.juniorCvLimitPlain).toBe('0.45');
    expect(v.splitFactorText).toEqual({ primary: '1', junior: '1.1', senior: '1.32' });
  });

  it('lists R1–R7 with both stages’ standards and units', () => {
    expect(v.resourceRows.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
    expect(v.resourceRows[0]).toEqual({ id: 'R1', name: '每百名学生高学历教师数', primary: '4.2 人', junior: '5.3 人' });
    expect(v.resourceRows[5]!.junior).toBe('2500 元');
  });

  it('groups the 32 indicators by area, with their kind and data files', () => {
    expect(v.areas.map((a) => a.indicators.length)).toEqual([7, 15, 9, 1]);
    const g1 = v.areas[1]!.indicators[0]!;
    expect([g1.id, g1.kindText]).toEqual(['G1', '评估认定']);
    expect(v.areas[0]!.indicators[0]!.kindText).toBe('由数据计算');
    expect(v.areas[0]!.indicators[0]!.filesText).toMatch(/^sections\.csv（.+）$/);
    expect(v.vetoes.map((x) => x.id)).toEqual(['V1', 'V2', 'V3', 'V4']);
  });

  it('follows the county settings and the demo marker', () => {
    expect(v.privateText).toBe('民办学校不参与评估（本县设置）');
    const other = buildMethodView(ds({ small_site_min_students: 30, private_in_scope: true }, true));
    expect([other.smallSiteMinStudents, other.privateText, other.demo]).toEqual([30, '民办学校参与评估', true]);
  });
});
