/**
 * method.md v1.1: `CV ≤ L` is decided exactly, as `S² ≤ L²·x̄²` on the exact part values — no
 * tolerance (v1's `cv ≤ L·(1 + 1e-9)` let a CV of 0.4500000002750001 meet 0.45).
 */
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { exactNumerator } from '../../../src/lib/engine/exact-cv';
import { compareRational } from '../../../src/lib/engine/rational';
import type { FacilityRow } from '../../../src/lib/dataset/types';
import { makeDataset } from './make-dataset';

/** Two schools of one stage, students P each, one facility quantity each. */
function twoSchools(stage: '小学' | '初中', students: [number, number], key: keyof Omit<FacilityRow, 'line' | 'year' | 'school_id'>, values: [number, number]) {
  const ds = makeDataset({
    schools: [
      { school_id: 'A', type: stage },
      { school_id: 'B', type: stage },
    ],
    sections: [
      { school_id: 'A', stage, students: students[0] },
      { school_id: 'B', stage, students: students[1] },
    ],
    facilities: [
      { school_id: 'A', [key]: values[0] },
      { school_id: 'B', [key]: values[1] },
    ],
  });
  const year = computeYear(ds, 2024);
  return year.resource[stage === '小学' ? 'primary' : 'junior']!;
}

describe('the CV limit is decided exactly (S² ≤ L²·x̄²)', () => {
  it('two 2,000-student 初中 with equipment 5,500,000 and 14,500,000.01 元: CV 0.45000000027… does not meet 0.45', () => {
    const r = twoSchools('初中', [2000, 2000], 'equipment_value', [5_500_000, 14_500_000.01]);
    const cv = r.cv.R6;
    // Exactly: x = 2750 and 7250.000005, x̄ = 5000.0000025, S = 2250.0000025,
    // CV = 0.45 + 0.000001375 / 5000.0000025 ≈ 0.450000000275.
    expect(cv.cv!).toBeGreaterThan(0.45);
    expect(cv.cv! - 0.45).toBeLessThan(1e-9); // inside v1's tolerance, which let it pass
    expect(cv.cv_met).toBe(false);
    expect(cv.critical).toBe(true);
  });

  it('the same one cent lower (14,499,999.99 元) meets 0.45', () => {
    const cv = twoSchools('初中', [2000, 2000], 'equipment_value', [5_500_000, 14_499_999.99]).cv.R6;
    expect(cv.cv!).toBeLessThan(0.45);
    expect(cv.cv_met).toBe(true);
  });

  // Each CV equals its limit in exact arithmetic; floating point puts several of them an ulp above.
  it.each([
    // x = 1, 3 (equal weights): x̄ = 2, S = 1 → 0.5
    { stage: '小学' as const, students: [100, 100] as [number, number], values: [100, 300] as [number, number], limit: 0.5 },
    // x = 3.85, 10.15: x̄ = 7, S = 3.15 → 0.45 (float: 0.45000000000000007)
    { stage: '初中' as const, students: [100, 100] as [number, number], values: [385, 1015] as [number, number], limit: 0.45 },
    { stage: '初中' as const, students: [1, 1] as [number, number], values: [3.85, 10.15] as [number, number], limit: 0.45 },
    // Student-weighted: x = 8 (100 students) and 3 (400): x̄ = 4, S² = (100·16 + 400·1)/500 = 4 → 0.5
    { stage: '小学' as const, students: [100, 400] as [number, number], values: [800, 1200] as [number, number], limit: 0.5 },
    // x = 7.6 (100) and 3.1 (400): x̄ = 4, S² = (100·3.6² + 400·0.9²)/500 = 3.24 → 0.45
    { stage: '初中' as const, students: [100, 400] as [number, number], values: [760, 1240] as [number, number], limit: 0.45 },
  ])('$stage CV exactly at its limit $limit meets it ($values over $students students)', ({ stage, students, values, limit }) => {
    const cv = twoSchools(stage, students, 'teaching_area', values).cv.R4;
    expect(cv.limit).toBe(limit);
    expect(cv.cv!).toBeCloseTo(limit, 12);
    expect(cv.cv_met).toBe(true);
  });

  it('just above an exact limit does not meet it (7.6 → 7.6000001 m² per student)', () => {
    const cv = twoSchools('初中', [100, 400], 'teaching_area', [760.00001, 1240]).cv.R4;
    expect(cv.cv_met).toBe(false);
  });

  // 临界 (|CV − L| ≤ 0.005) is decided exactly too: equal weights, x = m(1 ± c) gives CV = c.
  it.each([
    { c: '0.455', values: [109, 291] as [number, number], critical: true, met: false },
    { c: '0.4551', values: [108.98, 291.02] as [number, number], critical: false, met: false },
    { c: '0.445', values: [111, 289] as [number, number], critical: true, met: true },
    { c: '0.4449', values: [111.02, 288.98] as [number, number], critical: false, met: true },
  ])('初中 CV $c: 临界 $critical', ({ values, critical, met }) => {
    const cv = twoSchools('初中', [100, 100], 'teaching_area', values).cv.R4;
    expect(cv.critical).toBe(critical);
    expect(cv.cv_met).toBe(met);
  });
});

describe('exactNumerator', () => {
  it('a split school: 166/397 of 23226 m² for the 小学 part (166 小学, 210 初中 students)', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'J', type: '九年一贯制' }],
      sections: [
        { school_id: 'J', stage: '小学', students: 166 },
        { school_id: 'J', stage: '初中', students: 210 },
      ],
      facilities: [{ school_id: 'J', teaching_area: 23226 }],
    });
    const parts = computeYear(ds, 2024).parts;
    const primary = exactNumerator(
      parts.find((p) => p.stage === 'primary')!,
      'R4',
    )!;
    const junior = exactNumerator(
      parts.find((p) => p.stage === 'junior')!,
      'R4',
    )!;
    expect(compareRational(primary, { n: 23226n * 166n, d: 397n })).toBe(0);
    expect(compareRational(junior, { n: 23226n * 231n, d: 397n })).toBe(0);
  });

  it('per hundred students: 100 × the count; a blank input: null', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'A' }],
      sections: [{ school_id: 'A', students: 500, teachers_qualified: 21, teachers_backbone: null }],
      facilities: [{ school_id: 'A' }],
    });
    const p = computeYear(ds, 2024).parts[0]!;
    expect(exactNumerator(p, 'R1')).toEqual({ n: 2100n, d: 1n });
    expect(exactNumerator(p, 'R2')).toBeNull();
  });
});
