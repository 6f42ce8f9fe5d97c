/**
 * Builds the site ONCE per test run (shared by the build and browser tests): the demo data
 * (program-owned demo/, never the county's data/) under the sub-path /yzjh/ into .test-dist/. Test files run in parallel forks of one
 * vitest process, so the first caller takes a lock (mkdir is atomic) and builds; the others
 * wait. A stamp with the vitest process id marks the build as done for this run.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ENV } from '../support/fixture-env';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_NAME = '.test-dist';
export const OUT_DIR = resolve(ROOT, OUT_NAME);
export const BASE = '/yzjh/';
const LOCK = resolve(ROOT, '.test-dist.lock');
const STAMP = resolve(OUT_DIR, '.built-by');
const runId = String(process.ppid);

/**
 * `npm run build --silent [-- args]` in this checkout with the test defaults (no telemetry, no
 * REPORT_YEAR from the shell) and `env` on top; the caller holds the build lock.
 */
export function runBuild(env: Record<string, string>, args: readonly string[] = []): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', 'build', '--silent', ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPORT_YEAR: '', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function isBuiltThisRun(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId;
}

/** Ensures .test-dist holds a fresh build of this run; returns its path. */
export async function ensureBuilt(): Promise<string> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (isBuiltThisRun()) return OUT_DIR;
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() > deadline) throw new Error('等待测试构建超时');
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (isBuiltThisRun()) return OUT_DIR;
      const r = runBuild({ BUILD_OUT: OUT_NAME, SITE_BASE: BASE, ...DEMO_ENV, NOTICES_DIR: '', PLAN_FILE: '' });
      if (r.status !== 0) throw new Error(`构建失败：\n${r.stdout}\n${r.stderr}`);
      writeFileSync(STAMP, runId);
      return OUT_DIR;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/**
 * Runs `fn` holding the same mkdir lock as the shared build: one Astro build at a time in this
 * checkout (builds share the `.astro/` caches). A lock older than 10 minutes is a leftover of a
 * killed run and is taken over.
 */
export async function withBuildLock<T>(fn: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
