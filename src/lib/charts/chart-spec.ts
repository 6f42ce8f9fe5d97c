/**
 * A JSON-safe chart description: built by pure functions here, rendered by the one client
 * script (`src/scripts/render-charts.ts`), which maps `format` to a formatter and draws
 * `thresholds` with a small plugin. No functions, no class instances: it goes through
 * `JSON.stringify` into the page.
 */
import type { DisplayKind } from '../format/format-number';

export interface ChartThreshold {
  value: number;
  /** Chinese label drawn next to the line, e.g. "标准 4.2". */
  label: string;
  color: string;
  /** Dashed line (used for the 85% floor). */
  dashed: boolean;
}

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  /** One colour for all points, or one per point (bars coloured by verdict). */
  color: string | string[];
}

export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  datasets: ChartDataset[];
  thresholds: ChartThreshold[];
  /** Formatter key used by the client for axis ticks and tooltips. */
  format: DisplayKind;
  /** Horizontal bars (long school names read better on a phone). */
  horizontal: boolean;
  /** Axis title (unit), e.g. "人/百名学生". */
  axisTitle: string;
  /** One-sentence Chinese summary for `aria-label`. */
  summary: string;
  /** True when there is nothing to draw: the page shows an empty-state message instead. */
  empty: boolean;
  /** Lowest value the value axis must show (0 for counts/ratios). */
  min: number | null;
  /** Highest value the value axis may show (e.g. 1 for fractions). */
  max: number | null;
  /** Fixed tick step of the value axis (e.g. 8 for 0–32 counts), when the default would skip the top tick. */
  step?: number;
}

/** Explicit colours (tree-shaken Chart.js would draw 10% black otherwise); AA on white. */
export const PALETTE = {
  met: '#1d4f91',
  notMet: '#b42318',
  noData: '#6b7280',
  standard: '#8a1111',
  floor: '#6b4500',
  series: ['#1d4f91', '#b35c00', '#2e7d32', '#6a1b9a', '#00695c', '#4e342e'],
} as const;
