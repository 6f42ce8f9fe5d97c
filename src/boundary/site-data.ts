/**
 * The Astro boundary: reads the data folder once per build, and fails the build with every
 * problem listed (in Chinese) when the data has any error. Pages import from here; nothing
 * in src/lib imports astro. `npm run check:data` uses `readSiteDataset` too, so the check and
 * the build always find the same problems.
 */
import { readDataset } from '../lib/dataset/read-dataset';
import { formatIssueReport } from '../lib/dataset/format-report';
import type { Dataset, ReadResult } from '../lib/dataset/types';
import { resolveSiteFolders } from './site-folders';

/** The folders of this build (DATA_DIR, or data/ when it holds data, or the demo). */
export const folders = resolveSiteFolders();
/** The data folder, absolute. */
export const dataDir = folders.dataDir;

/** Reads and validates a data folder; the dataset is null when any error exists. */
export function readSiteDataset(dir: string): Promise<ReadResult> {
  return readDataset(dir);
}

let cached: Promise<Dataset> | null = null;

async function load(): Promise<Dataset> {
  const { dataset, issues } = await readSiteDataset(dataDir);
  if (!dataset) {
    throw new Error(`数据有错误，网站未生成。\n${formatIssueReport(issues, dataDir)}`);
  }
  return dataset;
}

/** The validated dataset (memoised: read once per build). */
export function getDataset(): Promise<Dataset> {
  cached ??= load();
  return cached;
}
