// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { COUNTY_404_PAGE, regionCountyRoutes } from './scripts/region-county-routes.mjs';
import { sharedAstroConfig } from './scripts/astro-shared-config.mjs';

/**
 * Region mode (DATA_DIR holds region.csv and one folder per county), in ONE Astro run: the
 * region's own pages (src/region/pages) at the root of the site, and every county's complete
 * site — the pages of src/pages, unchanged — under counties/<county_code>/
 * (scripts/region-county-routes.mjs, src/region/middleware.ts). Pages render one at a time
 * (concurrency 1): the boundary modules answer for the county of the page being rendered.
 * Site, base and output folder (SITE_URL, SITE_BASE, ASTRO_OUT_DIR) as for a county:
 * scripts/astro-shared-config.mjs.
 */
export default defineConfig({
  ...sharedAstroConfig,
  srcDir: './src/region',
  integrations: [mdx(), sitemap({ filter: (page) => !COUNTY_404_PAGE.test(page) }), regionCountyRoutes()],
  build: { format: 'directory', concurrency: 1 },
});
