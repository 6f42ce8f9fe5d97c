/**
 * Exact comparison of quotients with decimal thresholds, so that a value equal to its
 * threshold in exact arithmetic always meets it (21 teachers for 500 students is 4.2 per
 * hundred, although 100 × 21 / 500 is not 4.2 in binary floating point).
 *
 * A finite JS number is read as the decimal its shortest representation shows (what the CSV
 * cell said), so every input is an exact rational n/d with bigint parts.
 */

/** An exact rational n/d with d > 0. */
export interface Rational {
  n: bigint;
  d: bigint;
}

const cache = new Map<number, Rational>();

/**
 * The exact decimal a finite number prints as.
 * @example rationalFromNumber(4.2) // { n: 42n, d: 10n }
 */
export function rationalFromNumber(x: number): Rational {
  if (Number.isInteger(x) && Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  const hit = cache.get(x);
  if (hit) return hit;
  if (!Number.isFinite(x)) throw new Error(`内部错误：数值无效（${x}）`);
  const s = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new Error(`内部错误：无法解析数值 ${s}`);
  const frac = m[3] ?? '';
  let n = BigInt(`${m[2]}${frac}`);
  let d = 10n ** BigInt(frac.length);
  const e = Number(m[4] ?? 0);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  if (m[1] === '-') n = -n;
  const r = { n, d };
  if (cache.size < 100_000) cache.set(x, r);
  return r;
}

/** a × b. */
export function mulRational(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a / b (b ≠ 0). */
export function divRational(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new Error('内部错误：除数为 0');
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

/**
 * Sign of a − b: −1, 0 or 1.
 * @example compareRational(rationalFromNumber(0.1 + 0.2), rationalFromNumber(0.3)) // 1
 */
export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l === r ? 0 : l > r ? 1 : -1;
}

/** Relative width of the band inside which floating point is not trusted to decide. */
export const EXACT_BAND = 1e-9;

/**
 * Sign of a − b decided in floating point, or null when a and b are within
 * EXACT_BAND·max(|a|, |b|) of each other (then only exact arithmetic may decide). The few
 * roundings behind a computed value are far below 1e-9 relative, so a sign outside the band
 * is the exact sign.
 * @example approxSign(4.3, 4.2) // 1
 * @example approxSign(100 * 21 / 500, 4.2) // null — too close: decide exactly
 */
export function approxSign(a: number, b: number): -1 | 1 | null {
  const diff = a - b;
  if (Math.abs(diff) > EXACT_BAND * Math.max(Math.abs(a), Math.abs(b))) return diff > 0 ? 1 : -1;
  return null;
}

/**
 * Compares numerator / denominator with a threshold (denominator > 0): in floating point when
 * the two are clearly apart, exactly (rationals) inside the 1e-9 band, so a quotient equal to
 * the threshold in exact arithmetic always compares 0.
 * @example compareQuotient(2100, 500, 4.2) // 0 — 100 × 21 / 500 equals 4.2
 */
export function compareQuotient(numerator: number, denominator: number, threshold: number): -1 | 0 | 1 {
  const fast = approxSign(numerator / denominator, threshold);
  if (fast !== null) return fast;
  return compareRational(divRational(rationalFromNumber(numerator), rationalFromNumber(denominator)), rationalFromNumber(threshold));
}

/**
 * a + b as the double nearest to the exact decimal sum of the decimals a and b print as, so
 * that a sum of CSV cells (a merged site's 40.3 m² and 0.3 m²) is read back by
 * rationalFromNumber as the exact decimal sum (40.6, not 40.599999999999994) and a value equal
 * to its threshold in exact arithmetic still meets it. Whole numbers take the fast path.
 * @example addDecimal(40.3, 0.3) // 40.6 (40.3 + 0.3 is 40.599999999999994)
 */
export function addDecimal(a: number, b: number): number {
  const sum = a + b;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(sum)) return sum;
  const ra = rationalFromNumber(a);
  const rb = rationalFromNumber(b);
  // Both denominators are powers of ten (see rationalFromNumber).
  const d = ra.d > rb.d ? ra.d : rb.d;
  const n = ra.n * (d / ra.d) + rb.n * (d / rb.d);
  const scale = d.toString().length - 1;
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return Number(neg ? `-${text}` : text);
}

/** Converts a rational to the nearest double. */
export function rationalToNumber(r: Rational): number {
  return Number(r.n) / Number(r.d);
}
