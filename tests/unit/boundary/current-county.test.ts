/**
 * Region mode's current county (src/boundary/county-context.ts, region-counties.ts): the
 * boundary modules answer for the selected county — its dataset, its results with its own
 * report year, its base URL — and countyPaths gives each county's own paths with `county`.
 * Reads the committed region-three fixture (3 counties, different years) under /qinglan/.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';

const ROOT = resolve(import.meta.dirname, '../../..');
const THREE = 'tests/fixtures/region-three';
const saved = { DATA_DIR: process.env.DATA_DIR, SITE_BASE: process.env.SITE_BASE, REPORT_YEAR: process.env.REPORT_YEAR };

type Boundary = typeof import('../../../src/boundary/region-counties');
let region: Boundary;
let baseUrl: typeof import('../../../src/boundary/base-url');
let siteData: typeof import('../../../src/boundary/site-data');
let siteResults: typeof import('../../../src/boundary/site-results');

beforeAll(async () => {
  process.env.DATA_DIR = THREE;
  process.env.SITE_BASE = '/qinglan/';
  process.env.REPORT_YEAR = '';
  region = await import('../../../src/boundary/region-counties');
  baseUrl = await import('../../../src/boundary/base-url');
  siteData = await import('../../../src/boundary/site-data');
  siteResults = await import('../../../src/boundary/site-results');
});

afterAll(async () => {
  await region.selectCounty(undefined);
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('the current county of a region', () => {
  it('countyPaths: each county selected in turn, its own paths with county added, and the selection restored', async () => {
    const seen: string[] = [];
    const paths = await region.countyPaths(async () => {
      const ds = await siteData.getDataset();
      seen.push(`${ds.county.county_code} ${baseUrl.BASE_URL}`);
      return ds.schools.slice(0, 2).map((s) => ({ params: { id: s.school_id } }));
    })(undefined as never);
    expect(seen).toEqual(['430726 /qinglan/counties/430726/', '439902 /qinglan/counties/439902/', '439903 /qinglan/counties/439903/']);
    expect(paths).toHaveLength(6);
    expect(new Set(paths.map((p) => p.params.county))).toEqual(new Set(['430726', '439902', '439903']));
    expect(baseUrl.BASE_URL).toBe('/qinglan/');
    // A page without getStaticPaths: one path per county.
    expect((await region.countyPaths()(undefined as never)).map((p) => p.params)).toEqual([{ county: '430726' }, { county: '439902' }, { county: '439903' }]);
  });

  it("selectCounty: the boundary gives that county's dataset, folders, results (as alone) and base", async () => {
    for (const [folder, code] of [
      ['石门县', '430726'],
      ['白水县', '439903'],
    ] as const) {
      await region.selectCounty(code);
      const alone = computeAllYears((await readDataset(resolve(ROOT, THREE, folder))).dataset!);
      expect((await siteData.getDataset()).county.county_code).toBe(code);
      expect(siteData.dataDir).toBe(resolve(ROOT, THREE, folder));
      expect(siteData.folders.noticesDir).toBe(resolve(ROOT, THREE, folder, 'notices'));
      const results = await siteResults.getResults();
      expect(results.reportYear).toBe(alone.reportYear);
      expect(results.years.map((y) => y.year)).toEqual(alone.years.map((y) => y.year));
      expect(JSON.stringify(results.years)).toBe(JSON.stringify(alone.years));
      expect(baseUrl.BASE_URL).toBe(`/qinglan/counties/${code}/`);
      expect(await region.getRegionBackLink()).toEqual({ href: '/qinglan/', label: '返回青岚市总览' });
    }
    await region.selectCounty(undefined);
    expect(baseUrl.BASE_URL).toBe('/qinglan/');
    expect(await region.getRegionBackLink()).toBeNull();
    await expect(region.selectCounty('000000')).rejects.toThrow('没有县代码为 000000 的县');
  });
});
