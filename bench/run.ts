/**
 * `npm run bench`: the province-scale benchmark. For each size (BENCH_SIZES, default
 * 1000,10000 schools) it generates a valid synthetic data folder, then measures
 *   - reader + validation (readDataset) and the engine (computeAllYears), in process;
 *   - the full `npm run build` (data check → astro build → Pagefind) into bench/out/site-N,
 *     with the peak memory of its process tree, the size of the output, the largest page and
 *     the gzip weight of the home, an indicator and a school page;
 *   - the floor: a minimal Astro project with the same number of trivial pages.
 * Then the engine alone on ~25k, 50k and 100k school parts of one year to show linear growth,
 * and the engine engineer's own bench/engine.ts (run as is, output quoted).
 * Writes bench/REPORT.md (committed) and bench/out/results.json (raw figures).
 *
 * Then the region cases (bench/region.ts): a region folder of BENCH_REGION_COUNTIES counties
 * (100; 10 in a quick run) at each of BENCH_REGION_SCHOOLS (10000,30000; 1000 in a quick run)
 * schools, each whole build against the trivial floor, with peaks per process and the growth
 * from the smallest to the largest. BENCH_REGION=0 leaves them out.
 * Knobs: BENCH_SIZES=1000 (quick run), BENCH_ENGINE_SCHOOLS=25000,50000,100000,
 * BENCH_SKIP_BUILD=1 (reader and engine only), BENCH_ECHO=1 (show build output),
 * BENCH_BUILD_TIMEOUT_MIN=60 (a build still running then is stopped; the report projects
 * its total from the pages Astro had generated).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset, writeDataset } from './generate-dataset';
import { dirSize, kb, listFiles, mb, pageWeight, runMeasured, sec, type PageWeight, type RunResult } from './measure';
import { writeSyntheticContent } from './synthetic-content';
import { DEMO_ATTACHMENTS_DIR } from '../src/boundary/site-folders';
import { writeTrivialSite } from './trivial-site';
import { benchRegion, regionGrowth, regionRatio, regionSection, type RegionCase } from './region';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { parseDataset } from '../src/lib/dataset/parse-dataset';
import type { DataFileName } from '../src/lib/dataset/types';
import { computeAllYears } from '../src/lib/engine/compute-all-years';

const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'bench/out');
function listEnv(name: string, fallback: number[]): number[] {
  const values = (process.env[name] ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return values.length ? values : fallback;
}
const sizes = listEnv('BENCH_SIZES', [1000, 10000]);
const quick = Math.max(...sizes) <= 1000;
const engineSchools = listEnv('BENCH_ENGINE_SCHOOLS', quick ? [2500, 5000, 10000] : [25000, 50000, 100000]);
const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
const echo = process.env.BENCH_ECHO === '1';
const buildTimeoutMs = (Number(process.env.BENCH_BUILD_TIMEOUT_MIN) || 60) * 60_000;
// The region cases (issue 13): a 100-county region at 10,000 and 30,000 schools (quick: 10 counties, 1,000 schools).
const regionSchools = process.env.BENCH_REGION === '0' || skipBuild ? [] : listEnv('BENCH_REGION_SCHOOLS', quick ? [1000] : [10_000, 30_000]);
const regionCounties = Math.max(1, Number(process.env.BENCH_REGION_COUNTIES) || (quick ? 10 : 100));

const TARGETS = {
  engineMsAt100k: 2000,
  schoolPageTotalGzip: 150 * 1024,
  schoolPageHtmlGzip: 40 * 1024,
  buildVsTrivial: 3,
  peakRssAt10k: 2 * 1024 ** 3,
  peakRssAt30k: 4 * 1024 ** 3,
  linearGrowth: 1.5,
};

interface BuildFigures {
  run: RunResult;
  progress: { pages: number; spanS: number };
  /** Astro's own "N page(s) built in X" (page generation only). */
  astroPages: number | null;
  astroPagesMs: number | null;
}

interface SizeResult {
  schools: number;
  rows: Record<string, number>;
  readMs: number;
  readIssues: { errors: number; warnings: number };
  engineMs: number;
  parts: number;
  build?: BuildFigures & {
    htmlPages: number;
    schoolPages: number;
    distBytes: number;
    largestPage: { path: string; bytes: number };
    weights: { label: string; weight: PageWeight | null }[];
  };
  trivial?: BuildFigures & { pages: number };
  /** The same trivial build run again after the real build: the machine is shared, so the floor is timed on both sides. */
  trivialAfter?: BuildFigures & { pages: number };
}

const log = (s: string) => console.log(`[bench] ${s}`);

/** Pages Astro logged as generated (`├─ /path (+12ms)`), and the seconds between the first and last. */
function parseProgress(output: string): { pages: number; spanS: number } {
  let pages = 0;
  let first: number | null = null;
  let last = 0;
  for (const m of output.matchAll(/^(\d\d):(\d\d):(\d\d)\s+[├└]─ \//gm)) {
    const t = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    first ??= t;
    last = t < first ? t + 86_400 : t;
    pages++;
  }
  return { pages, spanS: first === null ? 0 : last - first };
}

/** Astro's "N page(s) built in 1.23s" / "in 950ms" / "in 9m 19s". */
function parseAstroPages(output: string): { pages: number | null; ms: number | null } {
  const m = /(\d+) page\(s\) built in (?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(output);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { pages: null, ms: null };
  const minutes = Number(m[2] ?? 0) * 60_000;
  const rest = m[3] === undefined ? 0 : m[4] === 'ms' ? Number(m[3]) : Number(m[3]) * 1000;
  return { pages: Number(m[1]), ms: minutes + rest };
}

function machine() {
  const npxNode = execSync('npx node --version', { cwd: root, encoding: 'utf8' }).trim();
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: os.totalmem(),
    node: process.version,
    npxNode,
    platform: `${os.type()} ${os.release()}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Number of parts (school × compulsory stage × year) the engine evaluated. */
function countParts(result: ReturnType<typeof computeAllYears>): number {
  return result.years.reduce((n, y) => n + y.parts.length, 0);
}

/** HTML pages per school of the last completed build, to size the baseline of a build that did not complete. */
let lastPagesPerSchool: number | null = null;

async function runTrivial(pages: number): Promise<SizeResult['trivial']> {
  const trivialDir = writeTrivialSite(root, join(outRoot, 'trivial'), pages);
  log(`基线：${pages} 个最简页面的 Astro 构建…`);
  const trun = await runMeasured('npx', ['astro', 'build'], { cwd: trivialDir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, echo });
  const tastro = parseAstroPages(trun.output);
  log(`基线 ${sec(trun.ms)}（页面生成 ${tastro.ms === null ? '?' : sec(tastro.ms)}）`);
  return { run: trun, progress: parseProgress(trun.output), astroPages: tastro.pages, astroPagesMs: tastro.ms, pages };
}

async function benchSize(schools: number): Promise<SizeResult> {
  const dataDir = join(outRoot, `data-${schools}`);
  log(`${schools} 所学校：生成数据 → ${dataDir}`);
  // The demo's notices and plan converted to the synthetic county; the data contains the schools they name.
  const content = writeSyntheticContent(root, join(outRoot, `content-${schools}`));
  const files = writeDataset(dataDir, { schools, reserveIds: content.reserveIds });
  const rows = Object.fromEntries([...files].map(([f, t]) => [f, t.split('\r\n').length - 2]));

  const t0 = performance.now();
  const read = await readDataset(dataDir);
  const readMs = performance.now() - t0;
  const readIssues = {
    errors: read.issues.filter((i) => i.severity === 'error').length,
    warnings: read.issues.filter((i) => i.severity === 'warning').length,
  };
  if (!read.dataset) throw new Error(`generated data of ${schools} schools rejected: ${JSON.stringify(read.issues.slice(0, 5))}`);
  const t1 = performance.now();
  const engine = computeAllYears(read.dataset);
  const engineMs = performance.now() - t1;
  const parts = countParts(engine);
  const schoolIds = new Set(read.dataset.schools.map((s) => s.school_id));
  log(`读取+校验 ${sec(readMs)}，引擎 ${sec(engineMs)}（${parts} 个学段单元）`);
  const result: SizeResult = { schools, rows, readMs, readIssues, engineMs, parts };
  if (skipBuild) return result;

  // The floor, timed before the build (and again after it): a trivial Astro site of as many
  // pages as this size built last time (2 per school + ~56 fixed pages when unknown).
  result.trivial = await runTrivial(Math.round(schools * (lastPagesPerSchool ?? 2)) + 56);
  const buildOut = `bench/out/site-${schools}`;
  const siteDir = join(root, buildOut);
  rmSync(siteDir, { recursive: true, force: true });
  log(`npm run build（DATA_DIR=${dataDir}，BUILD_OUT=${buildOut}）…`);
  const run = await runMeasured('npm', ['run', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      NOTICES_DIR: content.noticesDir,
      PLAN_FILE: content.planFile,
      ATTACHMENTS_DIR: DEMO_ATTACHMENTS_DIR,
      BUILD_OUT: buildOut,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    echo,
    timeoutMs: buildTimeoutMs,
  });
  const astro = parseAstroPages(run.output);
  if (run.code !== 0 || !existsSync(siteDir)) {
    log(run.timedOut ? `构建超过 ${buildTimeoutMs / 60_000} 分钟，已停止` : `构建失败（退出码 ${run.code}）；输出末尾：\n${run.output.slice(-3000)}`);
    result.build = {
      run,
      progress: parseProgress(run.output),
      astroPages: astro.pages,
      astroPagesMs: astro.ms,
      htmlPages: 0,
      schoolPages: 0,
      distBytes: 0,
      largestPage: { path: '', bytes: 0 },
      weights: [],
    };
    return result;
  }
  const all = listFiles(siteDir);
  const html = all.filter((f) => f.endsWith('.html'));
  const schoolPages = html.filter((f) => {
    const seg = f.split('/');
    return seg[0] === 'schools' && schoolIds.has(seg[1] ?? '');
  });
  let largestPage = { path: '', bytes: 0 };
  for (const f of html) {
    const bytes = statSync(join(siteDir, f)).size;
    if (bytes > largestPage.bytes) largestPage = { path: f, bytes };
  }
  const largestSchool = schoolPages.reduce<{ path: string; bytes: number } | null>((best, f) => {
    const bytes = statSync(join(siteDir, f)).size;
    return !best || bytes > best.bytes ? { path: f, bytes } : best;
  }, null);
  const indicator = html.find((f) => /(^|\/)R1\/index\.html$/.test(f)) ?? html.find((f) => /indicator/i.test(f) && /index\.html$/.test(f)) ?? null;
  const weigh = (label: string, page: string | null) => ({ label, weight: page && existsSync(join(siteDir, page)) ? pageWeight(siteDir, page) : null });
  result.build = {
    run,
    progress: parseProgress(run.output),
    astroPages: astro.pages,
    astroPagesMs: astro.ms,
    htmlPages: html.length,
    schoolPages: schoolPages.length,
    distBytes: dirSize(siteDir),
    largestPage,
    weights: [weigh('首页', 'index.html'), weigh('指标页', indicator), weigh('学校页（最大的一页）', largestSchool?.path ?? null)],
  };
  log(`构建 ${sec(run.ms)}，${html.length} 页（学校页 ${schoolPages.length}），峰值内存 ${mb(run.peakTreeRss)}`);

  lastPagesPerSchool = html.length / schools;
  result.trivialAfter = await runTrivial(html.length);
  return result;
}

interface EnginePoint {
  schools: number;
  parts: number;
  ms: number;
}

/** Measured runs of the engine at each size (after one warm-up); the report gives their median. */
const ENGINE_RUNS = 3;

function benchEngine(schools: number): EnginePoint {
  const enc = new TextEncoder();
  const bytes = new Map<DataFileName, Uint8Array>();
  // One year; classes.csv left out: it only feeds G5 and would triple the memory of the largest case.
  for (const [f, t] of generateDataset({ schools, seed: 99, years: [2024], classes: false })) bytes.set(f as DataFileName, enc.encode(t));
  const read = parseDataset(bytes, { dir: '/bench', demo: false });
  if (!read.dataset) throw new Error(`engine dataset of ${schools} schools rejected`);
  computeAllYears(read.dataset); // warm-up (JIT), not measured
  // The median of three runs: one run's time moved by half between benchmark runs (garbage
  // collection falls on one size or another), enough to flip the linear-growth target.
  const times: number[] = [];
  let result: ReturnType<typeof computeAllYears> | null = null;
  for (let i = 0; i < ENGINE_RUNS; i++) {
    const t0 = performance.now();
    result = computeAllYears(read.dataset);
    times.push(performance.now() - t0);
  }
  return { schools, parts: countParts(result!), ms: times.sort((a, b) => a - b)[Math.floor(ENGINE_RUNS / 2)]! };
}

const check = (ok: boolean | null) => (ok === null ? '—' : ok ? '✅' : '❌');

function perPageMs(b: BuildFigures | undefined): number | null {
  return b && b.astroPages && b.astroPagesMs !== null ? b.astroPagesMs / b.astroPages : null;
}

/** Marginal ms per page between the smallest and largest size (start-up cost cancels out). */
function marginal(results: SizeResult[], pick: (r: SizeResult) => BuildFigures | undefined): number | null {
  const ok = results.filter((r) => {
    const b = pick(r);
    return b && b.astroPages && b.astroPagesMs !== null;
  });
  if (ok.length < 2) return null;
  const a = pick(ok[0]!)!;
  const z = pick(ok[ok.length - 1]!)!;
  if (z.astroPages! === a.astroPages!) return null;
  return (z.astroPagesMs! - a.astroPagesMs!) / (z.astroPages! - a.astroPages!);
}

function report(m: ReturnType<typeof machine>, results: SizeResult[], engine: EnginePoint[], engineScript: string | null, regions: RegionCase[]): string {
  const L: string[] = [];
  L.push('# 基准测试报告 / Benchmark report', '');
  L.push(`Generated by \`npm run bench\` on ${m.date}${quick ? ' (quick run, BENCH_SIZES=' + sizes.join(',') + ')' : ''}. How to run and read it: [README.md](README.md).`, '');
  L.push('## Machine', '');
  L.push(`- ${m.nproc} cores (\`os.availableParallelism()\`), ${m.cpu}, ${mb(m.memory)} RAM, ${m.platform}`);
  L.push(`- Node ${m.node} for the benchmark; \`npx node --version\` = ${m.npxNode} (builds run under it)`);
  L.push(`- Load average at start: ${m.load} (the machine is shared: figures vary run to run)`, '');

  L.push('## Data', '');
  L.push('Synthetic, valid data folders from `bench/generate-dataset.ts` (seeded; all 15 files, 2 years).', '');
  L.push('| schools | sections rows | classes rows | rooms rows | reader errors | reader warnings |', '|---:|---:|---:|---:|---:|---:|');
  for (const r of results)
    L.push(`| ${r.schools} | ${r.rows['sections.csv']} | ${r.rows['classes.csv'] ?? 0} | ${r.rows['rooms.csv']} | ${r.readIssues.errors} | ${r.readIssues.warnings} |`);
  L.push('');

  L.push('## Reader and engine', '');
  L.push('| schools | reader + validation | engine (all years) | school parts |', '|---:|---:|---:|---:|');
  for (const r of results) L.push(`| ${r.schools} | ${sec(r.readMs)} | ${sec(r.engineMs)} | ${r.parts} |`);
  L.push('');
  L.push('Engine alone, `computeAllYears` on one year of the generated mix (parsed in memory, `classes.csv` left out; one warm-up run, then the median of three):', '');
  L.push('| schools | school parts | engine | ms per 1,000 parts |', '|---:|---:|---:|---:|');
  for (const e of engine) L.push(`| ${e.schools} | ${e.parts} | ${sec(e.ms)} | ${((e.ms / e.parts) * 1000).toFixed(1)} |`);
  L.push('');
  if (engineScript !== null) {
    L.push("The engine engineer's own `bench/engine.ts` (synthetic 九年一贯制 parts, `computeYear`, one year):", '', '```', engineScript.trim(), '```', '');
  }

  const builds = results.filter((r) => r.build);
  if (builds.length) {
    L.push('## Full build (`npm run build`)', '');
    L.push(
      '| schools | exit | total | Astro page generation | HTML pages | school pages | ms/page (Astro) | peak RSS (tree) | peak RSS (one process) | output size | largest page |',
    );
    L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of builds) {
      const b = r.build!;
      const pp = perPageMs(b);
      L.push(
        `| ${r.schools} | ${b.run.code} | ${sec(b.run.ms)} | ${b.astroPagesMs === null ? '?' : sec(b.astroPagesMs)} | ${b.htmlPages} | ${b.schoolPages} | ${pp === null ? '?' : pp.toFixed(2)} | ${mb(b.run.peakTreeRss)} | ${mb(b.run.peakProcessRss)} | ${mb(b.distBytes)} | \`${b.largestPage.path}\` ${kb(b.largestPage.bytes)} |`,
      );
    }
    for (const r of builds) {
      const b = r.build!;
      if (!b.run.timedOut) continue;
      const ok = results.find((x) => x.build && !x.build.run.timedOut && x.build.htmlPages > 0);
      const expected = ok ? Math.round((ok.build!.htmlPages / ok.schools) * r.schools) : null;
      const msPerPage = b.progress.pages > 1 ? (b.progress.spanS * 1000) / b.progress.pages : null;
      L.push(
        '',
        `**${r.schools} schools: stopped at the time limit (BENCH_BUILD_TIMEOUT_MIN) after ${sec(b.run.ms)}.** Astro had generated ${b.progress.pages} pages in ${b.progress.spanS} s` +
          (msPerPage !== null ? ` (${msPerPage.toFixed(0)} ms/page at this size)` : '') +
          (expected !== null && msPerPage !== null ? `; at that rate the ~${expected} pages would take about ${sec(expected * msPerPage)} of page generation alone.` : '.'),
      );
    }
    L.push('');
    L.push('Peak memory by process (largest RSS of each kind of process in the build):', '');
    for (const r of builds) {
      const by = Object.entries(r.build!.run.peakByProcess ?? {}).sort((a, b) => b[1] - a[1]);
      L.push(`- ${r.schools} schools: ${by.map(([k, v]) => `${k} ${mb(v)}`).join(', ') || 'not sampled'}`);
    }
    L.push('');
    L.push('Baseline: minimal Astro project, same number of trivial pages (`bench/trivial-site.ts`, `npx astro build`):', '');
    L.push('| schools | when | pages | total | Astro page generation | ms/page | peak RSS (tree) |', '|---:|---|---:|---:|---:|---:|---:|');
    for (const r of builds) {
      for (const [when, t] of [
        ['before the build', r.trivial],
        ['after the build', r.trivialAfter],
      ] as const) {
        if (!t) continue;
        const pp = perPageMs(t);
        L.push(
          `| ${r.schools} | ${when} | ${t.pages} | ${sec(t.run.ms)} | ${t.astroPagesMs === null ? '?' : sec(t.astroPagesMs)} | ${pp === null ? '?' : pp.toFixed(2)} | ${mb(t.run.peakTreeRss)} |`,
        );
      }
    }
    L.push('');
    L.push('## Page weight (gzip; total = HTML + the CSS, JS (with imports), images and fonts it references)', '');
    L.push('| schools | page | file | HTML | HTML gzip | total gzip |', '|---:|---|---|---:|---:|---:|');
    for (const r of builds) {
      for (const w of r.build!.weights) {
        if (!w.weight) L.push(`| ${r.schools} | ${w.label} | (not found) | | | |`);
        else L.push(`| ${r.schools} | ${w.label} | \`${w.weight.page}\` | ${kb(w.weight.htmlBytes)} | ${kb(w.weight.htmlGzip)} | ${kb(w.weight.totalGzip)} |`);
      }
    }
    L.push('');
  }

  if (regions.length) L.push(...regionSection(regions));

  // ---- targets
  L.push('## Targets', '');
  L.push('| target | figure | |', '|---|---|---|');
  const largestEngine = engine[engine.length - 1];
  if (largestEngine) {
    const scaled = (largestEngine.ms / largestEngine.parts) * 100_000;
    L.push(
      `| engine on ~100,000 school parts < 2 s | ${largestEngine.parts} parts in ${sec(largestEngine.ms)} (${sec(scaled)} per 100,000) | ${check(largestEngine.parts >= 90_000 ? largestEngine.ms < TARGETS.engineMsAt100k : quick ? null : scaled < TARGETS.engineMsAt100k)} |`,
    );
  }
  if (engine.length >= 2) {
    const per = engine.map((e) => e.ms / e.parts);
    const growth = per[per.length - 1]! / per[0]!;
    L.push(`| engine grows linearly (time per part at the largest size ≤ 1.5× the smallest) | ${growth.toFixed(2)}× | ${check(growth <= 1.5)} |`);
  }
  for (const r of builds) {
    const school = r.build!.weights.find((w) => w.label.startsWith('学校页'))?.weight ?? null;
    L.push(
      `| school page ≤ 150 KB total gzip (${r.schools} schools) | ${school ? kb(school.totalGzip) : 'no school page found'} | ${check(school ? school.totalGzip <= TARGETS.schoolPageTotalGzip : false)} |`,
    );
    L.push(
      `| school page HTML ≤ 40 KB gzip (${r.schools} schools) | ${school ? kb(school.htmlGzip) : 'no school page found'} | ${check(school ? school.htmlGzip <= TARGETS.schoolPageHtmlGzip : false)} |`,
    );
  }
  const real = marginal(results, (r) => r.build);
  const floor = marginal(results, (r) => r.trivial);
  let ratio: number | null = null;
  let how = '';
  if (real !== null && floor !== null && floor > 0) {
    ratio = real / floor;
    how = `marginal Astro page-generation time between ${results[0]!.schools} and ${results[results.length - 1]!.schools} schools: ${real.toFixed(2)} vs ${floor.toFixed(2)} ms/page`;
  } else {
    const rate = (b: BuildFigures | undefined) => (b && b.progress.pages > 1 && b.progress.spanS >= 5 ? (b.progress.spanS * 1000) / b.progress.pages : null);
    const last = builds[builds.length - 1];
    const a = rate(last?.build);
    const b = rate(last?.trivial);
    if (a !== null && b !== null && b > 0) {
      ratio = a / b;
      how = `Astro page-generation rate at ${last!.schools} schools (from its per-page log): ${a.toFixed(1)} vs ${b.toFixed(1)} ms/page`;
    } else {
      const ga = perPageMs(last?.build);
      const gb = perPageMs(last?.trivial);
      if (ga !== null && gb !== null && gb > 0) {
        ratio = ga / gb;
        how = `Astro page generation per page incl. start-up at ${last!.schools} schools: ${ga.toFixed(2)} vs ${gb.toFixed(2)} ms/page`;
      }
    }
  }
  // The issue's measure: the whole `npm run build` (check, engine, pages, search index) against
  // the trivial build of as many pages, timed before and after it in the same run.
  for (const r of builds) {
    const floors = [r.trivial, r.trivialAfter].filter((t): t is NonNullable<typeof t> => t !== undefined && t.run.code === 0).map((t) => t.run.ms);
    if (floors.length === 0 || r.build!.run.code !== 0) continue;
    const lo = r.build!.run.ms / Math.max(...floors);
    const hi = r.build!.run.ms / Math.min(...floors);
    const mean = r.build!.run.ms / (floors.reduce((a, b) => a + b, 0) / floors.length);
    L.push(
      `| whole \`npm run build\` ≤ 3× the trivial-page build (${r.schools} schools) | ${mean.toFixed(2)}× against the mean floor (${lo.toFixed(2)}×–${hi.toFixed(2)}× against the slower and the faster floor; floor before / after: ${floors.map(sec).join(' / ')}; build ${sec(r.build!.run.ms)}) | ${check(mean <= TARGETS.buildVsTrivial)} |`,
    );
  }
  if (builds.length)
    L.push(
      `| Astro page generation alone ≤ 3× the floor | ${ratio === null ? 'not measured' : `${ratio.toFixed(2)}× (${how})`} | ${check(ratio === null ? false : ratio <= TARGETS.buildVsTrivial)} |`,
    );
  const at10k = builds.find((r) => r.schools === 10_000);
  if (at10k)
    L.push(
      `| peak RSS of every process ≤ 2 GB at 10,000 schools | largest process ${mb(at10k.build!.run.peakProcessRss)} (process tree ${mb(at10k.build!.run.peakTreeRss)}) | ${check(at10k.build!.run.peakProcessRss <= TARGETS.peakRssAt10k)} |`,
    );
  else if (builds.length) L.push('| peak RSS of every process ≤ 2 GB at 10,000 schools | not run at 10,000 (BENCH_SIZES) | — |');
  for (const c of regions) {
    if (c.build.code !== 0) {
      L.push(`| region of ${c.counties} counties, ${c.schools} schools | build failed (exit ${c.build.code}${c.build.timedOut ? ', time limit' : ''}) | ❌ |`);
      continue;
    }
    const r = regionRatio(c);
    L.push(
      `| whole \`npm run build\` ≤ 3× the trivial-page build (region: ${c.counties} counties, ${c.schools} schools) | ${r.mean.toFixed(2)}× against the mean floor (${r.lo.toFixed(2)}×–${r.hi.toFixed(2)}×; floor before / after: ${c.trivial.map(sec).join(' / ')}; build ${sec(c.build.ms)}) | ${check(r.mean <= TARGETS.buildVsTrivial)} |`,
    );
    const limit = c.schools >= 30_000 ? TARGETS.peakRssAt30k : TARGETS.peakRssAt10k;
    L.push(
      `| peak RSS of every process ≤ ${limit / 1024 ** 3} GB (region: ${c.counties} counties, ${c.schools} schools) | largest process ${mb(c.build.peakProcessRss)} (process tree ${mb(c.build.peakTreeRss)}) | ${check(c.build.peakProcessRss <= limit)} |`,
    );
  }
  const growth = regionGrowth(regions);
  if (growth !== null)
    L.push(
      `| region build time grows linearly (time per school at ${Math.max(...regions.map((c) => c.schools))} schools ≤ ${TARGETS.linearGrowth}× that at ${Math.min(...regions.map((c) => c.schools))}) | ${growth.toFixed(2)}× | ${check(growth <= TARGETS.linearGrowth)} |`,
    );
  L.push('');
  return L.join('\n');
}

const m = machine();
log(`机器：${m.nproc} 核，Node ${m.node}（npx: ${m.npxNode}），规模 ${sizes.join(', ')}`);
const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const engine: EnginePoint[] = [];
for (const n of engineSchools) {
  log(`引擎单独计时：${n} 所学校…`);
  engine.push(benchEngine(n));
  log(`  ${engine[engine.length - 1]!.parts} 个学段单元 ${sec(engine[engine.length - 1]!.ms)}`);
}
const regions: RegionCase[] = [];
for (const n of regionSchools) regions.push(await benchRegion(regionCounties, Math.max(regionCounties, n), { echo, timeoutMs: buildTimeoutMs, log }));
let engineScript: string | null = null;
if (existsSync(join(root, 'bench/engine.ts'))) {
  log('bench/engine.ts …');
  try {
    engineScript = execSync('npx tsx bench/engine.ts', { cwd: root, encoding: 'utf8', timeout: 600_000 });
  } catch (err) {
    engineScript = `bench/engine.ts failed: ${String(err).slice(0, 500)}`;
  }
}
// The 数据自查 page's code path on a 1,000-school folder (goal < 2 s): quoted as it prints.
let checkScript: string | null = null;
if (existsSync(join(root, 'bench/data-check.ts'))) {
  log('bench/data-check.ts …');
  try {
    checkScript = execSync('npx tsx bench/data-check.ts 1000', { cwd: root, encoding: 'utf8', timeout: 600_000 });
  } catch (err) {
    checkScript = `bench/data-check.ts failed: ${String(err).slice(0, 500)}`;
  }
}
const checkSection = checkScript === null ? '' : ['## 数据自查 page (`bench/data-check.ts`)', '', checkScript.trim(), ''].join('\n');
const md = report(m, results, engine, engineScript, regions) + checkSection;
const strip = (r: SizeResult) => ({
  ...r,
  build: r.build && { ...r.build, run: { ...r.build.run, output: undefined } },
  trivial: r.trivial && { ...r.trivial, run: { ...r.trivial.run, output: undefined } },
  trivialAfter: r.trivialAfter && { ...r.trivialAfter, run: { ...r.trivialAfter.run, output: undefined } },
});
const reportPath = process.env.BENCH_REPORT ? resolve(root, process.env.BENCH_REPORT) : join(root, 'bench/REPORT.md');
// Raw figures: bench/out/results.json for the committed report, <report>.json for a trial report.
const rawPath = process.env.BENCH_REPORT ? reportPath.replace(/\.md$/, '') + '.json' : join(outRoot, 'results.json');
writeFileSync(rawPath, JSON.stringify({ machine: m, results: results.map(strip), engine, regions }, null, 2));
const previous = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
// Keep a hand-written analysis section (from "## Analysis" on) across runs.
const analysis = previous.indexOf('\n## Analysis');
writeFileSync(reportPath, md + (analysis >= 0 ? previous.slice(analysis) : ''));
log(`报告已写入 ${reportPath}`);
