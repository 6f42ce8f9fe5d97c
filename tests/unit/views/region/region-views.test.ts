/**
 * Region view models on the region-three fixture (石门县 2022–2025, 青山县 2022–2024, 白水县
 * 2024): the overview's figures follow the engine's results, the indicator view's CV cells, the
 * CSV download, the site shell from region.csv.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegionJson } from '../../../../src/lib/region/build-region-json';
import { computeRegion, type RegionResults } from '../../../../src/lib/region/compute-region';
import { buildRegionOverview } from '../../../../src/lib/views/region/build-region-overview';
import { buildRegionIndicatorView } from '../../../../src/lib/views/region/build-region-indicator-view';
import { buildRegionIndicatorList } from '../../../../src/lib/views/region/build-region-indicator-list';
import { buildRegionCsv } from '../../../../src/lib/views/region/build-region-csv';
import { REGION_NAV, buildRegionSite } from '../../../../src/lib/views/region/build-region-site';
import { findCurrentNav } from '../../../../src/lib/views/build-site-nav';
import { INDICATOR_IDS } from '../../../../src/lib/engine/types';
import { readRegion } from '../../../../src/boundary/site-region';

let results: RegionResults;
beforeAll(async () => {
  results = computeRegion((await readRegion(resolve(import.meta.dirname, '../../../fixtures/region-three'))).region!);
});

describe('buildRegionOverview', () => {
  it("lists every county with its own report year's verdict and areas, and counts verdicts", () => {
    const view = buildRegionOverview(results);
    expect(view.regionName).toBe('青岚市');
    expect(view.counties.map((c) => [c.name, c.year, c.path])).toEqual([
      ['石门县', 2025, '/counties/430726/'],
      ['青山县', 2024, '/counties/439902/'],
      ['白水县', 2024, '/counties/439903/'],
    ]);
    for (const [i, c] of view.counties.entries()) {
      const r = results.counties[i]!.years.find((y) => y.year === c.year)!;
      expect(c.status).toBe(r.status);
      expect(c.areas.map((a) => a.status)).toEqual([r.areas.resource.status, r.areas.government.status, r.areas.quality.status, r.areas.recognition.status]);
      expect(c.met).toBe(r.indicators.filter((x) => x.status === 'met' || x.status === 'not_applicable').length);
    }
    const statuses = view.counties.map((c) => c.status);
    expect(view.counts).toEqual({
      met: statuses.filter((s) => s === 'met').length,
      notMet: statuses.filter((s) => s === 'not_met').length,
      incomplete: statuses.filter((s) => s === 'incomplete').length,
    });
    expect(view.sameYear).toBe(false);
  });

  it('counts the counties of each verdict per year, those without data included, and charts them', () => {
    const view = buildRegionOverview(results);
    for (const y of view.years) {
      const json = buildRegionJson(results, y.year);
      expect(y.met + y.notMet + y.incomplete + y.noData).toBe(3);
      expect(y.noData).toBe(json.counties.filter((c) => c.status === null).length);
      expect(y.met).toBe(json.counties.filter((c) => c.status === 'met').length);
    }
    expect(view.chart.labels).toEqual(['2022', '2023', '2024', '2025']);
    expect(view.chart.datasets.map((d) => d.label)).toEqual(['达标', '未达标', '尚未完成评估', '当年无数据']);
    expect(JSON.stringify(view.chart)).not.toMatch(/NaN|Infinity/);
  });
});

describe('buildRegionIndicatorView', () => {
  it('gives each county a status for every region year (当年无数据 where it has none)', () => {
    for (const id of INDICATOR_IDS) {
      const view = buildRegionIndicatorView(results, id);
      expect(view.rows).toHaveLength(3);
      for (const row of view.rows) expect(row.years.map((c) => c.year)).toEqual(results.years);
    }
    const g1 = buildRegionIndicatorView(results, 'G1');
    expect(g1.rows[2]!.years.find((c) => c.year === 2022)!.label).toBe('当年无数据');
    expect(g1.chart).toBeNull();
    expect(g1.rows[0]!.cv).toEqual([]);
    expect(g1.cvRows).toEqual([]);
  });

  it('R1–R7: both stages of every county, CV against the limit as the engine decided', () => {
    const view = buildRegionIndicatorView(results, 'R4');
    for (const [i, row] of view.rows.entries()) {
      const c = results.counties[i]!;
      const r = c.years.find((y) => y.year === c.reportYear)!;
      expect(row.cv.map((x) => x.stage)).toEqual(['primary', 'junior']);
      for (const cell of row.cv) {
        const w = r.resource[cell.stage]?.cv.R4;
        if (!w) expect(cell.label).toBe('无参评学校');
        else if (w.cv === null) expect(cell.status).toBe('no_data');
        else {
          expect(cell.status).toBe(w.cv_met ? 'met' : 'not_met');
          expect(cell.cvText).toMatch(/^\d+\.\d{3,}/);
        }
        expect(cell.cvText).not.toMatch(/NaN|null|undefined/);
      }
    }
    expect(view.cvRows.map((r) => `${r.county} ${r.stage}`)).toEqual(view.rows.flatMap((r) => [`${r.name} primary`, `${r.name} junior`]));
    expect(view.chart?.datasets).toHaveLength(2);
    expect(view.chart?.thresholds.map((t) => t.value)).toEqual([0.5, 0.45]);
  });

  it('the indicator list counts the counties of each status in the report year', () => {
    const list = buildRegionIndicatorList(results);
    const items = list.areas.flatMap((a) => a.indicators);
    expect(items.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    for (const i of items) expect(i.counts.met + i.counts.notMet + i.counts.noData + i.counts.none).toBe(3);
    // 2025: only 石门县 has data.
    expect(items.every((i) => i.counts.none === 2)).toBe(true);
  });
});

describe('buildRegionCsv', () => {
  it('one row per county with Chinese headers and words; 当年无数据 for a county without rows', () => {
    const csv = buildRegionCsv(buildRegionJson(results, 2025));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]!.split(',').slice(0, 10)).toEqual([
      '年份',
      '市（省）行政区划代码',
      '市（省）名称',
      '行政区划代码',
      '县区名称',
      '总体结论',
      '资源配置',
      '政府保障程度',
      '教育质量',
      '社会认可度',
    ]);
    expect(lines[0]!.split(',')).toHaveLength(10 + 32);
    expect(lines[1]!.split(',').slice(0, 6)).toEqual(['2025', '439900', '青岚市', '430726', '石门县', '达标']);
    expect(lines[2]!.split(',').slice(3, 7)).toEqual(['439902', '青山县', '当年无数据', '']);
    expect(lines[2]!.split(',')).toHaveLength(42);
  });
});

describe('buildRegionSite', () => {
  it('takes the name and footer from region.csv', () => {
    const site = buildRegionSite(results.info);
    expect(site.siteName).toBe('青岚市义务教育优质均衡发展情况');
    expect(site.footer).toEqual([
      { label: '主办单位', value: '青岚市教育局' },
      { label: '联系方式', value: '0736-1234567' },
    ]);
    expect(buildRegionSite({ ...results.info, site_name: '青岚教育' }).siteName).toBe('青岚教育');
  });

  it.each([
    ['/', '/'],
    ['/counties/', '/counties/'],
    ['/indicators/R1/', '/indicators/'],
    ['/nowhere/', null],
  ])('nav of %s is %s', (path, nav) => {
    expect(findCurrentNav(path, REGION_NAV)?.path ?? null).toBe(nav);
  });
});
