/**
 * The region's overview page: every county's verdict and four areas in its report year, how
 * many counties are met, and the counties' verdicts across years (chart + table).
 */
import { AREA_IDS, type AreaId, type CountyStatus, type Status } from '../../engine/types';
import { AREA_NAMES } from '../../standard/indicators';
import { STATUS_LABEL } from '../../format/status-label';
import { buildTrendChart } from '../../charts/build-trend-chart';
import type { ChartSpec } from '../../charts/chart-spec';
import type { RegionResults } from '../../region/compute-region';
import { countsAsMet } from '../../standard/vocabulary';

export interface RegionCountyRow {
  code: string;
  name: string;
  /** Site path of the county's own site (without the base), e.g. `/counties/430726/`. */
  path: string;
  /** The county's report year. */
  year: number;
  status: CountyStatus;
  statusLabel: string;
  areas: { id: AreaId; name: string; status: Status; statusLabel: string }[];
  /** Indicators met or not applicable, of 32. */
  met: number;
  /** Schools with sections.csv rows in the report year (after merging sites, as the engine lists them). */
  schools: number;
}

export interface RegionYearRow {
  year: number;
  met: number;
  notMet: number;
  incomplete: number;
  /** Counties without sections.csv rows that year. */
  noData: number;
}

export interface RegionOverviewView {
  regionName: string;
  level: string;
  countyCount: number;
  /** The latest year of any county (or REPORT_YEAR). */
  reportYear: number;
  /** True when every county reports the same year. */
  sameYear: boolean;
  counties: RegionCountyRow[];
  counts: { met: number; notMet: number; incomplete: number };
  years: RegionYearRow[];
  chart: ChartSpec;
  areaNames: { id: AreaId; name: string }[];
}

/** Path of a county's site inside the region's site. @example countyPath('430726') // '/counties/430726/' */
export function countyPath(code: string): string {
  return `/counties/${code}/`;
}

/** The overview view model (counties in county_code order). */
export function buildRegionOverview(results: RegionResults): RegionOverviewView {
  const counties: RegionCountyRow[] = results.counties.map((c) => {
    const r = c.years.find((y) => y.year === c.reportYear)!;
    return {
      code: c.county_code,
      name: c.county_name,
      path: countyPath(c.county_code),
      year: c.reportYear,
      status: r.status,
      statusLabel: STATUS_LABEL[r.status],
      areas: AREA_IDS.map((id) => ({ id, name: AREA_NAMES[id], status: r.areas[id].status, statusLabel: STATUS_LABEL[r.areas[id].status] })),
      met: r.indicators.filter((i) => countsAsMet(i.status)).length,
      schools: new Set(r.parts.map((p) => p.school_id)).size,
    };
  });
  const count = (s: CountyStatus) => counties.filter((c) => c.status === s).length;
  const years: RegionYearRow[] = results.years.map((year) => {
    const row: RegionYearRow = { year, met: 0, notMet: 0, incomplete: 0, noData: 0 };
    for (const c of results.counties) {
      const s = c.years.find((y) => y.year === year)?.status;
      if (s === 'met') row.met++;
      else if (s === 'not_met') row.notMet++;
      else if (s === 'incomplete') row.incomplete++;
      else row.noData++;
    }
    return row;
  });
  const chart = buildTrendChart({
    subject: `${results.info.region_name}各县总体结论的县数`,
    years: years.map((y) => String(y.year)),
    series: [
      { label: STATUS_LABEL.met, values: years.map((y) => y.met) },
      { label: STATUS_LABEL.not_met, values: years.map((y) => y.notMet) },
      { label: STATUS_LABEL.incomplete, values: years.map((y) => y.incomplete) },
      { label: '当年无数据', values: years.map((y) => y.noData) },
    ],
    format: 'count',
    axisTitle: '县',
    min: 0,
    max: results.counties.length,
  });
  return {
    regionName: results.info.region_name,
    level: results.info.level,
    countyCount: counties.length,
    reportYear: results.reportYear,
    sameYear: new Set(counties.map((c) => c.year)).size <= 1,
    counties,
    counts: { met: count('met'), notMet: count('not_met'), incomplete: count('incomplete') },
    years,
    chart,
    areaNames: AREA_IDS.map((id) => ({ id, name: AREA_NAMES[id] })),
  };
}
