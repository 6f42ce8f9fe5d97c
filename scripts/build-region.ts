/**
 * The region half of `npm run build` (DATA_DIR holds region.csv and one subfolder per county,
 * data format v1.1); the data and notices check runs beside step 1 (scripts/build.ts), whose
 * output is held back until the check passes:
 * 1. ONE Astro run (astro.region.config.mjs): the region's own pages at the root of the staging
 *    folder and every county's complete site — the pages a county alone gets, computed as
 *    alone — under counties/<county_code>/ (scripts/region-county-routes.mjs);
 * 2. into each county's site, public/ (as its own build copies it) and its notice attachments
 *    (its folder's attachments/) into counties/<code>/attachments/;
 * 3. the search indexes (`pagefind --site`, as for a county): `pagefind/` over the region's own
 *    pages and one index per group of counties, a group bounded by its schools (Pagefind holds
 *    an index's pages in memory: one index over a 30,000-school region took 4.4 GB); each
 *    county page carries its county as a Pagefind filter and a county's search page searches
 *    its group's index with the filter set, the region's search page merges them all
 *    (src/boundary/search-scope.ts). An index per county cost about a second each, whatever
 *    its size.
 */
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { anyOf, countyGroupGlob, pagePatterns } from './search-glob';
import { join } from 'node:path';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { countySiteFolders } from '../src/boundary/site-folders';
import { listCountyFolders } from '../src/boundary/site-region';

export { countyBase } from '../src/lib/region/county-base';

/** Runs one step (a command with extra environment); stops the build when it fails. */
export type RunStep = (cmd: string, args: string[], what: string, env?: Record<string, string>) => void;

/** The county codes of a built region site (each folder of counties/ with a home page). */
function builtCounties(newDir: string): string[] {
  const dir = join(newDir, 'counties');
  return readdirSync(dir)
    .filter((code) => existsSync(join(dir, code, 'index.html')))
    .sort();
}

/**
 * Copies public/ (favicon …) into each county's site, as its own build's publicDir did, then
 * each county's attachments/ into its site. Only a county that has attachments is read
 * (for its county_code), one at a time, so memory stays that of one county.
 */
async function copyStaticFiles(root: string, dataDir: string, newDir: string): Promise<void> {
  // Astro writes a county's 404 page as counties/<code>/404/index.html; its own build wrote 404.html.
  for (const code of builtCounties(newDir)) {
    const dir = join(newDir, 'counties', code, '404');
    if (!existsSync(join(dir, 'index.html'))) continue;
    renameSync(join(dir, 'index.html'), `${dir}.html`);
    rmdirSync(dir);
  }
  const publicDir = join(root, 'public');
  if (existsSync(publicDir)) for (const code of builtCounties(newDir)) cpSync(publicDir, join(newDir, 'counties', code), { recursive: true });
  for (const folder of listCountyFolders(dataDir)) {
    const folders = countySiteFolders(root, join(dataDir, folder));
    const from = folders.attachmentDirs[0]!;
    if (!existsSync(from)) continue;
    const { dataset } = await readDataset(folders.dataDir);
    if (!dataset) throw new Error(`${folder}：数据有错误（check:data 应已停止构建）。`);
    cpSync(from, join(newDir, 'counties', dataset.county.county_code, 'attachments'), { recursive: true });
  }
}

/**
 * After the checked region's Astro run (astro.region.config.mjs into `newDir`, started by the
 * caller beside the data check): the static files and attachments of each county, then the
 * search index. The caller swaps `newDir` into place.
 */
export async function finishRegion(root: string, dataDir: string, newDir: string, run: RunStep, fail: (what: string, error: unknown) => never): Promise<void> {
  try {
    await copyStaticFiles(root, dataDir, newDir);
  } catch (error) {
    fail('各县静态文件和公告附件复制', error);
  }
  for (const { output, glob } of searchIndexes(newDir)) run('pagefind', ['--site', newDir, '--output-subdir', output, '--glob', glob, '--silent'], '搜索索引生成');
}

/**
 * The search indexes of a built region (src/boundary/search-scope.ts): `pagefind/` over the
 * region's own pages, and one per group of counties over theirs. The groups are read from
 * what the pages load — each county's search page names its group's bundle
 * (`data-bundle="…/pagefind-2/"`) — so the indexes are exactly those the pages search.
 */
export function searchIndexes(siteDir: string): { output: string; glob: string }[] {
  const countiesDir = join(siteDir, 'counties');
  const byGroup = new Map<string, string[]>();
  for (const code of builtCounties(siteDir)) {
    const search = join(countiesDir, code, 'search', 'index.html');
    const group = existsSync(search) ? /data-bundle="[^"]*\/(pagefind-\d+)\/"/.exec(readFileSync(search, 'utf8'))?.[1] : undefined;
    if (!group) throw new Error(`counties/${code}/search/index.html 没有指明搜索索引（data-bundle）。`);
    byGroup.set(group, [...(byGroup.get(group) ?? []), code]);
  }
  const own = pagePatterns(siteDir, '', (name) => name === 'counties');
  const indexes = [{ output: 'pagefind', glob: anyOf([...own, 'counties/index.html']) }];
  for (const [group, codes] of [...byGroup].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    indexes.push({ output: group, glob: countyGroupGlob(siteDir, codes) });
  }
  return indexes;
}
