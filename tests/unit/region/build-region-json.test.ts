/**
 * region-<year>.json (method.md "Several counties in one build") and each county computed as
 * alone, on the region-three fixture (石门县 2022–2025, 青山县 2022–2024, 白水县 2024).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { buildRegionJson } from '../../../src/lib/region/build-region-json';
import { computeRegion, type RegionResults } from '../../../src/lib/region/compute-region';
import type { Region } from '../../../src/lib/region/types';
import { readRegion } from '../../../src/boundary/site-region';

const THREE = resolve(import.meta.dirname, '../../fixtures/region-three');
let region: Region;
let results: RegionResults;

beforeAll(async () => {
  region = (await readRegion(THREE)).region!;
  results = computeRegion(region);
});

describe('computeRegion', () => {
  it('computes each county exactly as alone (every year, its own latest report year)', async () => {
    for (const c of results.counties) {
      const alone = computeAllYears((await readDataset(c.dir)).dataset!);
      expect(c.reportYear).toBe(alone.reportYear);
      expect(c.years.map((y) => JSON.stringify(buildResultsJson(y)))).toEqual(alone.years.map((y) => JSON.stringify(buildResultsJson(y))));
    }
    expect(results.counties.map((c) => c.reportYear)).toEqual([2025, 2024, 2024]);
    expect(results.years).toEqual([2022, 2023, 2024, 2025]);
    expect(results.reportYear).toBe(2025);
  });

  it('REPORT_YEAR applies to each county that has it; the others keep their latest year', () => {
    const r = computeRegion(region, '2023');
    expect(r.counties.map((c) => [c.county_code, c.reportYear])).toEqual([
      ['430726', 2023],
      ['439902', 2023],
      ['439903', 2024],
    ]);
    expect(r.reportYear).toBe(2023);
  });

  it.each([
    ['2019', /都没有数据/],
    ['二〇二四', /不是年份/],
  ])('REPORT_YEAR=%s stops the build with a Chinese message', (raw, message) => {
    expect(() => computeRegion(region, raw)).toThrow(message);
  });
});

describe('buildRegionJson', () => {
  it('has the exact shape of method.md, counties in county_code order', () => {
    const json = buildRegionJson(results, 2024);
    expect(Object.keys(json)).toEqual(['region', 'year', 'counties']);
    expect(json.region).toEqual({ code: '439900', name: '青岚市', level: '市' });
    expect(json.year).toBe(2024);
    expect(json.counties.map((c) => c.county_code)).toEqual(['430726', '439902', '439903']);
    for (const c of json.counties) {
      expect(Object.keys(c)).toEqual(['county_code', 'county_name', 'status', 'areas', 'indicators']);
      expect(Object.keys(c.areas!)).toEqual(['resource', 'government', 'quality', 'recognition']);
      expect(c.indicators).toHaveLength(32);
      expect(Object.keys(c.indicators![0]!)).toEqual(['id', 'status']);
    }
  });

  it("gives every county's verdict, areas and indicator statuses of that year as its own results.json does", async () => {
    for (const year of results.years) {
      const json = buildRegionJson(results, year);
      for (const [i, c] of results.counties.entries()) {
        const own = computeAllYears((await readDataset(c.dir)).dataset!).years.find((y) => y.year === year);
        const row = json.counties[i]!;
        expect(row.county_name).toBe(c.county_name);
        if (!own) {
          expect(row).toEqual({ county_code: c.county_code, county_name: c.county_name, status: null, areas: null, indicators: null });
          continue;
        }
        const alone = buildResultsJson(own);
        expect(row.status).toBe(alone.status);
        expect(row.areas).toEqual(alone.areas);
        expect(row.indicators).toEqual(alone.indicators.map((x) => ({ id: x.id, status: x.status })));
      }
    }
  });

  it('lists a county without sections rows that year with status null', () => {
    const json = buildRegionJson(results, 2025);
    expect(json.counties.map((c) => [c.county_name, c.status === null])).toEqual([
      ['石门县', false],
      ['青山县', true],
      ['白水县', true],
    ]);
  });
});
