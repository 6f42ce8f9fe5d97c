/**
 * Joins the site's base path (Astro `import.meta.env.BASE_URL`, e.g. `/` or `/yzjh/`) and an
 * internal path, so every link works when the site lives under a sub-path.
 *
 * @example withBase('/yzjh/', '/schools/') // → '/yzjh/schools/'
 * @example withBase('/yzjh', 'schools/')   // → '/yzjh/schools/'
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}
