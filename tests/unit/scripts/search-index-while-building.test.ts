/**
 * The search index is built while the pages render (scripts/search-index-while-building.mjs):
 * each page goes to Pagefind under the file it is written to, as `pagefind --site` would name
 * it. (The index itself is checked by the build tests: determinism, the region's county filter,
 * and search in the browser.)
 */
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../../scripts/search-index-while-building.mjs';

describe('pageFile', () => {
  it.each([
    ['/', '/', 'index.html'],
    ['/schools/1410001/', '/', 'schools/1410001/index.html'],
    ['/yzjh/', '/yzjh/', 'index.html'],
    ['/yzjh/indicators/R1/', '/yzjh/', 'indicators/R1/index.html'],
    ['/yzjh/404', '/yzjh/', '404.html'],
    ['/qinglan/counties/430726/notices/%E9%80%9A%E7%9F%A5/', '/qinglan', 'counties/430726/notices/通知/index.html'],
    ['/yzjh/search', '/yzjh/', 'search/index.html'],
  ])('%s under %s → %s', (pathname, base, file) => {
    expect(pageFile(pathname, base)).toBe(file);
  });
});
