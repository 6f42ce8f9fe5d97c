/**
 * Rounds half away from zero to `decimals` places, as Excel `ROUND` does. Binary noise is
 * removed first (15 significant digits, like Excel), so 1.005 → 1.01 and 4.195 → 4.2.
 *
 * @example roundHalfAway(4.195, 2) // → 4.2
 * @example roundHalfAway(-2.5, 0)  // → -3
 */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`roundHalfAway: not a finite number: ${x}`);
  if (x === 0) return 0;
  const units = fastRoundedUnits(x, decimals);
  // r / 10^d with both exact is the double nearest r·10^-d, as parsing `${r}e-d` gives.
  if (units !== null) return units === 0 ? 0 : units / (POW10[decimals] as number);
  return slowRoundHalfAway(x, decimals);
}

/** Exact powers of ten (10^0 … 10^15 are all exact doubles). */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The fast path (page builds format tens of millions of figures): |x| rounded to `decimals`
 * places as a signed whole number of units of 10^-decimals, or null when the fast path cannot
 * decide. Multiplying by 10^d is off from the slow path's decimal shift of the 15-digit value
 * by at most ~6e-15 relative; whenever the scaled value is farther than 1e-12 (relative) from
 * a half, both round the same way. Halves (1.005, 4.195, 2.5, …), large values and unusual
 * decimals take the slow, string-based path.
 */
function fastRoundedUnits(x: number, decimals: number): number | null {
  const p = POW10[decimals];
  if (p === undefined) return null;
  const a = x < 0 ? -x : x;
  const s = a * p;
  if (!(s < 1e11)) return null;
  const f = s - Math.floor(s);
  const off = f - 0.5;
  if ((off < 0 ? -off : off) <= 1e-12 * s + 1e-12) return null;
  const r = Math.round(s);
  return x < 0 ? -r : r;
}

function slowRoundHalfAway(x: number, decimals: number): number {
  const a = Number(Math.abs(x).toPrecision(15));
  const [m, e] = a.toExponential().split('e') as [string, string];
  const shifted = Number(`${m}e${Number(e) + decimals}`);
  const r = Math.round(shifted);
  const out = Number(`${r}e${-decimals}`);
  return x < 0 && out !== 0 ? -out : out;
}

/**
 * The rounded value as a fixed-decimal string, built from integer digits (no `toFixed`
 * binary surprises). A result that rounds to zero never shows a minus sign.
 *
 * @example formatFixed(4.195, 2) // → "4.20"
 * @example formatFixed(7, 1)     // → "7.0"
 */
export function formatFixed(x: number, decimals: number): string {
  const fast = formatFixedFast(x, decimals);
  if (fast !== null) return fast;
  const r = roundHalfAway(x, decimals);
  const scaled = Math.round(Math.abs(r) * 10 ** decimals);
  return unitsToFixed(scaled, r < 0, decimals);
}

/**
 * `formatFixed(x, decimals)` when the arithmetic fast path can decide it, else null. Also
 * right for an `x` within ~1e-14 (relative) of the value meant, e.g. `fraction * 100` for a
 * percentage that `formatPercent` otherwise scales in decimal.
 */
export function formatFixedFast(x: number, decimals: number): string | null {
  if (!Number.isFinite(x)) return null;
  const units = fastRoundedUnits(x, decimals);
  return units === null ? null : unitsToFixed(units < 0 ? -units : units, units < 0, decimals);
}

function unitsToFixed(scaled: number, neg: boolean, decimals: number): string {
  let digits = Number.isSafeInteger(scaled) ? String(scaled) : BigInt(scaled).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return `${neg ? '-' : ''}${digits}`;
}

// groupThousands lives with the standard's number writing (the engine uses it too).
export { groupThousands } from '../standard/standard-number';
