/**
 * Region mode in one Astro run: every route file of src/pages is published again under
 * counties/[county]/ (scripts/region-county-routes.mjs), at the path a county's own build
 * gives it under its base.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyRoutePattern, routeFiles } from '../../../scripts/region-county-routes.mjs';
import { countyBase } from '../../../src/lib/region/county-base';

const PAGES = resolve(import.meta.dirname, '../../../src/pages');

describe('countyRoutePattern', () => {
  it.each([
    ['index.astro', '/counties/[county]'],
    ['schools/index.astro', '/counties/[county]/schools'],
    ['schools/[id].astro', '/counties/[county]/schools/[id]'],
    ['data/results-[year].json.ts', '/counties/[county]/data/results-[year].json'],
    ['notices/category/[category]/page/[page].astro', '/counties/[county]/notices/category/[category]/page/[page]'],
    ['rss.xml.ts', '/counties/[county]/rss.xml'],
    ['404.astro', '/counties/[county]/404'],
  ])('%s → %s', (file, pattern) => {
    expect(countyRoutePattern(file)).toBe(pattern);
  });
});

describe('routeFiles of src/pages', () => {
  const files = routeFiles(PAGES);

  it('lists the pages and endpoints, not the `_` partials', () => {
    expect(files).toContain('schools/[id].astro');
    expect(files).toContain('data/results-[year].json.ts');
    expect(files).toContain('index.astro');
    expect(files.filter((f) => f.split('/').some((s) => s.startsWith('_')))).toEqual([]);
    expect(files.filter((f) => !/\.(astro|ts)$/.test(f))).toEqual([]);
  });

  it('gives every route its own county pattern', () => {
    const patterns = files.map(countyRoutePattern);
    expect(new Set(patterns).size).toBe(files.length);
  });
});

describe('countyBase', () => {
  it.each([
    ['/', '430726', '/counties/430726/'],
    ['/yzjh/', '430726', '/yzjh/counties/430726/'],
    ['/yzjh', '430726', '/yzjh/counties/430726/'],
  ])('%s + %s → %s', (base, code, want) => {
    expect(countyBase(base, code)).toBe(want);
  });
});
