/**
 * The exact side of the CV limit (method.md v1.1: `CV ≤ L` is decided as `S² ≤ L²·x̄²` on the
 * exact part values, with no tolerance).
 *
 * With x_i = N_i / P_i (N_i the part's exact numerator: 100 × a count, or an area, a sum of
 * money, a room count × 100 — split by the exact stage share where the school is split),
 * W = Σ P_i, A = Σ N_i² / P_i and B = Σ N_i:
 *   x̄ = B / W,   S² = A / W − x̄²,
 * so, multiplying by W² > 0,
 *   sign(S² − L²·x̄²) = sign(W·A − (1 + L²)·B²).
 * Everything is a bigint rational; no square root is taken.
 */
import { compareRational, mulRational, rationalFromNumber, type Rational } from './rational';
import { exactShareOf } from './split-facilities';
import { STAGE_LABEL, type ResourceId, type SchoolPart } from './types';

/** Which input each indicator divides by the part's students, and whether "per hundred". */
const INPUT = {
  R1: { key: 'teachers_qualified', perHundred: true, facility: null },
  R2: { key: 'teachers_backbone', perHundred: true, facility: null },
  R3: { key: 'teachers_pe_art', perHundred: true, facility: null },
  R4: { key: 'teaching_area', perHundred: false, facility: 'teaching_area' },
  R5: { key: 'sports_area', perHundred: false, facility: 'sports_area' },
  R6: { key: 'equipment_value', perHundred: false, facility: 'equipment_value' },
  R7: { key: 'multimedia_rooms', perHundred: true, facility: 'multimedia_rooms' },
} as const;

const HUNDRED: Rational = { n: 100n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function reduce(r: Rational): Rational {
  const g = gcd(r.n, r.d);
  return g > 1n ? { n: r.n / g, d: r.d / g } : r;
}

/**
 * The exact numerator N of a part's value x = N / students for one indicator (null when the
 * input is blank): the count or quantity as the decimal the CSV gave (merged sums are exact
 * decimals already), times the exact stage share when the school's facilities are split, × 100
 * for the "per hundred students" indicators.
 * @example exactNumerator(part with 21 qualified teachers, 'R1') // 2100/1
 */
export function exactNumerator(part: SchoolPart, id: ResourceId): Rational | null {
  const { key, perHundred, facility } = INPUT[id];
  let q: Rational;
  if (facility !== null && part.split) {
    const whole = part.split.totals[facility];
    if (whole === null) return null;
    q = mulRational(rationalFromNumber(whole), exactShareOf(part.split, STAGE_LABEL[part.stage]));
  } else {
    const x = part.inputs[key];
    if (x === null) return null;
    q = rationalFromNumber(x);
  }
  return reduce(perHundred ? mulRational(q, HUNDRED) : q);
}

/**
 * A sum of fractions kept per denominator (parts share few distinct denominators: powers of
 * ten and student counts), added up once at the end.
 */
class FractionSum {
  readonly #byDenominator = new Map<bigint, bigint>();

  add(r: Rational): void {
    this.#byDenominator.set(r.d, (this.#byDenominator.get(r.d) ?? 0n) + r.n);
  }

  total(): Rational {
    let n = 0n;
    let d = 1n;
    for (const [den, num] of this.#byDenominator) {
      const g = gcd(d, den);
      n = n * (den / g) + num * (d / g);
      d = (d / g) * den;
    }
    return reduce({ n, d });
  }
}

/**
 * Sign of CV − bound (bound ≥ 0) for the given parts, in exact arithmetic: the sign of
 * S² − bound²·x̄² (x̄ > 0). Parts must all have a value on `id` and students > 0.
 * @example compareCvExact(parts with x = 1 and 3, equal weights, 'R1', 0.5) // 0 — CV is exactly 0.5
 */
export function compareCvExact(parts: readonly SchoolPart[], id: ResourceId, bound: number): -1 | 0 | 1 {
  let w = 0n;
  const a = new FractionSum();
  const b = new FractionSum();
  for (const p of parts) {
    const n = exactNumerator(p, id);
    if (n === null) throw new Error(`内部错误：${p.name} 的 ${id} 没有数值，不能计算差异系数`);
    const students = BigInt(p.students);
    w += students;
    b.add(n);
    a.add(reduce({ n: n.n * n.n, d: n.d * n.d * students }));
  }
  const sumA = a.total();
  const sumB = b.total();
  const l = rationalFromNumber(bound);
  const onePlusL2: Rational = { n: l.d * l.d + l.n * l.n, d: l.d * l.d };
  const left = mulRational({ n: w, d: 1n }, sumA);
  const right = mulRational(onePlusL2, mulRational(sumB, sumB));
  return compareRational(left, right);
}
