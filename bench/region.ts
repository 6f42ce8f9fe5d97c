/**
 * The region case of the benchmark (issue 13), run by `npm run bench` (bench/run.ts) and on its
 * own with `npx tsx bench/region.ts`. Generates a region folder of `counties` counties sharing
 * `schools` schools, each county a valid synthetic folder (generate-dataset.ts, own seed and
 * county code), then measures the whole `npm run build` of the region (data check, the
 * region's pages, every county's site, the search index) — wall time, peak RSS of the process
 * tree, of the largest process and of each kind of process — against a trivial Astro project
 * with the same number of pages, built right before and right after it (the machine is
 * shared: both are shown).
 *
 * On its own: knobs BENCH_REGION_COUNTIES (100), BENCH_REGION_SCHOOLS (10,000), BENCH_ECHO=1,
 * BENCH_BUILD_TIMEOUT_MIN (60); writes bench/out/region-results.json and prints the Markdown.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeDataset } from './generate-dataset';
import { listFiles, mb, runMeasured, sec, type RunResult } from './measure';
import { writeTrivialSite } from './trivial-site';

const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'bench/out');

export interface RegionCase {
  counties: number;
  schools: number;
  loadBefore: string;
  loadAfter: string;
  build: Omit<RunResult, 'output'> & { html: number; astroRuns: number };
  /** The trivial build of as many pages, before and after the region build (ms). */
  trivial: number[];
}

/** Writes the region folder: region.csv and one generated county per subfolder. */
function writeRegion(dir: string, counties: number, schools: number): void {
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

async function trivial(pages: number, echo: boolean): Promise<RunResult> {
  const dir = writeTrivialSite(root, join(outRoot, 'trivial-region'), pages);
  return runMeasured('npx', ['astro', 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, echo });
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Generates, builds and measures one region case. */
export async function benchRegion(counties: number, schools: number, opts: { echo: boolean; timeoutMs: number; log: (s: string) => void }): Promise<RegionCase> {
  const dataDir = join(outRoot, `region-${counties}x${schools}`);
  const buildOut = `bench/out/site-region-${counties}x${schools}`;
  opts.log(`多县：生成 ${counties} 个县、共 ${schools} 所学校 → ${dataDir}`);
  writeRegion(dataDir, counties, schools);
  // The floor before the build is sized like the last one (2 pages per school + ~56 per county + the region's).
  const expectedPages = schools * 2 + counties * 56 + 50;
  const before = await trivial(expectedPages, opts.echo);
  opts.log(`多县：基线（构建前）${sec(before.ms)}`);
  rmSync(join(root, buildOut), { recursive: true, force: true });
  const loadBefore = load();
  opts.log(`多县：npm run build（负载 ${loadBefore}）…`);
  const run = await runMeasured('npm', ['run', 'build', '--', dataDir], {
    cwd: root,
    env: { ...process.env, DATA_DIR: '', NOTICES_DIR: '', PLAN_FILE: '', REPORT_YEAR: '', BUILD_OUT: buildOut, ASTRO_TELEMETRY_DISABLED: '1' },
    echo: opts.echo,
    timeoutMs: opts.timeoutMs,
  });
  const loadAfter = load();
  writeFileSync(join(outRoot, `region-${counties}x${schools}-build.log`), run.output);
  const html = run.code === 0 ? listFiles(join(root, buildOut)).filter((f) => f.endsWith('.html')).length : 0;
  const astroRuns = [...run.output.matchAll(/(\d+) page\(s\) built in/g)].length;
  opts.log(
    `多县：构建${run.code === 0 ? '完成' : `失败（${run.timedOut ? '超时' : `退出码 ${run.code}`}）`}：${sec(run.ms)}，${html} 个页面，峰值 ${mb(run.peakTreeRss)}（单进程 ${mb(run.peakProcessRss)}）`,
  );
  const after = await trivial(html || expectedPages, opts.echo);
  opts.log(`多县：基线（构建后）${sec(after.ms)}`);
  const { output: _output, ...figures } = run;
  return { counties, schools, loadBefore, loadAfter, build: { ...figures, html, astroRuns }, trivial: [before.ms, after.ms] };
}

/** The ratio of the build to the mean trivial floor, and to the slower and faster floor. */
export function regionRatio(c: RegionCase): { mean: number; lo: number; hi: number } {
  const mean = c.build.ms / (c.trivial.reduce((a, b) => a + b, 0) / c.trivial.length);
  return { mean, lo: c.build.ms / Math.max(...c.trivial), hi: c.build.ms / Math.min(...c.trivial) };
}

/** Time per school of the largest case over the smallest's (1 = linear growth), or null with fewer than two cases. */
export function regionGrowth(cases: RegionCase[]): number | null {
  const ok = cases.filter((c) => c.build.code === 0).sort((a, b) => a.schools - b.schools);
  if (ok.length < 2 || ok[0]!.schools === ok[ok.length - 1]!.schools) return null;
  const per = (c: RegionCase) => c.build.ms / c.schools;
  return per(ok[ok.length - 1]!) / per(ok[0]!);
}

/** The report's section for the region cases. */
export function regionSection(cases: RegionCase[]): string[] {
  const L = ['## Region build (`npm run build` on a region folder)', ''];
  L.push(
    'A region folder (`region.csv` and one synthetic county per subfolder) built in one run: the region pages and every county site, then the search indexes (the region pages, and the counties in groups of at most 5,000 schools).',
    '',
  );
  L.push(
    '| counties | schools | exit | total | HTML pages | trivial floor before / after | ratio (mean; slower–faster floor) | peak RSS (tree) | largest process | load before / after |',
  );
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const c of cases) {
    const r = regionRatio(c);
    L.push(
      `| ${c.counties} | ${c.schools} | ${c.build.code} | ${sec(c.build.ms)} | ${c.build.html} | ${c.trivial.map(sec).join(' / ')} | ${r.mean.toFixed(2)}× (${r.lo.toFixed(2)}–${r.hi.toFixed(2)}×) | ${mb(c.build.peakTreeRss)} | ${mb(c.build.peakProcessRss)} | ${c.loadBefore} / ${c.loadAfter} |`,
    );
  }
  L.push('', 'Peak memory by process (largest RSS of each kind of process in the build):', '');
  for (const c of cases) {
    const by = Object.entries(c.build.peakByProcess ?? {}).sort((a, b) => b[1] - a[1]);
    L.push(`- ${c.counties} counties, ${c.schools} schools: ${by.map(([k, v]) => `${k} ${mb(v)}`).join(', ') || 'not sampled'}`);
  }
  L.push('');
  return L;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const counties = Math.max(1, Number(process.env.BENCH_REGION_COUNTIES) || 100);
  const schools = Math.max(counties, Number(process.env.BENCH_REGION_SCHOOLS) || 10_000);
  const timeoutMs = (Number(process.env.BENCH_BUILD_TIMEOUT_MIN) || 60) * 60_000;
  const c = await benchRegion(counties, schools, { echo: process.env.BENCH_ECHO === '1', timeoutMs, log: (s) => console.log(`[bench:region] ${s}`) });
  mkdirSync(outRoot, { recursive: true });
  writeFileSync(
    join(outRoot, 'region-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), nproc: os.availableParallelism(), node: process.version, ...c }, null, 2)}\n`,
  );
  console.log(['', ...regionSection([c])].join('\n'));
}
