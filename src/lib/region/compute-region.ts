/**
 * Every county of a region computed exactly as alone: all its years, its own report year.
 */
import { computeAllYears } from '../engine/compute-all-years';
import type { YearResult } from '../engine/types';
import { resolveRegionReportYears } from './resolve-region-report-years';
import type { Region, RegionInfo } from './types';

export interface RegionCountyResults {
  folder: string;
  dir: string;
  county_code: string;
  county_name: string;
  reportYear: number;
  /** Ascending by year, as computeAllYears gives them. */
  years: YearResult[];
}

export interface RegionResults {
  info: RegionInfo;
  /** Sorted by county_code. */
  counties: RegionCountyResults[];
  /** Every year any county has, ascending. */
  years: number[];
  /** The region's own report year: REPORT_YEAR when given, else the latest year of any county. */
  reportYear: number;
}

/**
 * Computes every county of a validated region (REPORT_YEAR as `reportYear`, applied to each
 * county that has it). Throws the Chinese message when the report years cannot be resolved
 * (check:data reports it first).
 */
export function computeRegion(region: Region, reportYear?: string | null): RegionResults {
  const resolved = resolveRegionReportYears(region.counties, reportYear);
  if (!resolved.ok) throw new Error(resolved.message);
  const counties = region.counties.map((c) => {
    const code = c.dataset.county.county_code;
    const own = resolved.years.get(code)!;
    const all = computeAllYears(c.dataset, { reportYear: own });
    return { folder: c.folder, dir: c.dir, county_code: code, county_name: c.dataset.county.county_name, reportYear: all.reportYear, years: all.years };
  });
  const years = [...new Set(counties.flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => a - b);
  const asked = reportYear ? Number(String(reportYear).normalize('NFKC').trim().replace(/年$/, '')) : NaN;
  return { info: region.info, counties, years, reportYear: years.includes(asked) ? asked : years[years.length - 1]! };
}
