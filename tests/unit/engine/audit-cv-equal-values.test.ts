/**
 * Audit (branch audit-engine): when every in-scope part has the same value, the CV is exactly
 * 0 (S = 0) and x̄ is that value. Floating point used to give x̄ = 5.799999999999999 and
 * CV ≈ 1.5e-16 for parts all at 5.8, a non-zero CV in results.json where the method gives 0
 * (a relative comparison of 0 with 1.5e-16 never matches).
 */
import { describe, expect, it } from 'vitest';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { weightedCoefficientOfVariation } from '../../../src/lib/engine/weighted-cv';
import { weightedCv } from '../../reference/compute-results';
import { makeDataset } from './make-dataset';

describe('CV of equal values is exactly 0', () => {
  it('weightedCoefficientOfVariation', () => {
    expect(weightedCoefficientOfVariation([1, 1, 13], [5.8, 5.8, 5.8])).toEqual({ mean: 5.8, sd: 0, cv: 0 });
    expect(weightedCoefficientOfVariation([1, 4, 13], [4.2, 4.2, 4.2])).toEqual({ mean: 4.2, sd: 0, cv: 0 });
  });

  it('values equal in exact arithmetic but not in their last bits: 75.4/13 beside 5.8', () => {
    expect(75.4 / 13).not.toBe(5.8);
    expect(weightedCoefficientOfVariation([13, 10], [75.4 / 13, 5.8]).cv).toBe(0);
    expect(
      weightedCv(
        [
          { P: 13, x: 75.4 / 13 },
          { P: 10, x: 5.8 },
        ],
        0.45,
      ).cv,
    ).toBe(0);
    // A real difference, however small in a school's figures, is still a CV.
    expect(weightedCoefficientOfVariation([1, 1], [5.8, 5.8001]).cv).toBeGreaterThan(0);
  });

  it('reference weightedCv', () => {
    expect(
      weightedCv(
        [
          { P: 1, x: 5.8 },
          { P: 1, x: 5.8 },
          { P: 13, x: 5.8 },
        ],
        0.45,
      ),
    ).toEqual({ cv: 0, mean: 5.8, cv_met: true });
  });

  it('results.json of schools all at the 初中 R4 standard', () => {
    expect([5.8 / 1, 11.6 / 2, 23.2 / 4]).toEqual([5.8, 5.8, 5.8]);
    const ds = makeDataset({
      schools: [
        { school_id: 'A', type: '初中' },
        { school_id: 'B', type: '初中' },
        { school_id: 'C', type: '初中' },
      ],
      sections: [
        { school_id: 'A', stage: '初中', students: 1 },
        { school_id: 'B', stage: '初中', students: 2 },
        { school_id: 'C', stage: '初中', students: 4 },
      ],
      facilities: [
        { school_id: 'A', teaching_area: 5.8 },
        { school_id: 'B', teaching_area: 11.6 },
        { school_id: 'C', teaching_area: 23.2 },
      ],
    });
    const j = buildResultsJson(computeYear(ds, 2024));
    expect(j.resource.junior!.cv.R4).toBe(0);
    expect(j.resource.junior!.mean.R4).toBe(5.8);
  });
});
