/**
 * The Astro boundary: reads the data folder once per build, and fails the build with every
 * problem listed (in Chinese) when the data has any error. Pages import from here; nothing
 * in src/lib imports astro.
 */
import { resolve } from 'node:path';
import { readDataset } from './lib/dataset/read-dataset';
import { formatIssueReport } from './lib/dataset/format-report';
import type { Dataset } from './lib/dataset/types';

/** DATA_DIR, absolute or relative to the project root (the build's working directory). */
export const dataDir = resolve(process.cwd(), process.env.DATA_DIR || 'data');

let cached: Promise<Dataset> | null = null;

async function load(): Promise<Dataset> {
  const { dataset, issues } = await readDataset(dataDir);
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
