import { formatByKind, type DisplayKind } from '../format/format-number';
import { PALETTE, type ChartSpec, type ChartThreshold } from './chart-spec';
import { FLOOR_SHARE_TEXT } from '../standard/threshold-texts';

export interface BarItem {
  label: string;
  value: number | null;
}

export interface ThresholdBarInput {
  /** What is measured, e.g. "小学每百名学生拥有高于规定学历教师数". */
  subject: string;
  items: BarItem[];
  /** The standard; bars at or above it are "met". */
  standard: number;
  /** Optional lower floor (85% of the standard), drawn dashed. */
  floor: number | null;
  format: DisplayKind;
  axisTitle: string;
  /**
   * Optional: with more items than this, only the items below the standard are drawn (the
   * lowest `maxBars` of them when there are still more; the lowest `maxBars` items when none is
   * below), and the summary says so. The summary's figures always cover every item; the page's
   * table keeps every item.
   */
  maxBars?: number;
}

/**
 * The items to draw when there are more than maxBars: those below the standard, at most
 * maxBars of them (the lowest), or the lowest maxBars when none is below; in their original
 * order. Null: draw every item.
 */
function barsToDraw(items: BarItem[], standard: number, maxBars: number | undefined): { drawn: BarItem[]; below: number } | null {
  if (maxBars === undefined || items.length <= maxBars) return null;
  const known = items.map((item, index) => ({ item, index })).filter((e) => e.item.value !== null && Number.isFinite(e.item.value));
  const below = known.filter((e) => e.item.value! < standard);
  const pool = below.length > 0 ? below : known;
  const kept =
    pool.length <= maxBars
      ? pool
      : [...pool]
          .sort((a, b) => a.item.value! - b.item.value! || a.index - b.index)
          .slice(0, maxBars)
          .sort((a, b) => a.index - b.index);
  return { drawn: kept.map((e) => e.item), below: below.length };
}

/**
 * A bar chart of one value per school (or part) against a standard (solid line) and an
 * optional 85% floor (dashed). Bars are coloured by whether they reach the standard;
 * missing values stay null (no bar) and are counted in the summary.
 *
 * @example buildThresholdBarChart({ subject: 'R1', items: [{label:'甲',value:5}], standard: 4.2,
 *   floor: 3.57, format: 'ratio', axisTitle: '人' }).summary // "R1：共1所，1所达到标准4.20…"
 */
export function buildThresholdBarChart(input: ThresholdBarInput): ChartSpec {
  const { items, standard, floor, format } = input;
  const known = items.filter((i): i is { label: string; value: number } => i.value !== null && Number.isFinite(i.value));
  const metCount = known.filter((i) => i.value >= standard).length;
  const belowFloor = floor === null ? 0 : known.filter((i) => i.value < floor).length;
  const missing = items.length - known.length;
  const fmt = (x: number) => formatByKind(x, format);

  let summary: string;
  if (known.length === 0) {
    summary = `${input.subject}：暂无可绘制的数据。`;
  } else {
    const lowest = known.reduce((a, b) => (b.value < a.value ? b : a));
    summary =
      `${input.subject}：共${items.length}个，${metCount}个达到标准${fmt(standard)}` +
      (floor !== null ? `，${belowFloor}个低于标准的${FLOOR_SHARE_TEXT}（${fmt(floor)}）` : '') +
      `，最低为${lowest.label}（${fmt(lowest.value)}）` +
      (missing > 0 ? `，${missing}个暂无数据` : '') +
      '。';
  }

  const focus = barsToDraw(items, standard, input.maxBars);
  const drawn = focus ? focus.drawn : items;
  if (focus && known.length > 0) {
    summary +=
      focus.below === 0
        ? `学校较多且均达到标准，图中只画出数值最低的${focus.drawn.length}个，全部${items.length}个见下表。`
        : focus.drawn.length < focus.below
          ? `学校较多，图中只画出低于标准的${focus.below}个中数值最低的${focus.drawn.length}个，全部${items.length}个见下表。`
          : `学校较多，图中只画出低于标准的${focus.below}个，全部${items.length}个见下表。`;
  }

  const thresholds: ChartThreshold[] = [{ value: standard, label: `标准 ${fmt(standard)}`, color: PALETTE.standard, dashed: false }];
  if (floor !== null) thresholds.push({ value: floor, label: `${FLOOR_SHARE_TEXT} ${fmt(floor)}`, color: PALETTE.floor, dashed: true });

  return {
    type: 'bar',
    labels: drawn.map((i) => i.label),
    datasets: [
      {
        label: input.subject,
        data: drawn.map((i) => (i.value !== null && Number.isFinite(i.value) ? i.value : null)),
        color: drawn.map((i) => (i.value === null ? PALETTE.noData : i.value >= standard ? PALETTE.met : PALETTE.notMet)),
      },
    ],
    thresholds,
    format,
    horizontal: true,
    axisTitle: input.axisTitle,
    summary,
    empty: known.length === 0,
    min: 0,
    max: null,
  };
}
