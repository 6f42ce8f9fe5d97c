/**
 * How the program writes a number of the standard (a threshold, a standard value, a factor) in
 * text: no trailing zeros, thousands separators. The engine's reasons, the pages and the
 * threshold texts of `./threshold-texts` all write them this way.
 */

/** Inserts thousands separators into the integer part of a plain decimal string. */
export function groupThousands(s: string): string {
  // Most figures are below 1,000: nothing to insert.
  const dot = s.indexOf('.');
  const intLength = (dot === -1 ? s.length : dot) - (s.startsWith('-') ? 1 : 0);
  if (intLength <= 3) return s;
  const [int, frac] = s.split('.') as [string, string | undefined];
  const neg = int.startsWith('-');
  const body = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${body}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * A constant of the method as the official text writes it: 1 → "1", 0.9 → "0.9", 2000 → "2,000".
 */
export function formatStandardNumber(x: number): string {
  return groupThousands(String(Number(x.toPrecision(15))));
}
