/**
 * Region mode's "current county" (issue 13): one Astro run renders every county's pages under
 * counties/<code>/, one page at a time (build.concurrency 1 in astro.region.config.mjs). The
 * region's middleware selects the county of each page from its `county` param before it
 * renders, and the boundary modules (site-data, site-results, notice-collection, report
 * texts, build info, base URL) answer for that county. In a single-county build no county is
 * ever selected and every module behaves exactly as before.
 *
 * No imports of other boundary modules: they subscribe here (onCountyChange), so there is no
 * import cycle.
 */
import type { SiteFolders } from './site-folders';

/** One county of a region as its pages see it. */
export interface SiteCounty {
  /** county_code (the folder under counties/ in the output). */
  code: string;
  /** Its subfolder's name inside the region folder, e.g. `石门县`. */
  folder: string;
  /** Its data, notices, plan, attachments and report-text folders. */
  folders: SiteFolders;
  /** Its base path: `<region base>counties/<code>/`. */
  base: string;
  /**
   * Its value of the region search index's county filter (SEARCH_FILTER_KEY): the county's
   * name, or `name（code）` when two counties of the region share the name.
   */
  searchFilter: string;
  /** The folder of its group's search index under the region's base (`pagefind-1/` …, src/lib/region/search-groups.ts). */
  searchIndex: string;
}

let current: SiteCounty | null = null;
const listeners: ((county: SiteCounty | null) => void)[] = [];

/** The county whose pages are being rendered; null in a single-county build and on region pages. */
export function currentCounty(): SiteCounty | null {
  return current;
}

/** The memo key of the current county ('' when none): boundary caches are kept per county. */
export function countyKey(): string {
  return current?.code ?? '';
}

/** Makes `county` current and tells every subscribed boundary module. */
export function setCurrentCounty(county: SiteCounty | null): void {
  if (county === current) return;
  current = county;
  for (const l of listeners) l(county);
}

/** Calls `fn` whenever the current county changes (boundary modules update their live exports). */
export function onCountyChange(fn: (county: SiteCounty | null) => void): void {
  listeners.push(fn);
}
