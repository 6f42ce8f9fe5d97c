/**
 * The boundary of region mode (data format v1.1 "Several counties in one folder"): reads a
 * region folder — region.csv, the root's other file names, each county subfolder with the
 * dataset reader — and hands the bytes and results to the pure checks in src/lib/region.
 * `npm run check:data`, `npm run build` and the region's own pages all read a region here,
 * so they always find the same problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataset } from '../lib/dataset/read-dataset';
import { formatIssueReport } from '../lib/dataset/format-report';
import { assembleRegion } from '../lib/region/assemble-region';
import { computeRegion, type RegionResults } from '../lib/region/compute-region';
import { REGION_FILE, type CountyRead, type RegionReadResult } from '../lib/region/types';
import { resolveSiteFolders } from './site-folders';

/** Whether a subfolder of a region is a county: it holds county.csv (or county.xlsx). */
function isCountyFolder(dir: string): boolean {
  return existsSync(join(dir, 'county.csv')) || existsSync(join(dir, 'county.xlsx'));
}

/**
 * Reads and validates a region folder: every county on its own (issues name the folder), then
 * the region as a whole. The region is null when any error exists.
 */
export async function readRegion(dir: string): Promise<RegionReadResult> {
  const abs = resolve(dir);
  const entries = readdirSync(abs, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  const counties: CountyRead[] = [];
  const countyCsv = new Map<string, Uint8Array>();
  const otherFolders: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const sub = join(abs, e.name);
    if (!isCountyFolder(sub)) {
      otherFolders.push(e.name);
      continue;
    }
    if (existsSync(join(sub, 'county.csv'))) countyCsv.set(e.name, new Uint8Array(readFileSync(join(sub, 'county.csv'))));
    counties.push({ folder: e.name, dir: sub, read: await readDataset(sub) });
  }
  const regionPath = join(abs, REGION_FILE);
  return assembleRegion({
    regionBytes: existsSync(regionPath) ? new Uint8Array(readFileSync(regionPath)) : null,
    rootFiles: entries.filter((x) => x.isFile() && x.name !== REGION_FILE).map((x) => x.name),
    counties,
    countyCsv,
    otherFolders,
  });
}

let cached: Promise<RegionResults> | null = null;

/**
 * The region of this build (the data folder of src/boundary/site-folders.ts), validated and computed
 * once (REPORT_YEAR per county); fails the build with every problem listed in Chinese.
 */
export function getRegionResults(dir: string = resolveSiteFolders().dataDir): Promise<RegionResults> {
  cached ??= readRegion(dir).then(({ region, issues }) => {
    if (!region) throw new Error(`数据有错误，网站未生成。\n${formatIssueReport(issues, dir)}`);
    return computeRegion(region, process.env.REPORT_YEAR);
  });
  return cached;
}

/** One static path per year any county has, for the region's files named by year. */
export async function getRegionYearPaths(): Promise<{ params: { year: string } }[]> {
  const results = await getRegionResults();
  return results.years.map((y) => ({ params: { year: String(y) } }));
}
