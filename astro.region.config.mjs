// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

/**
 * The region's own pages (region mode: DATA_DIR holds region.csv and one folder per county).
 * `npm run build` (scripts/build-region.ts) builds these at the root of the site, and each
 * county's complete site under counties/<county_code>/ with astro.config.mjs. Same knobs:
 * SITE_URL, SITE_BASE, ASTRO_OUT_DIR.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.SITE_BASE || '/';

export default defineConfig({
  site,
  base,
  srcDir: './src/region',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  integrations: [sitemap()],
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
});
