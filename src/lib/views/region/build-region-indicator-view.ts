/**
 * A region page per indicator: each county's status in every year, and for R1–R7 each
 * county's coefficient of variation by stage against its limit (in the county's report year),
 * with a chart and its table.
 */
import { RESOURCE_IDS, STAGE_KEYS, STAGE_LABEL, type IndicatorId, type ResourceId, type StageKey } from '../../engine/types';
import { AREA_NAMES, getIndicator } from '../../standard/indicators';
import { STATUS_LABEL, type AnyStatus } from '../../format/status-label';
import { formatAgainstThreshold } from '../../format/format-against-threshold';
import { formatCv } from '../../format/format-number';
import { PALETTE, type ChartSpec } from '../../charts/chart-spec';
import type { RegionResults } from '../../region/compute-region';
import { countyPath } from './build-region-overview';
import { countCountyStatuses, type RegionStatusCounts } from './build-region-indicator-list';
import { MEETS_LABEL } from '../../words/labels';
import { CV_LIMIT_TEXT } from '../../standard/threshold-texts';
import { THRESHOLDS } from '../../standard/thresholds';

export interface RegionStatusCell {
  year: number;
  status: AnyStatus;
  label: string;
}

export interface RegionCvCell {
  stage: StageKey;
  stageLabel: string;
  /** "0.214", or 暂无数据 / 无参评学校 with the reason. */
  cvText: string;
  limitText: string;
  status: AnyStatus;
  label: string;
}

export interface RegionIndicatorRow {
  code: string;
  name: string;
  path: string;
  reportYear: number;
  years: RegionStatusCell[];
  /** R1–R7 only: both stages in the county's report year. */
  cv: RegionCvCell[];
}

export interface RegionIndicatorView {
  id: IndicatorId;
  name: string;
  areaName: string;
  standard: string;
  isResource: boolean;
  years: number[];
  rows: RegionIndicatorRow[];
  /** R1–R7: one table row per county and stage (the CV table beside the chart); empty otherwise. */
  cvRows: (RegionCvCell & { county: string; reportYear: number })[];
  /** Counties by status in the region's report year. */
  counts: RegionStatusCounts;
  reportYear: number;
  /** R1–R7: CVs by county and stage against the limits; null for other indicators. */
  chart: ChartSpec | null;
}

const NO_YEAR: RegionStatusCell['label'] = '当年无数据';

function cvCell(results: RegionResults['counties'][number], id: ResourceId, stage: StageKey): RegionCvCell {
  const r = results.years.find((y) => y.year === results.reportYear)!;
  const stageResource = r.resource[stage];
  const base = { stage, stageLabel: STAGE_LABEL[stage] };
  if (!stageResource) return { ...base, cvText: '无参评学校', limitText: '—', status: 'not_applicable', label: '无参评学校' };
  const w = stageResource.cv[id];
  const limitText = `≤ ${formatCv(w.limit, 2)}`;
  if (w.cv === null) return { ...base, cvText: `暂无数据（${w.reason ?? '缺少数据'}）`, limitText, status: 'no_data', label: STATUS_LABEL.no_data };
  const shown = formatAgainstThreshold(w.cv, 'cv', w.limit, 'lte', w.cv_met === true);
  return {
    ...base,
    cvText: w.critical ? `${shown}（临界）` : shown,
    limitText,
    status: w.cv_met ? 'met' : 'not_met',
    label: w.cv_met ? MEETS_LABEL.yes : MEETS_LABEL.no,
  };
}

/** The view of one indicator across the region's counties (counties in county_code order). */
export function buildRegionIndicatorView(results: RegionResults, id: IndicatorId): RegionIndicatorView {
  const def = getIndicator(id);
  const isResource = (RESOURCE_IDS as readonly string[]).includes(id);
  const rows: RegionIndicatorRow[] = results.counties.map((c) => ({
    code: c.county_code,
    name: c.county_name,
    path: countyPath(c.county_code),
    reportYear: c.reportYear,
    years: results.years.map((year) => {
      const status = c.years.find((y) => y.year === year)?.indicators.find((i) => i.id === id)?.status;
      return status ? { year, status, label: STATUS_LABEL[status] } : { year, status: 'no_data' as const, label: NO_YEAR };
    }),
    cv: isResource ? STAGE_KEYS.map((stage) => cvCell(c, id as ResourceId, stage)) : [],
  }));
  const counts = countCountyStatuses(results, id, results.reportYear);
  return {
    id,
    name: def.name,
    areaName: AREA_NAMES[def.area],
    standard: def.standard,
    isResource,
    years: results.years,
    rows,
    cvRows: rows.flatMap((r) => r.cv.map((c) => ({ ...c, county: r.name, reportYear: r.reportYear }))),
    counts,
    reportYear: results.reportYear,
    chart: isResource ? buildCvChart(results, id as ResourceId) : null,
  };
}

/** Grouped bars: each county's CV per stage (its report year), with the two limits. */
function buildCvChart(results: RegionResults, id: ResourceId): ChartSpec {
  const value = (c: RegionResults['counties'][number], stage: StageKey) => {
    const cv = c.years.find((y) => y.year === c.reportYear)?.resource[stage]?.cv[id].cv;
    return typeof cv === 'number' && Number.isFinite(cv) ? cv : null;
  };
  const data = STAGE_KEYS.map((stage) => results.counties.map((c) => value(c, stage)));
  const over = results.counties.filter((c) => STAGE_KEYS.some((stage) => c.years.find((y) => y.year === c.reportYear)?.resource[stage]?.cv[id].cv_met === false)).length;
  const known = data.flat().filter((v) => v !== null).length;
  return {
    type: 'bar',
    labels: results.counties.map((c) => c.county_name),
    datasets: STAGE_KEYS.map((stage, i) => ({ label: `${STAGE_LABEL[stage]}差异系数`, data: data[i]!, color: PALETTE.series[i]! })),
    thresholds: [
      { value: THRESHOLDS.cvLimit.primary, label: `小学上限 ${CV_LIMIT_TEXT.primary}`, color: PALETTE.standard, dashed: false },
      { value: THRESHOLDS.cvLimit.junior, label: `初中上限 ${CV_LIMIT_TEXT.junior}`, color: PALETTE.floor, dashed: true },
    ],
    format: 'cv',
    horizontal: true,
    axisTitle: '校际差异系数',
    summary:
      known === 0
        ? `${id} 各县校际差异系数：暂无可绘制的数据。`
        : `${id} 各县校际差异系数（各县报告年度）：${results.counties.length} 个县中 ${over} 个县有学段超过上限（小学 ${CV_LIMIT_TEXT.primary}，初中 ${CV_LIMIT_TEXT.junior}）。`,
    empty: known === 0,
    min: 0,
    max: null,
  };
}
