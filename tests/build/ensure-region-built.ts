/**
 * Builds the region-three fixture (three counties, tests/fixtures/region-three) ONCE per test
 * run under the sub-path /qinglan/ into .test-region-dist/, for the region build test and the
 * region browser test. Holds the same lock as every other build of this checkout.
 */
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBuild, withBuildLock } from './ensure-built';

export const REGION_OUT = '.test-region-dist';
export const REGION_OUT_DIR = join(ROOT, REGION_OUT);
export const REGION_BASE = '/qinglan/';
export const REGION_FIXTURE = 'tests/fixtures/region-three';
const STAMP = join(REGION_OUT_DIR, '.built-by');
/** What this run's region build printed (stdout, then stderr), kept for the test files that come after it. */
const LOG = join(ROOT, '.test-region-build.log');
const runId = String(process.ppid);

/** `npm run build -- <dataDir>` into .test-region-dist/ under /qinglan/ (the caller holds the lock). */
export function buildRegionFolder(dataDir: string): SpawnSyncReturns<string> {
  // One county per search index (SEARCH_GROUP_SCHOOLS=1): the tests see the region search merge several indexes.
  return runBuild({ SITE_BASE: REGION_BASE, BUILD_OUT: REGION_OUT, NOTICES_DIR: '', PLAN_FILE: '', DATA_DIR: '', SEARCH_GROUP_SCHOOLS: '1' }, [dataDir]);
}

/** Ensures .test-region-dist holds this run's build of region-three; returns its path and what the build printed. */
export async function ensureRegionBuilt(): Promise<{ dir: string; log: string }> {
  return withBuildLock(() => {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) return { dir: REGION_OUT_DIR, log: readFileSync(LOG, 'utf8') };
    const r = buildRegionFolder(REGION_FIXTURE);
    if (r.status !== 0) throw new Error(`多县构建失败：\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    const log = `${r.stdout}\n${r.stderr}`;
    writeFileSync(LOG, log);
    writeFileSync(STAMP, runId);
    return { dir: REGION_OUT_DIR, log };
  });
}
