// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sharedAstroConfig } from './scripts/astro-shared-config.mjs';

/**
 * The county site. Site, base, output folder and their environment knobs (SITE_URL,
 * SITE_BASE, ASTRO_OUT_DIR) are shared with region mode: scripts/astro-shared-config.mjs.
 */
export default defineConfig({
  ...sharedAstroConfig,
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', concurrency: 2 },
});
