/**
 * The region's indicator list: the 32 indicators by area, each with how many counties are in
 * each status in the region's report year.
 */
import { AREA_IDS, type AreaId, type IndicatorId, type Status } from '../../engine/types';
import { AREA_NAMES, INDICATORS } from '../../standard/indicators';
import type { RegionResults } from '../../region/compute-region';
import { countsAsMet } from '../../standard/vocabulary';

export interface RegionIndicatorListItem {
  id: IndicatorId;
  name: string;
  path: string;
  counts: { met: number; notMet: number; noData: number; none: number };
}

export interface RegionIndicatorList {
  reportYear: number;
  areas: { id: AreaId; name: string; indicators: RegionIndicatorListItem[] }[];
}

export type RegionStatusCounts = RegionIndicatorListItem['counts'];

/**
 * How many counties have an indicator met (or not applicable), not met, without data, or no
 * sections.csv rows at all in `year`.
 */
export function countCountyStatuses(results: RegionResults, id: IndicatorId, year: number): RegionStatusCounts {
  const s: (Status | null)[] = results.counties.map((c) => c.years.find((y) => y.year === year)?.indicators.find((i) => i.id === id)?.status ?? null);
  return {
    met: s.filter((x) => x !== null && countsAsMet(x)).length,
    notMet: s.filter((x) => x === 'not_met').length,
    noData: s.filter((x) => x === 'no_data').length,
    none: s.filter((x) => x === null).length,
  };
}

/** Status counts per indicator over the counties, in the region's report year. */
export function buildRegionIndicatorList(results: RegionResults): RegionIndicatorList {
  return {
    reportYear: results.reportYear,
    areas: AREA_IDS.map((area) => ({
      id: area,
      name: AREA_NAMES[area],
      indicators: INDICATORS.filter((d) => d.area === area).map((d) => ({
        id: d.id,
        name: d.name,
        path: `/indicators/${d.id}/`,
        counts: countCountyStatuses(results, d.id, results.reportYear),
      })),
    })),
  };
}
