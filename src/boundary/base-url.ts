/**
 * The site's base path ('/' or e.g. '/yzjh/'), always with a trailing slash.
 *
 * Why not Vite's `import.meta.env.BASE_URL`: with Astro 7.3.5 it is '/' while pages are
 * prerendered even when `base` is set (assets get the base, page links would not).
 * astro.config.mjs takes `base` from SITE_BASE, and prerendering runs in the build's own
 * process, so we read the same variable here. Use this (or `withBase(BASE_URL, path)`) for
 * every internal URL.
 */
function normalize(b: string): string {
  let s = b.trim() || '/';
  if (!s.startsWith('/')) s = `/${s}`;
  if (!s.endsWith('/')) s = `${s}/`;
  return s;
}

export const BASE_URL: string = normalize(process.env.SITE_BASE || import.meta.env.BASE_URL || '/');
