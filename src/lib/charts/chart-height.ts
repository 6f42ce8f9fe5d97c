import type { ChartSpec } from './chart-spec';

/**
 * Height of a chart's box in rem: horizontal bar charts grow with the number of bars so each
 * label stays legible (1.9 rem a bar plus 4 for the axes, between 12 and 80); every other
 * chart is 18 rem.
 * @example chartHeightRem(barsSpec(10)) // 23
 */
export function chartHeightRem(spec: Pick<ChartSpec, 'type' | 'horizontal' | 'labels'>): number {
  const bars = spec.type === 'bar' && spec.horizontal ? spec.labels.length : 0;
  return bars > 0 ? Math.max(12, Math.min(80, 4 + bars * 1.9)) : 18;
}
