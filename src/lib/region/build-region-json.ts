/**
 * `data/region-<year>.json` (method.md "Several counties in one build"): every county's verdict,
 * areas and indicator statuses for one year; a county without sections.csv rows that year is
 * listed with `status: null` (and `areas`, `indicators` null: nothing was computed).
 */
import type { AreaId, CountyStatus, IndicatorId, Status } from '../engine/types';
import type { RegionResults } from './compute-region';
import type { RegionLevel } from './types';

export interface RegionJsonCounty {
  county_code: string;
  county_name: string;
  status: CountyStatus | null;
  areas: Record<AreaId, Status> | null;
  indicators: { id: IndicatorId; status: Status }[] | null;
}

export interface RegionJson {
  region: { code: string; name: string; level: RegionLevel };
  year: number;
  counties: RegionJsonCounty[];
}

/**
 * The region-<year>.json object of one year, counties in county_code order.
 * @example buildRegionJson(results, 2024).counties.map((c) => c.status) // ['met', null, 'not_met']
 */
export function buildRegionJson(results: RegionResults, year: number): RegionJson {
  return {
    region: { code: results.info.region_code, name: results.info.region_name, level: results.info.level },
    year,
    counties: results.counties.map((c) => {
      const r = c.years.find((y) => y.year === year);
      if (!r) return { county_code: c.county_code, county_name: c.county_name, status: null, areas: null, indicators: null };
      return {
        county_code: c.county_code,
        county_name: c.county_name,
        status: r.status,
        areas: { resource: r.areas.resource.status, government: r.areas.government.status, quality: r.areas.quality.status, recognition: r.areas.recognition.status },
        indicators: r.indicators.map((i) => ({ id: i.id, status: i.status })),
      };
    }),
  };
}
