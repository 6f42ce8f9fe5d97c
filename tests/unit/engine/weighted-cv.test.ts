import { describe, expect, it } from 'vitest';
import { weightedCoefficientOfVariation } from '../../../src/lib/engine/weighted-cv';
import { computeStageCv } from '../../../src/lib/engine/compute-resource';
import type { SchoolPart } from '../../../src/lib/engine/types';

describe('weightedCoefficientOfVariation', () => {
  it('matches the worked example (students, books) → 0.5153, not the unweighted 0.489', () => {
    // x_i = books / students: 279/45 = 6.2, 137/37 = 3.70…, 935/89 = 10.51…, 160/76 = 2.10…, 402/55 = 7.30…
    // x̄ = ΣP·x / ΣP = Σbooks / Σstudents = 1913 / 302 = 6.334…
    // S = sqrt(ΣP(x − x̄)² / ΣP) = 3.2639…; CV = S / x̄ = 0.51526
    // (unweighted population CV of the five x_i is 0.4888 — the wrong answer)
    const students = [45, 37, 89, 76, 55];
    const books = [279, 137, 935, 160, 402];
    const r = weightedCoefficientOfVariation(
      students,
      books.map((b, i) => b / students[i]!),
    );
    expect(r.mean).toBeCloseTo(1913 / 302, 12);
    expect(r.cv).toBeCloseTo(0.5153, 4);
    expect(Math.abs(r.cv! - 0.489)).toBeGreaterThan(0.02);
  });
  it.each([
    { name: 'one point → CV 0 whatever its value', w: [10], x: [0], cv: 0 },
    { name: 'all equal → 0', w: [10, 20], x: [5, 5], cv: 0 },
    { name: 'mean 0 → null, never NaN', w: [10, 20], x: [0, 0], cv: null },
    // x̄ = (1·1 + 1·3)/2 = 2; S = sqrt((1 + 1)/2) = 1; CV = 0.5
    { name: 'population form (no n−1)', w: [1, 1], x: [1, 3], cv: 0.5 },
  ])('$name', ({ w, x, cv }) => {
    const r = weightedCoefficientOfVariation(w, x);
    if (cv === null) expect(r.cv).toBeNull();
    else expect(r.cv).toBeCloseTo(cv, 12);
  });
});

/** A part whose R1 is r1 (its input: r1 × students / 100 qualified teachers, exact for these figures). */
function part(id: string, students: number, r1: number | null): SchoolPart {
  const values = { R1: r1, R2: 1, R3: 1, R4: 1, R5: 1, R6: 1, R7: 1 };
  const inputs = { teachers_qualified: r1 === null ? null : (r1 * students) / 100 };
  return { school_id: id, name: id, stage: 'primary', students, values, inputs, split: null } as unknown as SchoolPart;
}

describe('computeStageCv', () => {
  it('missing value → mean, cv, cv_met null', () => {
    const c = computeStageCv('R1', 'primary', [part('A', 10, 5), part('B', 10, null)]);
    expect([c.mean, c.cv, c.cv_met]).toEqual([null, null, null]);
    expect(c.reason).toContain('B');
  });
  it('one part → cv 0, met, even at value 0', () => {
    const c = computeStageCv('R1', 'junior', [part('A', 10, 0)]);
    expect([c.cv, c.cv_met]).toEqual([0, true]);
  });
  it('x̄ = 0 → mean 0, cv null', () => {
    const c = computeStageCv('R1', 'primary', [part('A', 10, 0), part('B', 5, 0)]);
    expect([c.mean, c.cv, c.cv_met]).toEqual([0, null, null]);
  });
  it.each([
    // x̄ = 2; S = 1; CV = 0.5 → equal to the 小学 limit → met, 临界
    { stage: 'primary' as const, x: [1, 3], met: true, critical: true },
    // same CV against the 初中 limit 0.45 → not met (0.05 away: not 临界)
    { stage: 'junior' as const, x: [1, 3], met: false, critical: false },
  ])('limit $stage', ({ stage, x, met, critical }) => {
    const c = computeStageCv('R1', stage, [part('A', 1, x[0]!), part('B', 1, x[1]!)]);
    expect(c.cv_met).toBe(met);
    expect(c.critical).toBe(critical);
    expect(c.parts.map((p) => p.weight)).toEqual([0.5, 0.5]);
    expect(c.parts.map((p) => p.deviation)).toEqual([-1, 1]);
  });
});
