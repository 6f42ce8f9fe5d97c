/**
 * What a page's search searches. A single county's site has its own index (`<base>pagefind/`).
 * In region mode the region's own pages have `pagefind/` at the region's root, and the counties
 * are indexed in groups bounded by their schools (`pagefind-1/`, `pagefind-2/` …,
 * src/lib/region/search-groups.ts; issue 13: an index per county cost about a second each, one
 * index for a whole province held every page in one 4 GB process). Each county page carries its
 * county as a Pagefind filter; a county's search page searches its group's index with that
 * filter set — the same pages its own index would hold, linked under the region's base — and
 * the region's search page merges every index.
 */
import { BASE_URL, SITE_BASE_URL } from './base-url';
import { currentCounty } from './county-context';
import { getRegionCounties } from './region-counties';

/** The name of the county filter in the region's search index (the filter panel shows it). */
export const SEARCH_FILTER_KEY = '县';

export interface SearchScope {
  /** Where the Pagefind bundle is (…/pagefind/). */
  bundle: string;
  /** The base the index's URLs are relative to. */
  base: string;
  /** The county filter value of this page (region mode, a county's page), else null. */
  filter: string | null;
}

/** The search scope of the page being rendered (read while rendering: BASE_URL follows the county). */
export function searchScope(): SearchScope {
  const county = currentCounty();
  if (!county) return { bundle: `${BASE_URL}pagefind/`, base: BASE_URL, filter: null };
  return { bundle: `${SITE_BASE_URL}${county.searchIndex}`, base: SITE_BASE_URL, filter: county.searchFilter };
}

/** The region's search page: its own pages' index, merged with every county group's (in order). */
export async function regionSearchBundles(): Promise<{ bundle: string; merge: string[] }> {
  const groups = [...new Set([...(await getRegionCounties()).values()].map((c) => c.searchIndex))];
  return { bundle: `${SITE_BASE_URL}pagefind/`, merge: groups.map((g) => `${SITE_BASE_URL}${g}`) };
}

/** A county's search page in a region hides the filter panel: its county is set, not chosen. */
export const SCOPED_SEARCH_CSS = '#search.search-scoped .pagefind-ui__filter-panel{display:none}';
