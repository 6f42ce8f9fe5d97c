// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndexWhileBuilding } from './scripts/search-index-while-building.mjs';

/**
 * Environment knobs (all optional):
 * - SITE_URL   absolute origin the site is published at (sitemap, RSS), e.g. https://jyj.puxian.gov.cn
 * - SITE_BASE  sub-path the site lives under, e.g. /yzjh/ (default /)
 * - DATA_DIR   data folder (read in src/boundary/site-data.ts), default ./data
 * - ASTRO_OUT_DIR  where `astro build` writes; scripts/build.mjs builds aside and swaps into dist/
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.SITE_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  integrations: [mdx(), sitemap(), searchIndexWhileBuilding()],
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
});
