import { describe, expect, it } from 'vitest';
import { cvTerms, weightedCoefficientOfVariation } from '../../../src/lib/engine/weighted-cv';

describe('cvTerms: the sums a CV working shows', () => {
  // (students, books) from the weightedCoefficientOfVariation example.
  const P = [45, 37, 89, 76, 55];
  const x = [279 / 45, 137 / 37, 935 / 89, 160 / 76, 402 / 55];
  const { mean, sd, cv } = weightedCoefficientOfVariation(P, x);
  const parts = P.map((p, i) => ({ students: p, value: x[i]!, deviation: x[i]! - mean }));
  const total = P.reduce((a, b) => a + b, 0);

  it('ΣP·x / ΣP is the mean and sqrt(ΣP·(x − x̄)² / ΣP) the standard deviation of the CV', () => {
    const t = cvTerms(parts);
    expect(t.px).toEqual(P.map((p, i) => p * x[i]!));
    expect(t.sumPx! / total).toBeCloseTo(mean, 12);
    expect(Math.sqrt(t.sumPd2! / total)).toBeCloseTo(sd, 12);
    expect(Math.sqrt(t.sumPd2! / total) / (t.sumPx! / total)).toBeCloseTo(cv!, 12);
  });

  it('a missing value leaves its products and both sums without a figure', () => {
    const t = cvTerms([...parts.slice(1), { students: 10, value: null, deviation: null }]);
    expect(t.px.at(-1)).toBeNull();
    expect(t.pd2.at(-1)).toBeNull();
    expect(t.sumPx).toBeNull();
    expect(t.sumPd2).toBeNull();
  });
});
