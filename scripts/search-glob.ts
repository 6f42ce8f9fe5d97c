/**
 * What Pagefind reads of a built site (its --glob). Pagefind parses every HTML file it is given,
 * searchable or not; the 明白卡 (`cards/`, one per school, printed, never marked
 * `data-pagefind-body`) are as many files as the school pages, about 3 s of a 10,000-school
 * index. They, the assets and the indexes themselves are left out (a build test checks that no
 * card is marked searchable).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of a site (or of a county's site in a region) with no searchable page. */
const NOT_SEARCHED = /^(cards|_astro|pagefind(-\d+)?)$/;

/** A brace glob of the given patterns (one pattern needs no braces). */
export const anyOf = (patterns: readonly string[]): string => (patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`);

/**
 * The glob patterns, relative to the site, of the HTML pages in the entries of `dir` (a folder
 * of the site, `prefix` its path from the site root), minus the folders without searchable
 * pages and any folder `skip` names.
 * @example pagePatterns('/dist') // ['404.html', 'index.html', 'indicators/**\/*.html', 'schools/**\/*.html', …]
 */
export function pagePatterns(dir: string, prefix = '', skip: (name: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isDirectory() ? !NOT_SEARCHED.test(e.name) && !skip(e.name) : e.name.endsWith('.html')))
    .map((e) => `${prefix}${e.name}${e.isDirectory() ? '/**/*.html' : ''}`)
    .sort();
}

/** The glob of a single county's site: every page but the cards. */
export function countySiteGlob(siteDir: string): string {
  return anyOf(pagePatterns(siteDir));
}

/** The glob of a group of counties in a region's site: every page of each but its cards. */
export function countyGroupGlob(siteDir: string, codes: readonly string[]): string {
  const entries = new Set(codes.flatMap((code) => pagePatterns(join(siteDir, 'counties', code))));
  return `counties/${anyOf(codes)}/${anyOf([...entries])}`;
}
