/**
 * Where the search index being built lives while Astro renders (see
 * scripts/search-index-while-building.mjs): one global, shared by the integration (Astro's
 * process) and the middleware (the prerender bundle, run in the same process).
 */
export const SEARCH_INDEX_KEY = Symbol.for('yzjh.search-index-while-building');
