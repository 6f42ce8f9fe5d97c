/**
 * `npm run build [-- 数据文件夹]`: builds the site aside and swaps it into dist/ only when every
 * step succeeded, so a data or content error never publishes half a site and never destroys
 * the previous dist/.
 *
 * Steps: data and notices check (prints every problem in Chinese), with the astro build into
 * .build/<out>-new started beside it → demo attachments (demo only) → Pagefind search index →
 * swap into dist/.
 * The data folder comes from the first argument, `DATA_DIR`, or `resolveSiteFolders()`.
 * A region folder (region.csv and one subfolder per county) is built by scripts/build-region.ts:
 * the region's pages at the root and each county's complete site under counties/<code>/, in
 * one Astro run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ATTACHMENTS_DIR, resolveSiteFolders, takeDataDirArgument } from '../src/boundary/site-folders';
import { finishRegion } from './build-region';
import { countySiteGlob } from './search-glob';

const root = resolve(import.meta.dirname, '..');
takeDataDirArgument(process.argv.slice(2));
const outName = process.env.BUILD_OUT || 'dist';
const finalDir = resolve(root, outName);
// Staging folders live under .build/ (git-ignored), on the same disk as the output so the
// final swap is a rename.
const stageName = outName.replace(/[\\/]/g, '_');
const buildDir = resolve(root, '.build');
const newDir = resolve(buildDir, `${stageName}-new`);
// The previous output, once replaced: one folder per build, removed in the background.
const oldDir = resolve(buildDir, `${stageName}-old-${process.pid}-${Date.now()}`);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: newDir };

function run(cmd: string, args: string[], what: string, extraEnv: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) stop(what, r.status ?? 1);
}

/** Ends the build after a failed step: the staging folder removed, the previous output kept, the reason in Chinese. */
function stop(what: string, code: number): never {
  rmSync(newDir, { recursive: true, force: true });
  console.error(`\n构建已停止：${what}未通过。${existsSync(finalDir) ? `原有的 ${outName}/ 保持不变。` : ''}`);
  process.exit(code);
}

/** Starts a command with its output held back until `release()` writes it out and lets the rest through (see checkWhileBuilding). */
function startHeld(cmd: string, args: string[]): { child: ChildProcess; release: () => void } {
  const win = process.platform === 'win32';
  // Its own process group (POSIX), so a stop ends the whole tree (npx/astro/vite workers).
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], shell: win, detached: !win });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let live = false;
  child.stdout!.on('data', (d: Buffer) => (live ? process.stdout.write(d) : held.push([process.stdout, d])));
  child.stderr!.on('data', (d: Buffer) => (live ? process.stderr.write(d) : held.push([process.stderr, d])));
  return {
    child,
    release: () => {
      for (const [stream, d] of held.splice(0)) stream.write(d);
      live = true;
    },
  };
}

const exitCode = (child: ChildProcess): Promise<number> => new Promise((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('close', (code) => done(code ?? 1))));

/**
 * The data and notices check and the Astro build, side by side: on two cores the build's
 * start-up (Vite bundling, content sync) overlaps the check instead of waiting for it. Nothing
 * of the build is shown until the check has passed, so staff read the check's full Chinese
 * report first and only; when the check fails the build is stopped and its staging folder
 * removed (the build validates the same data itself, so it never publishes what the check
 * refuses).
 */
async function checkWhileBuilding(astroArgs: string[], what = '网站生成'): Promise<void> {
  const check = startHeld('tsx', ['scripts/check-data.ts']);
  const astro = startHeld('astro', astroArgs);
  const checked = await exitCode(check.child);
  check.release();
  if (checked !== 0) {
    try {
      if (process.platform === 'win32') astro.child.kill();
      else process.kill(-astro.child.pid!, 'SIGTERM');
    } catch {
      // already ended
    }
    await exitCode(astro.child);
    stop('数据和公告检查', checked);
  }
  astro.release();
  const built = await exitCode(astro.child);
  if (built !== 0) stop(what, built);
}

function fail(what: string, error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  stop(what, 1);
}

if (!process.env.SITE_URL) {
  console.warn(
    '提示：没有设置 SITE_URL（网站的正式域名），RSS 订阅和站点地图里的链接会指向 http://localhost:4321。本地预览可以不管；正式发布前请设置，例如 SITE_URL=https://jyj.example.gov.cn。',
  );
}

const folders = resolveSiteFolders(root, process.env);
rmSync(newDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });
if (folders.region) {
  // As for a county: the check (every county, its notices and plan) beside the Astro run, not before it.
  await checkWhileBuilding(['build', '--force', '--config', 'astro.region.config.mjs'], '市（省）和各县网站生成');
  await finishRegion(root, folders.dataDir, newDir, run, fail);
} else {
  // --force: the content layer's cache (node_modules/.astro) keeps the notices of the previous
  // build; when NOTICES_DIR changed since, Astro keeps the old file of a repeated slug and the
  // notices check then misses the new one.
  await checkWhileBuilding(['build', '--force']);
  // The demo's notice attachments ship in demo/attachments/; a county's are in public/attachments/.
  if (folders.builtInDemo && existsSync(resolve(root, DEMO_ATTACHMENTS_DIR))) {
    cpSync(resolve(root, DEMO_ATTACHMENTS_DIR), resolve(newDir, 'attachments'), { recursive: true });
  }
  // After the pages, from the files: measured at 10,000 schools, Astro 55 s then Pagefind 17 s
  // (on both cores), against 85 s when each page was handed to Pagefind's Node API as it
  // rendered (the hand-over cost Astro's single thread more than Pagefind saved).
  run('pagefind', ['--site', newDir, '--glob', countySiteGlob(newDir), '--silent'], '搜索索引生成');
}

/**
 * Removes folders in a detached process that outlives the build: deleting a large previous
 * output (a 10,000-school site is 20,000 folders) took about 10 s that staff waited for after
 * the new site was already in place. A folder left by an interrupted removal is removed by the
 * next build's.
 */
function removeInBackground(dirs: string[]): void {
  if (dirs.length === 0) return;
  const code = `const fs = require('node:fs'); for (const d of ${JSON.stringify(dirs)}) fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 });`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore', windowsHide: true }).unref();
}

const leftOld = readdirSync(buildDir).filter((name) => name === `${stageName}-old` || name.startsWith(`${stageName}-old-`));
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(newDir, finalDir);
removeInBackground([...leftOld.map((name) => resolve(buildDir, name)), ...(existsSync(oldDir) ? [oldDir] : [])]);
console.log(`网站已生成：${outName}/（数据：${folders.dataLabel}${folders.builtInDemo ? '，示例数据' : ''}${folders.region ? '，多县' : ''}）`);
