/**
 * Plain exact fractions for the reference implementation (method.md v1.1: "Every decision is
 * exact (scaled integers or a rational/decimal type) … This includes the CV").
 *
 * Written for the reference alone (it does not use `src/lib/engine/rational.ts`). A number
 * from the dataset is read as the decimal it prints as — the decimal the CSV cell held.
 */

export interface Frac {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function frac(n: bigint, d: bigint = 1n): Frac {
  if (d === 0n) throw new Error('reference: division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** The exact decimal a JS number prints as (e.g. 0.1 → 1/10, 1.5e-7 → 15/100000000). */
export function fromNumber(x: number): Frac {
  if (!Number.isFinite(x)) throw new Error(`reference: not a finite number: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`reference: cannot read ${x}`);
  const digits = BigInt(`${m[2]}${m[3] ?? ''}`);
  const exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  const n = m[1] === '-' ? -digits : digits;
  return exp >= 0 ? frac(n * 10n ** BigInt(exp)) : frac(n, 10n ** BigInt(-exp));
}

export const add = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Frac, b: Frac): Frac => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Frac, b: Frac): Frac => frac(a.n * b.n, a.d * b.d);
export const div = (a: Frac, b: Frac): Frac => frac(a.n * b.d, a.d * b.n);

/** Sign of a − b. */
export function cmp(a: Frac, b: Frac): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l === r ? 0 : l > r ? 1 : -1;
}

/** Nearest double (for the published, unrounded values). */
export function toNumber(a: Frac): number {
  // Scale so that the quotient keeps 20 significant digits before converting.
  const scale = 10n ** 20n;
  const q = (a.n * scale) / a.d;
  return Number(q) / 1e20;
}
