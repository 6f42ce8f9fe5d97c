import { formatByKind, type DisplayKind } from '../format/format-number';
import { PALETTE, type ChartSpec, type ChartThreshold } from './chart-spec';

export interface TrendSeries {
  label: string;
  /** One value per year label; null where unknown. */
  values: (number | null)[];
}

export interface TrendInput {
  subject: string;
  /** Year labels, e.g. ["2022", "2023", "2024"]. */
  years: string[];
  series: TrendSeries[];
  format: DisplayKind;
  axisTitle: string;
  /** Optional reference line, e.g. the standard. */
  threshold?: { value: number; label: string } | null;
  min?: number | null;
  max?: number | null;
  /** Fixed tick step of the value axis. */
  step?: number;
}

/**
 * A line chart across years, one line per series, with an optional reference line. The
 * summary names the first and last known value of each series.
 */
export function buildTrendChart(input: TrendInput): ChartSpec {
  const fmt = (x: number) => formatByKind(x, input.format);
  const clean = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
  const parts: string[] = [];
  let anyKnown = false;
  for (const s of input.series) {
    const idx = s.values.map((v, i) => (clean(v) !== null ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) {
      parts.push(`${s.label}暂无数据`);
      continue;
    }
    anyKnown = true;
    const first = idx[0]!;
    const last = idx[idx.length - 1]!;
    parts.push(
      first === last
        ? `${s.label}${input.years[first]}年为${fmt(s.values[first]!)}`
        : `${s.label}从${input.years[first]}年的${fmt(s.values[first]!)}变为${input.years[last]}年的${fmt(s.values[last]!)}`,
    );
  }
  const thresholds: ChartThreshold[] = input.threshold ? [{ value: input.threshold.value, label: input.threshold.label, color: PALETTE.standard, dashed: false }] : [];
  return {
    type: 'line',
    labels: input.years,
    datasets: input.series.map((s, i) => ({
      label: s.label,
      data: s.values.map(clean),
      color: PALETTE.series[i % PALETTE.series.length]!,
    })),
    thresholds,
    format: input.format,
    horizontal: false,
    axisTitle: input.axisTitle,
    summary: anyKnown ? `${input.subject}：${parts.join('；')}。` : `${input.subject}：暂无可绘制的数据。`,
    empty: !anyKnown,
    min: input.min ?? 0,
    max: input.max ?? null,
    ...(input.step !== undefined ? { step: input.step } : {}),
  };
}
