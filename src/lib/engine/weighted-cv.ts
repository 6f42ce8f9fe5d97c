/**
 * Student-weighted coefficient of variation (校际差异系数), population form.
 */
import type { CvPartWorking } from './types';

export interface WeightedCvResult {
  /** x̄ = Σ P·x / Σ P. */
  mean: number;
  /** S = sqrt(Σ P·(x − x̄)² / Σ P). */
  sd: number;
  /** S / x̄; null when x̄ = 0. */
  cv: number | null;
}

/** Relative difference under which two values count as the same (see below). */
const EQUAL_RELATIVE = 1e-12;

/**
 * CV = S / x̄ with x̄ = ΣPᵢxᵢ/ΣPᵢ and S = sqrt(ΣPᵢ(xᵢ − x̄)²/ΣPᵢ) (no n − 1). One point gives
 * CV 0; x̄ = 0 gives cv null (never NaN). Weights must sum to more than 0.
 * @example
 * // (students, books): (45,279) (37,137) (89,935) (76,160) (55,402); x = books / students
 * weightedCoefficientOfVariation([45, 37, 89, 76, 55], [279/45, 137/37, 935/89, 160/76, 402/55]).cv // 0.5153…
 */
export function weightedCoefficientOfVariation(weights: ArrayLike<number>, values: ArrayLike<number>): WeightedCvResult {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < weights.length; i++) {
    sw += weights[i]!;
    swx += weights[i]! * values[i]!;
  }
  if (!(sw > 0)) throw new Error('内部错误：权重之和须大于 0');
  // One point, or every value the same: x̄ is that value and S = 0 exactly. Computed in
  // floating point, ΣP·x/ΣP can be an ulp off x and leave S ≈ 1e-16 (a CV of 1.5e-16 where
  // the method gives 0). Values equal in exact arithmetic can also differ in their last bits
  // (75.4 m² / 13 = 5.800000000000001 beside 5.8), so "the same" is within 1e-12 relative —
  // far below any real difference between two schools' ratios of CSV figures.
  // All values 0 is the x̄ = 0 case below (one point aside).
  const v0 = values[0]!;
  let allEqual = true;
  for (let i = 1; i < values.length; i++)
    if (Math.abs(values[i]! - v0) > EQUAL_RELATIVE * Math.abs(v0)) {
      allEqual = false;
      break;
    }
  if (weights.length === 1) return { mean: values[0]!, sd: 0, cv: 0 };
  if (allEqual && values[0] !== 0) return { mean: values[0]!, sd: 0, cv: 0 };
  const mean = swx / sw;
  let ss = 0;
  for (let i = 0; i < weights.length; i++) {
    const d = values[i]! - mean;
    ss += weights[i]! * d * d;
  }
  const sd = Math.sqrt(ss / sw);
  let allZero = true;
  for (let i = 0; i < values.length; i++)
    if (values[i] !== 0) {
      allZero = false;
      break;
    }
  if (allZero) return { mean: 0, sd: 0, cv: null };
  return { mean, sd, cv: sd / mean };
}

/** The products and sums a CV's working shows; null where an input is missing. */
export interface CvTerms {
  /** P·x of each part. */
  px: (number | null)[];
  /** P·(x − x̄)² of each part. */
  pd2: (number | null)[];
  /** Σ P·x (the numerator of x̄). */
  sumPx: number | null;
  /** Σ P·(x − x̄)² (the numerator of S²). */
  sumPd2: number | null;
}

/** The working's products and their sums, from its parts (pages and the report show them). */
export function cvTerms(parts: readonly Pick<CvPartWorking, 'students' | 'value' | 'deviation'>[]): CvTerms {
  const px = parts.map((p) => (p.value === null ? null : p.students * p.value));
  const pd2 = parts.map((p) => (p.deviation === null ? null : p.students * p.deviation * p.deviation));
  const sum = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0));
  return { px, pd2, sumPx: sum(px), sumPd2: sum(pd2) };
}
