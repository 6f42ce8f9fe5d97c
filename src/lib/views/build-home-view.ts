import type { AllYearsResult, AreaId, IndicatorId, Status, YearResult } from '../engine/types';
import { AREA_IDS } from '../engine/types';
import { AREA_NAMES, INDICATORS, VETOES } from '../standard/indicators';
import { STATUS_LABEL } from '../format/status-label';
import { countsAsMet } from '../standard/vocabulary';
import { buildTrendChart } from '../charts/build-trend-chart';
import type { ChartSpec } from '../charts/chart-spec';
import { INDICATOR_COUNT_TEXT } from '../standard/threshold-texts';

export type StatusCounts = Record<Status, number>;

/** Column headings of the home page's history table and of the indicators index. */
export const HOME_YEAR_LABELS = {
  year: '年度',
  status: '总体结论',
  met: STATUS_LABEL.met,
  na: STATUS_LABEL.not_applicable,
  notMet: STATUS_LABEL.not_met,
  noData: STATUS_LABEL.no_data,
} as const;
export const INDICATOR_INDEX_LABELS = { id: '编号', name: '指标', standard: '标准' } as const;

/** Words of the home page's search box. */
export const HOME_SEARCH = { heading: '查找学校、指标和文件', label: '搜索关键词', placeholder: '例如：学校名称、乡镇、逾期', button: '搜索' } as const;

export interface HomeArea {
  id: AreaId;
  name: string;
  status: Status;
  statusLabel: string;
  reason: string | null;
  counts: StatusCounts;
  indicators: { id: IndicatorId; name: string; status: Status; statusLabel: string }[];
}

export interface HomeView {
  reportYear: number;
  status: YearResult['status'];
  statusLabel: string;
  statusReason: string;
  counts: StatusCounts;
  areas: HomeArea[];
  vetoes: { id: string; name: string; status: 'met' | 'not_met' | 'no_data'; statusLabel: string }[];
  years: { year: number; status: string; counts: StatusCounts }[];
  chart: ChartSpec;
}

/** Counts of statuses over a list of items. */
export function countStatuses(items: readonly { status: Status }[]): StatusCounts {
  const c: StatusCounts = { met: 0, not_met: 0, no_data: 0, not_applicable: 0 };
  for (const i of items) c[i.status]++;
  return c;
}

/** Items that count as met (met, and not_applicable by the method's rule). */
export function countMet(c: StatusCounts): number {
  return (Object.keys(c) as Status[]).filter(countsAsMet).reduce((n, s) => n + c[s], 0);
}

const VETO_LABEL = { met: '无此情况', not_met: '存在此情况', no_data: STATUS_LABEL.no_data } as const;

/** The home page: report-year verdict, the four areas with their items, progress across years. */
export function buildHomeView(all: AllYearsResult): HomeView {
  const report = all.years.find((y) => y.year === all.reportYear) ?? all.years[all.years.length - 1];
  if (!report) throw new Error('没有任何年度的计算结果');
  const name = new Map(INDICATORS.map((d) => [d.id, d.name]));
  const areas: HomeArea[] = AREA_IDS.map((id) => {
    const area = report.areas[id];
    const inds = report.indicators.filter((i) => i.area === id);
    return {
      id,
      name: AREA_NAMES[id],
      status: area.status,
      statusLabel: STATUS_LABEL[area.status],
      reason: area.reason,
      counts: countStatuses(inds),
      indicators: inds.map((i) => ({ id: i.id, name: name.get(i.id) ?? i.id, status: i.status, statusLabel: STATUS_LABEL[i.status] })),
    };
  });
  const years = all.years.map((y) => ({ year: y.year, status: STATUS_LABEL[y.status], counts: countStatuses(y.indicators) }));
  const chart = buildTrendChart({
    subject: `${INDICATOR_COUNT_TEXT}项指标中达标（含不适用）、未达标、暂无数据的项数`,
    years: years.map((y) => String(y.year)),
    series: [
      { label: STATUS_LABEL.met, values: years.map((y) => countMet(y.counts)) },
      { label: STATUS_LABEL.not_met, values: years.map((y) => y.counts.not_met) },
      { label: STATUS_LABEL.no_data, values: years.map((y) => y.counts.no_data) },
    ],
    format: 'count',
    axisTitle: '项',
    min: 0,
    max: 32,
    step: 8,
  });
  const vetoName = new Map(VETOES.map((v) => [v.id, v.name]));
  return {
    reportYear: report.year,
    status: report.status,
    statusLabel: STATUS_LABEL[report.status],
    statusReason: report.status_reason,
    counts: countStatuses(report.indicators),
    areas,
    vetoes: report.vetoes.map((v) => ({ id: v.id, name: vetoName.get(v.id) ?? v.id, status: v.status, statusLabel: VETO_LABEL[v.status] })),
    years,
    chart,
  };
}
