/**
 * Region mode in one Astro run (issue 13): every county page route is injected a second time
 * as `counties/[county]/…` (astro.region.config.mjs); its static paths are the county page's
 * own paths, once per county, with `county` added (`countyPaths`), and the region's
 * middleware selects the county of each page before it renders (`selectCounty`). Each
 * county's dataset and results are the region's (src/boundary/site-region.ts): computed
 * exactly as alone, with its own report year.
 */
import type { Dataset } from '../lib/dataset/types';
import type { AllYearsResult } from '../lib/engine/types';
import { countyBase } from '../lib/region/county-base';
import { SEARCH_GROUP_SCHOOLS, searchGroupFolder, searchGroups } from '../lib/region/search-groups';
import { SITE_BASE_URL } from './base-url';
import { currentCounty, setCurrentCounty, type SiteCounty } from './county-context';
import { countySiteFolders } from './site-folders';
import { getRegionData } from './site-region';

let counties: Promise<Map<string, SiteCounty>> | null = null;

/** The schools one search index holds (SEARCH_GROUP_SCHOOLS; the environment's SEARCH_GROUP_SCHOOLS for tests and large machines). */
const SEARCH_GROUP_LIMIT = Number(process.env.SEARCH_GROUP_SCHOOLS) > 0 ? Number(process.env.SEARCH_GROUP_SCHOOLS) : SEARCH_GROUP_SCHOOLS;

/** Every county of the region, by county_code, in county_code order. */
export function getRegionCounties(): Promise<Map<string, SiteCounty>> {
  counties ??= getRegionData().then(({ region }) => {
    const root = process.cwd();
    const named = new Map<string, number>();
    for (const c of region.counties) named.set(c.dataset.county.county_name, (named.get(c.dataset.county.county_name) ?? 0) + 1);
    const groups = searchGroups(
      region.counties.map((c) => c.dataset.schools.length),
      SEARCH_GROUP_LIMIT,
    );
    return new Map(
      region.counties.map((c, i) => {
        const { county_code: code, county_name: name } = c.dataset.county;
        const searchFilter = named.get(name) === 1 ? name : `${name}（${code}）`;
        const searchIndex = searchGroupFolder(groups[i] ?? 0);
        return [code, { code, folder: c.folder, folders: countySiteFolders(root, c.dir), base: countyBase(SITE_BASE_URL, code), searchFilter, searchIndex }];
      }),
    );
  });
  return counties;
}

/** Makes the county of a page current (none: the region's own pages). */
export async function selectCounty(code: string | undefined): Promise<void> {
  if (code === undefined) {
    setCurrentCounty(null);
    return;
  }
  const county = (await getRegionCounties()).get(code);
  if (!county) throw new Error(`没有县代码为 ${code} 的县。`);
  setCurrentCounty(county);
}

interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}
type PathsFn = (options: never) => StaticPath[] | Promise<StaticPath[]>;

/**
 * The static paths of a county page in region mode: for each county, that county selected,
 * the page's own paths (a page without getStaticPaths has one) with `county` added.
 */
export function countyPaths(fn?: PathsFn): (options: never) => Promise<StaticPath[]> {
  return async (options) => {
    const out: StaticPath[] = [];
    const before = currentCounty();
    for (const county of (await getRegionCounties()).values()) {
      setCurrentCounty(county);
      const paths = fn ? await fn(options) : [{ params: {} }];
      for (const p of paths) out.push({ ...p, params: { ...p.params, county: county.code } });
    }
    setCurrentCounty(before);
    return out;
  };
}

/** The dataset of a county of the region (the one the region computed). */
export async function getCountyDataset(code: string): Promise<Dataset> {
  const { region } = await getRegionData();
  const c = region.counties.find((x) => x.dataset.county.county_code === code);
  if (!c) throw new Error(`没有县代码为 ${code} 的县。`);
  return c.dataset;
}

/** Every year's results of a county of the region, with its own report year (as alone). */
export async function getCountyResults(code: string): Promise<AllYearsResult> {
  const { results } = await getRegionData();
  const c = results.counties.find((x) => x.county_code === code);
  if (!c) throw new Error(`没有县代码为 ${code} 的县。`);
  return { reportYear: c.reportYear, years: c.years };
}

/** The link from a county's pages back to the region's overview; null outside region mode. */
export async function getRegionBackLink(): Promise<{ href: string; label: string } | null> {
  if (!currentCounty()) return null;
  const { info } = (await getRegionData()).results;
  return { href: SITE_BASE_URL, label: `返回${info.region_name}总览` };
}
