/**
 * The site's base path ('/' or e.g. '/yzjh/'), always with a trailing slash.
 *
 * Why not Vite's `import.meta.env.BASE_URL`: with Astro 7.3.5 it is '/' while pages are
 * prerendered even when `base` is set (assets get the base, page links would not).
 * The Astro configs take `base` from SITE_BASE (scripts/astro-shared-config.mjs), and
 * prerendering runs in the build's own process, so we read the same variable here. Use this
 * (or `withBase(BASE_URL, path)`) for every internal URL.
 *
 * Region mode renders every county's pages in one run: BASE_URL is then a live binding that
 * follows the current county (`<region base>counties/<code>/`, src/boundary/county-context.ts);
 * read it while rendering, never copy it at module load.
 */
import { onCountyChange } from './county-context';

function normalize(b: string): string {
  let s = b.trim() || '/';
  if (!s.startsWith('/')) s = `/${s}`;
  if (!s.endsWith('/')) s = `${s}/`;
  return s;
}

/** The base of the whole build (SITE_BASE): the single county's, or the region's. (`import.meta.env` is absent when a script imports this under tsx.) */
export const SITE_BASE_URL: string = normalize(process.env.SITE_BASE || import.meta.env?.BASE_URL || '/');

/** The absolute origin the site is published at (SITE_URL, e.g. https://jyj.example.gov.cn), or undefined. */
export const SITE_URL: string | undefined = process.env.SITE_URL?.trim() || undefined;

// A live binding on purpose (region mode, see above).
export let BASE_URL: string = SITE_BASE_URL;
onCountyChange((county) => {
  BASE_URL = county ? county.base : SITE_BASE_URL;
});
