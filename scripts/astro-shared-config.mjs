// @ts-check
/**
 * The Astro settings the county site (astro.config.mjs) and region mode
 * (astro.region.config.mjs) share, written once. Environment knobs (all optional):
 * - SITE_URL       absolute origin the site is published at (sitemap, RSS), e.g. https://jyj.puxian.gov.cn
 * - SITE_BASE      sub-path the site lives under, e.g. /yzjh/ (default /)
 * - ASTRO_OUT_DIR  where `astro build` writes; scripts/build.ts and scripts/build-region.ts
 *                  build aside and swap into dist/
 * The data folders (DATA_DIR …) are read in src/boundary/site-folders.ts, not here.
 *
 * @type {Pick<import('astro').AstroUserConfig, 'site' | 'base' | 'trailingSlash' | 'outDir' | 'devToolbar'>}
 */
export const sharedAstroConfig = {
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  devToolbar: { enabled: false },
};
