/**
 * `npx tsx bench/region.ts`: the region case of the benchmark (issue 13). Generates a region
 * folder of BENCH_REGION_COUNTIES counties (default 100) sharing BENCH_REGION_SCHOOLS schools
 * (default 10,000), each county a valid synthetic folder (generate-dataset.ts, own seed and
 * county code), then measures the whole `npm run build` of the region (data check, the
 * region's pages, every county's site, the search indexes) — wall time and peak RSS of the
 * process tree and of any single process — against a trivial Astro project with the same
 * number of pages, built twice right after it (the machine is shared: both are shown).
 * Writes bench/out/region-results.json and prints a Markdown block for bench/REPORT.md.
 *
 * Knobs: BENCH_REGION_COUNTIES, BENCH_REGION_SCHOOLS, BENCH_ECHO=1, BENCH_BUILD_TIMEOUT_MIN (60).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { writeDataset } from './generate-dataset';
import { listFiles, mb, runMeasured, sec, type RunResult } from './measure';
import { writeTrivialSite } from './trivial-site';

const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'bench/out');
const counties = Math.max(1, Number(process.env.BENCH_REGION_COUNTIES) || 100);
const schools = Math.max(counties, Number(process.env.BENCH_REGION_SCHOOLS) || 10_000);
const echo = process.env.BENCH_ECHO === '1';
const timeoutMs = (Number(process.env.BENCH_BUILD_TIMEOUT_MIN) || 60) * 60_000;
const log = (s: string) => console.log(`[bench:region] ${s}`);

/** Writes the region folder: region.csv and one generated county per subfolder. */
function writeRegion(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'region.csv'), 'region_code,region_name,level,publisher\r\n149000,合成省,省,合成省教育厅\r\n');
  const per = Math.floor(schools / counties);
  for (let i = 0; i < counties; i++) {
    const sub = join(dir, `合成县${String(i + 1).padStart(3, '0')}`);
    writeDataset(sub, { schools: per + (i < schools % counties ? 1 : 0), seed: 20240901 + i });
    // Each county its own code (14xxxx, never the demo's 141033) and name.
    const code = String(149100 + i + 1);
    const county = readFileSync(join(sub, 'county.csv'), 'utf8').replace(/\r\n141099,合成县（\d+校）,/, `\r\n${code},合成县${i + 1},`);
    writeFileSync(join(sub, 'county.csv'), county);
  }
}

async function trivial(pages: number): Promise<RunResult> {
  const dir = writeTrivialSite(root, join(outRoot, 'trivial-region'), pages);
  return runMeasured('npx', ['astro', 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, echo });
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const dataDir = join(outRoot, `region-${counties}x${schools}`);
const buildOut = `bench/out/site-region-${counties}x${schools}`;
log(`生成 ${counties} 个县、共 ${schools} 所学校 → ${dataDir}`);
writeRegion(dataDir);
const loadBefore = load();
log(`npm run build（负载 ${loadBefore}）…`);
const run = await runMeasured('npm', ['run', 'build', '--', dataDir], {
  cwd: root,
  env: { ...process.env, DATA_DIR: '', NOTICES_DIR: '', PLAN_FILE: '', REPORT_YEAR: '', BUILD_OUT: buildOut, ASTRO_TELEMETRY_DISABLED: '1' },
  echo,
  timeoutMs,
});
const loadAfter = load();
const html = run.code === 0 ? listFiles(join(root, buildOut)).filter((f) => f.endsWith('.html')).length : 0;
// Astro's own "N page(s) built in …" lines: one per Astro run (the region's pages, then each county).
const astroRuns = [...run.output.matchAll(/(\d+) page\(s\) built in/g)].length;
log(
  `构建 ${run.code === 0 ? '完成' : `失败（${run.timedOut ? '超时' : `退出码 ${run.code}`}）`}：${sec(run.ms)}，${html} 个页面，${astroRuns} 次 Astro 构建，峰值 ${mb(run.peakTreeRss)}（单进程 ${mb(run.peakProcessRss)}）`,
);
const pages = html || schools * 2;
const t1 = await trivial(pages);
const t2 = await trivial(pages);
const floor = [t1.ms, t2.ms];
const ratio = [run.ms / Math.max(...floor), run.ms / Math.min(...floor)];
const result = {
  date: new Date().toISOString(),
  machine: { nproc: os.availableParallelism(), memory: os.totalmem(), node: process.version, loadBefore, loadAfter },
  counties,
  schools,
  build: {
    code: run.code,
    timedOut: run.timedOut,
    ms: run.ms,
    html,
    astroRuns,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
    peakByProcess: run.peakByProcess,
  },
  trivial: floor,
  ratio,
};
mkdirSync(outRoot, { recursive: true });
writeFileSync(join(outRoot, 'region-results.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(outRoot, 'region-build.log'), run.output);
console.log(
  [
    '',
    `| region: ${counties} counties, ${schools} schools | figure |`,
    '|---|---|',
    `| full \`npm run build\` | ${sec(run.ms)} (${html} HTML pages, ${astroRuns} Astro runs)${run.code === 0 ? '' : ' — FAILED'} |`,
    `| trivial Astro build, same pages (two runs after the build) | ${sec(t1.ms)} / ${sec(t2.ms)} |`,
    `| ratio (target ≤ 3×) | ${ratio[0]!.toFixed(1)}×–${ratio[1]!.toFixed(1)}× |`,
    `| peak RSS, process tree / largest process (target ≤ 2 GB) | ${mb(run.peakTreeRss)} / ${mb(run.peakProcessRss)} |`,
    `| load average before / after | ${loadBefore} / ${loadAfter} |`,
  ].join('\n'),
);
