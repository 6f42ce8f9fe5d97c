/**
 * 数据自查 benchmark: how long the /data-check/ page takes to check a 1,000-school folder,
 * measured on the page's own code path in process (what src/scripts/data-check.ts runs after
 * reading the files): parseDataFiles → buildDataCheckReport → resolveReportYear →
 * buildDataCheckPreview (with the diff against the same year's results). Two forms of the
 * same synthetic folder (bench/generate-dataset.ts, two years, every optional file): the CSV
 * files, and every table in one workbook (the template filled in). Goal: under 2 s.
 * Run: npx tsx bench/data-check.ts [schools=1000]. Prints a small table (median of
 * BENCH_CHECK_RUNS timed runs after one warm-up, default 3) and always exits 0; `bench/run.ts`
 * quotes its output as is. Browsers run the same code somewhat slower than Node.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { generateDataset } from './generate-dataset';
import { parseDataFiles } from '../src/lib/dataset/parse-data-files';
import { DATA_FILES, type DataFileName } from '../src/lib/dataset/types';
import { buildResultsJson } from '../src/lib/engine/build-results-json';
import { computeAllYears, resolveReportYear } from '../src/lib/engine/compute-all-years';
import { buildDataCheckPreview } from '../src/lib/views/build-data-check-preview';
import { buildDataCheckReport } from '../src/lib/views/build-data-check-report';
import { fillTemplate } from '../tests/support/fill-template';

const TARGET_MS = 2000;
const schools = Number(process.argv[2]) || 1000;
const runs = Math.max(1, Number(process.env.BENCH_CHECK_RUNS) || 3);

/** The page's work once the files are in memory; returns the report's error count. */
function checkOnce(files: ReadonlyMap<string, Uint8Array | null>, published: ReturnType<typeof buildResultsJson>): number {
  const result = parseDataFiles(files, { dir: 'bench' });
  const report = buildDataCheckReport(result, 'bench');
  const year = result.dataset ? resolveReportYear(result.dataset) : null;
  if (result.dataset && year?.ok) buildDataCheckPreview(result.dataset, published);
  return report.errors;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const generated = generateDataset({ schools });
const csvFiles = new Map<string, Uint8Array | null>([...generated].map(([name, text]) => [name, new TextEncoder().encode(text)]));
const tables = new Map<DataFileName, string[][]>(
  DATA_FILES.filter((f) => generated.has(f)).map((f) => [f, parse(generated.get(f)!, { bom: true, relax_column_count: true }) as string[][]]),
);
const template = new Uint8Array(readFileSync(join(import.meta.dirname, '../data/templates/数据填报模板.xlsx')));
const workbook = fillTemplate(template, tables);
const bookFiles = new Map<string, Uint8Array | null>([['数据填报.xlsx', workbook]]);

const first = parseDataFiles(csvFiles, { dir: 'bench' });
if (!first.dataset) throw new Error(`generated folder is not valid: ${first.issues[0]?.message}`);
const all = computeAllYears(first.dataset);
const published = buildResultsJson(all.years.find((y) => y.year === all.reportYear)!);
const sections = first.dataset.sections.length;

const rows: { form: string; size: string; ms: number[]; cpuMs: number[]; errors: number }[] = [];
for (const [form, files, bytes] of [
  ['CSV files', csvFiles, [...csvFiles.values()].reduce((n, b) => n + (b?.length ?? 0), 0)],
  ['one workbook (filled template)', bookFiles, workbook.length],
] as const) {
  const errors = checkOnce(files, published);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    checkOnce(files, published);
    ms.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuMs.push((cpu.user + cpu.system) / 1000);
  }
  rows.push({ form, size: `${(bytes / 1024 / 1024).toFixed(1)} MB`, ms, cpuMs, errors });
}

const load = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
console.log(
  `数据自查 code path, ${schools} schools (${sections} sections rows, 2 years, every optional file); ${os.cpus().length} cores, Node ${process.versions.node}, load ${load}`,
);
console.log('');
console.log('| form | size | median wall | median CPU | runs, wall (ms) | errors | goal < 2 s |');
console.log('|---|---:|---:|---:|---|---:|:---:|');
for (const r of rows) {
  const med = median(r.ms);
  console.log(
    `| ${r.form} | ${r.size} | ${(med / 1000).toFixed(2)} s | ${(median(r.cpuMs) / 1000).toFixed(2)} s | ${r.ms.map((x) => Math.round(x)).join(', ')} | ${r.errors} | ${med < TARGET_MS ? '✅' : '❌'} |`,
  );
}
console.log('');
console.log('Wall time is what staff wait for; CPU time shows the cost when other work shares the cores (compare the load average).');
