/**
 * Region mode renders every county's pages in the same run as the region's (issue 13): before
 * each page renders, select its county from the `county` param of the injected county routes
 * (`counties/[county]/…`, astro.region.config.mjs), or none for the region's own pages. Astro
 * runs middleware for prerendered pages at build time; pages render one at a time
 * (build.concurrency 1), so the current county cannot change under a page.
 */
import { defineMiddleware } from 'astro:middleware';
import { selectCounty } from '../boundary/region-counties';

export const onRequest = defineMiddleware(async (context, next) => {
  await selectCounty(context.params.county);
  return next();
});
