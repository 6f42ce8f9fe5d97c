import { roundHalfAway } from './round-half-away';
import { DISPLAY_DECIMALS, formatByKind, type DisplayKind } from './format-number';

export type Comparison = 'gte' | 'lte' | 'lt';

/** Whether `value` satisfies `comparison` against `threshold`. */
export function compareWith(value: number, threshold: number, comparison: Comparison): boolean {
  if (comparison === 'gte') return value >= threshold;
  if (comparison === 'lte') return value <= threshold;
  return value < threshold;
}

/**
 * Formats a value compared with a threshold so the shown figure never contradicts the
 * verdict: when rounding to the usual decimals would show a not-met value as meeting (4.195
 * beside 未达标 with standard 4.2 → "4.195", not "4.20"), or a met value as failing, more
 * decimals are shown (up to 12 more: an exact CV of 0.4500000002750001 beside a 0.45 limit needs
 * 10). When no rounding tells them apart (a float equal to the threshold whose exact value is
 * not), the figure keeps 6 more decimals. Percent kinds compare the value as a fraction.
 *
 * @param met the verdict on the unrounded value (pass it from the engine; computed if omitted)
 */
export function formatAgainstThreshold(
  value: number,
  kind: DisplayKind,
  threshold: number,
  comparison: Comparison,
  met: boolean = compareWith(value, threshold, comparison),
): string {
  const base = DISPLAY_DECIMALS[kind];
  const isPct = kind === 'percent' || kind === 'share';
  for (let d = base; d <= base + 12; d++) {
    const shown = isPct ? roundHalfAway(value * 100, d) / 100 : roundHalfAway(value, d);
    if (compareWith(shown, threshold, comparison) === met) return formatByKind(value, kind, d);
  }
  return formatByKind(value, kind, base + 6);
}

export { DISPLAY_DECIMALS };
