import { formatFixed, formatFixedFast } from './round-half-away';
import { formatStandardNumber, groupThousands } from '../standard/standard-number';

/** Display kinds and their decimals (method.md "Display rounds half away from zero"). */
export const DISPLAY_DECIMALS = {
  /** Per-student ratios, areas per student, per-hundred counts. */
  ratio: 2,
  /** Coefficient of variation. */
  cv: 3,
  /** Money in whole 元. */
  money: 0,
  /** Percentages (value is a fraction, shown ×100). */
  percent: 1,
  /** Whole counts. */
  count: 0,
  /** Shares of a split (fraction shown as percent with 1 decimal). */
  share: 1,
} as const;
export type DisplayKind = keyof typeof DISPLAY_DECIMALS;

/** A ratio with 2 decimals: 4.375 → "4.38". */
export function formatRatio(x: number, decimals: number = DISPLAY_DECIMALS.ratio): string {
  return formatFixed(x, decimals);
}

/** A coefficient of variation with 3 decimals: 0.2145 → "0.215". */
export function formatCv(x: number, decimals: number = DISPLAY_DECIMALS.cv): string {
  return formatFixed(x, decimals);
}

/** Money in whole 元 with thousands separators: 23226.5 → "23,227". */
export function formatMoney(x: number, decimals: number = DISPLAY_DECIMALS.money): string {
  return groupThousands(formatFixed(x, decimals));
}

/** A fraction as a percentage with 1 decimal: 0.9625 → "96.3%". */
export function formatPercent(fraction: number, decimals: number = DISPLAY_DECIMALS.percent): string {
  // Away from a half, fraction × 100 rounds the same as the decimal scaling below.
  const fast = formatFixedFast(fraction * 100, decimals);
  if (fast !== null) return `${fast}%`;
  // Scale in decimal (string) space so 0.0285 → 2.85 exactly, not 2.8499999.
  const scaled = Number(`${Number(fraction.toPrecision(15))}e2`);
  return `${formatFixed(scaled, decimals)}%`;
}

/**
 * A standard (a constant of the method, not a computed value) as the official text writes it:
 * no trailing zeros, thousands separators. 1 → "1", 0.9 → "0.9", 2000 → "2,000".
 */
export function formatStandard(x: number): string {
  return formatStandardNumber(x);
}

/** A whole count with thousands separators: 12345 → "12,345". */
export function formatCount(x: number): string {
  return groupThousands(formatFixed(x, 0));
}

/** Formats `x` by display kind with the given (or default) decimals. */
export function formatByKind(x: number, kind: DisplayKind, decimals?: number): string {
  const d = decimals ?? DISPLAY_DECIMALS[kind];
  switch (kind) {
    case 'ratio':
      return formatRatio(x, d);
    case 'cv':
      return formatCv(x, d);
    case 'money':
      return formatMoney(x, d);
    case 'percent':
    case 'share':
      return formatPercent(x, d);
    case 'count':
      return formatCount(x);
  }
}
