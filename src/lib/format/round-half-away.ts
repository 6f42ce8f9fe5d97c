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
  const r = roundHalfAway(x, decimals);
  const neg = r < 0;
  const scaled = Math.round(Math.abs(r) * 10 ** decimals);
  let digits = BigInt(scaled).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return `${neg ? '-' : ''}${digits}`;
}

/** Inserts thousands separators into the integer part of a plain decimal string. */
export function groupThousands(s: string): string {
  const [int, frac] = s.split('.') as [string, string | undefined];
  const neg = int.startsWith('-');
  const body = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${body}${frac !== undefined ? `.${frac}` : ''}`;
}
