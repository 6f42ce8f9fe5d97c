/**
 * What a page's search searches. A single county's site has its own index (`<base>pagefind/`).
 * In region mode there is ONE index, at the region's root, over the region's pages and every
 * county's (issue 13: a Pagefind index per county cost about a second each and held them all
 * in one process); each county page carries its county as a Pagefind filter, and a county's
 * search page searches the region index with that filter set — the same pages its own index
 * would hold, linked under the region's base.
 */
import { BASE_URL, SITE_BASE_URL } from './base-url';
import { currentCounty } from './county-context';

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
  return { bundle: `${SITE_BASE_URL}pagefind/`, base: SITE_BASE_URL, filter: county.searchFilter };
}

/** A county's search page in a region hides the filter panel: its county is set, not chosen. */
export const SCOPED_SEARCH_CSS = '#search.search-scoped .pagefind-ui__filter-panel{display:none}';
