/**
 * The boundary of region mode (data format v1.1 "Several counties in one folder"): reads a
 * region folder — region.csv, the root's other file names, each county subfolder with the
 * dataset reader — and hands the bytes and results to the pure checks in src/lib/region.
 * `npm run check:data`, `npm run build` and the region's own pages all read a region here,
 * so they always find the same problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isReadFile } from '../lib/dataset/parse-data-files';
import { formatIssueReport } from '../lib/dataset/format-report';
import { checkRegionFiles, isCountyFiles, isRegionRoot, type FileBytes } from '../lib/region/check-region-files';
import { computeRegion, type RegionResults } from '../lib/region/compute-region';
import type { Region, RegionReadResult } from '../lib/region/types';
import { resolveSiteFolders } from './site-folders';
import { folderEntries } from './folder-entries';

/** Whether a subfolder of a region is a county: it holds county.csv (or county.xlsx) and is not the templates folder. */
export function isCountyFolder(dir: string): boolean {
  return isCountyFiles(basename(dir), { has: (name) => existsSync(join(dir, name)) });
}

/** The names of a region folder's county subfolders, in name order (nothing is read). */
export function listCountyFolders(dir: string): string[] {
  const abs = resolve(dir);
  return folderEntries(abs)
    .filter((e) => e.isDirectory && !e.name.startsWith('.') && isCountyFolder(join(abs, e.name)))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : 1));
}

/**
 * A county subfolder as the dataset reader takes it (readDataset): every name in it, with the
 * bytes of the data files.
 */
function countyFiles(dir: string): Map<string, FileBytes> {
  return new Map(readdirSync(dir).map((name) => [name, isReadFile(name) ? new Uint8Array(readFileSync(join(dir, name))) : null]));
}

/**
 * Reads and validates a region folder: every county on its own (issues name the folder), then
 * the region as a whole. The region is null when any error exists. The checks are the 数据自查
 * page's (checkRegionFiles, from the same bytes), so the page and the build find the same
 * problems; only a county subfolder's data files are read.
 */
export async function readRegion(dir: string): Promise<RegionReadResult> {
  const abs = resolve(dir);
  const entries = folderEntries(abs);
  // Of a subfolder that is not a county only the name matters (it is reported as ignored). A
  // broken link (a county folder linked from a place that has moved) is such a folder: it is
  // named in a warning, not silently left out of the site.
  const folders = new Map(
    entries.filter((e) => e.isDirectory || e.isBrokenLink).map((e) => [e.name, isCountyFolder(join(abs, e.name)) ? countyFiles(join(abs, e.name)) : new Map()]),
  );
  const root = new Map(entries.filter((e) => e.isFile).map((e) => [e.name, isRegionRoot([e.name]) ? new Uint8Array(readFileSync(join(abs, e.name))) : null]));
  return checkRegionFiles({ root, folders }, { dirOf: (folder) => join(abs, folder) });
}

/** A validated region and every county computed (the region pages and the county pages share it). */
export interface RegionData {
  region: Region;
  results: RegionResults;
}

let cached: Promise<RegionData> | null = null;

/**
 * The region of this build (the data folder of src/boundary/site-folders.ts), validated and
 * computed once (REPORT_YEAR per county); fails the build with every problem listed in Chinese.
 * Each county's dataset and results are the ones its own pages use (src/boundary/site-data.ts,
 * site-results.ts), so a region holds every county once.
 */
export function getRegionData(dir: string = resolveSiteFolders().dataDir): Promise<RegionData> {
  cached ??= readRegion(dir).then(({ region, issues }) => {
    if (!region) throw new Error(`数据有错误，网站未生成。\n${formatIssueReport(issues, dir)}`);
    return { region, results: computeRegion(region, process.env.REPORT_YEAR) };
  });
  return cached;
}

/** The region's results (see getRegionData). */
export async function getRegionResults(dir?: string): Promise<RegionResults> {
  return (await getRegionData(dir)).results;
}

/** One static path per year any county has, for the region's files named by year. */
export async function getRegionYearPaths(): Promise<{ params: { year: string } }[]> {
  const results = await getRegionResults();
  return results.years.map((y) => ({ params: { year: String(y) } }));
}
