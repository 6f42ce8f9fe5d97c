/**
 * The Astro boundary: reads the data folder once per build, and fails the build with every
 * problem listed (in Chinese) when the data has any error. Pages import from here; nothing
 * in src/lib imports astro. `npm run check:data` uses `readSiteDataset` too, so the check and
 * the build always find the same problems.
 *
 * Region mode (one Astro run for every county): `folders`, `dataDir` and `getDataset()` answer
 * for the current county (src/boundary/county-context.ts); `folders` and `dataDir` are live
 * bindings, so read them while rendering.
 */
import { readDataset } from '../lib/dataset/read-dataset';
import { formatIssueReport } from '../lib/dataset/format-report';
import type { Dataset, ReadResult } from '../lib/dataset/types';
import { countyKey, currentCounty, onCountyChange } from './county-context';
import { getCountyDataset } from './region-counties';
import { resolveSiteFolders, type SiteFolders } from './site-folders';

/** The folders of the build (DATA_DIR, or data/ when it holds data, or the demo). */
const buildFolders = resolveSiteFolders();

/** The folders of this build, or of the current county of a region (live binding). */
export let folders: SiteFolders = buildFolders;
/** The data folder, absolute (live binding, as `folders`). */
export let dataDir: string = buildFolders.dataDir;
onCountyChange((county) => {
  folders = county ? county.folders : buildFolders;
  dataDir = folders.dataDir;
});

/** Reads and validates a data folder; the dataset is null when any error exists. */
export function readSiteDataset(dir: string): Promise<ReadResult> {
  return readDataset(dir);
}

const cached = new Map<string, Promise<Dataset>>();

async function load(): Promise<Dataset> {
  const county = currentCounty();
  if (county) {
    return getCountyDataset(county.code);
  }
  const { dataset, issues } = await readSiteDataset(dataDir);
  if (!dataset) {
    throw new Error(`数据有错误，网站未生成。\n${formatIssueReport(issues, dataDir)}`);
  }
  return dataset;
}

/** The validated dataset (memoised: read once per build, once per county of a region). */
export function getDataset(): Promise<Dataset> {
  const key = countyKey();
  let p = cached.get(key);
  if (!p) {
    p = load();
    cached.set(key, p);
  }
  return p;
}
