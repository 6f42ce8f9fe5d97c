/** The small page models that took the last computing out of the .astro files. */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import type { Dataset } from '../../../src/lib/dataset/types';
import type { AllYearsResult } from '../../../src/lib/engine/types';
import { buildBreadcrumbTrail } from '../../../src/lib/views/build-breadcrumb-trail';
import { buildAllianceGroups } from '../../../src/lib/views/build-alliance-groups';
import type { AllianceView } from '../../../src/lib/views/build-alliances-view';
import { buildHomePageView } from '../../../src/lib/views/build-home-page-view';
import { buildPlansPageView } from '../../../src/lib/views/build-plans-page-view';

describe('buildBreadcrumbTrail', () => {
  it('links every step with a path except the last, which is the current page', () => {
    expect(buildBreadcrumbTrail([{ label: '通知公告', href: '/notices/' }, { label: '分类' }, { label: '第2页', href: '/notices/page/2/' }])).toEqual([
      { label: '通知公告', href: '/notices/', current: false },
      { label: '分类', href: null, current: false },
      { label: '第2页', href: null, current: true },
    ]);
  });

  it('has no steps without breadcrumbs', () => expect(buildBreadcrumbTrail([])).toEqual([]));
});

describe('buildAllianceGroups', () => {
  const a = (id: string, kind: AllianceView['kind']): AllianceView => ({ alliance_id: id, name: id, kind, lead: [], members: [] });

  it('puts 教育联盟 before 教育共同体, keeping file order within each', () => {
    const groups = buildAllianceGroups([a('C1', '教育共同体'), a('L1', '教育联盟'), a('C2', '教育共同体')]);
    expect(groups.map((g) => [g.kind, g.alliances.map((x) => x.alliance_id)])).toEqual([
      ['教育联盟', ['L1']],
      ['教育共同体', ['C1', 'C2']],
    ]);
  });

  it('leaves out a kind with no alliances', () => {
    expect(buildAllianceGroups([a('C1', '教育共同体')]).map((g) => g.kind)).toEqual(['教育共同体']);
    expect(buildAllianceGroups([])).toEqual([]);
  });
});

describe('home and plans page models (demo)', () => {
  let ds: Dataset;
  let all: AllYearsResult;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
    all = computeAllYears(ds);
  });

  it('counts an area’s items met or not applicable as 达标', () => {
    const v = buildHomePageView(all);
    const report = all.years.find((y) => y.year === all.reportYear)!;
    for (const area of v.areas) {
      const items = report.indicators.filter((i) => i.area === area.id);
      expect(area.metCount).toBe(items.filter((i) => i.status === 'met' || i.status === 'not_applicable').length);
    }
  });

  it('counts the assessed parts and links every year newest first, marking the current and the report year', () => {
    const first = all.years[0]!;
    const v = buildPlansPageView(computeCountyPlan(ds, first), ds, first, all);
    const parts = first.parts.filter((p) => p.in_scope).length;
    expect(v.partsAssessed).toBe(parts);
    expect(v.yearLinks.map((y) => y.year)).toEqual(all.years.map((y) => y.year).reverse());
    expect(v.yearLinks.filter((y) => y.current).map((y) => y.year)).toEqual([first.year]);
    expect(v.yearLinks.find((y) => y.isReportYear)?.path).toBe('/plans/');
    expect(v.yearLinks.find((y) => y.year === first.year)?.path).toBe(first.year === all.reportYear ? '/plans/' : `/plans/${first.year}/`);
    expect([v.isReportYear, v.reportYearPath]).toEqual([first.year === all.reportYear, '/plans/']);
  });
});
