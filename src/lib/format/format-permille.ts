import { formatStandard } from './format-number';

/**
 * A rate of the method (a constant, not a computed value) in per mille, as the official text
 * writes it: 0.0015 → "1.5‰".
 */
export function formatPermille(fraction: number): string {
  return `${formatStandard(Number((fraction * 1000).toPrecision(12)))}‰`;
}
