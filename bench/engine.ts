/**
 * Engine benchmark: synthetic datasets of 10k / 50k / 100k school parts (九年一贯制 schools, so
 * every school is split between its stages), times computeYear for one year.
 * Run: npx tsx bench/engine.ts (target: < 2 s at 100k, linear growth). Prints a small table
 * (median of BENCH_ENGINE_RUNS timed runs after one warm-up, default 3) and always exits 0:
 * `bench/run.ts` quotes its output as is.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { computeYear } from '../src/lib/engine/compute-year';
import { makeDataset } from '../tests/unit/engine/make-dataset';
import type { Dataset } from '../src/lib/dataset/types';

const TARGET_MS_AT_100K = 2000;
const runs = Math.max(1, Number(process.env.BENCH_ENGINE_RUNS) || 3);

function synthetic(parts: number): Dataset {
  const schools = [];
  const sections = [];
  const facilities = [];
  const nSchools = Math.ceil(parts / 2);
  for (let i = 0; i < nSchools; i++) {
    const id = `S${String(i).padStart(6, '0')}`;
    schools.push({ school_id: id, type: '九年一贯制' as const });
    const p = 100 + (i % 900);
    sections.push({
      school_id: id,
      stage: '小学' as const,
      students: p,
      teachers: 60,
      teachers_qualified: 5 + (i % 40),
      teachers_backbone: 2 + (i % 7),
      teachers_pe_art: 1 + (i % 5),
      teachers_certified: 60,
    });
    sections.push({
      school_id: id,
      stage: '初中' as const,
      students: p + 13,
      teachers: 60,
      teachers_qualified: 7 + (i % 40),
      teachers_backbone: 2 + (i % 7),
      teachers_pe_art: 1 + (i % 5),
      teachers_certified: 60,
    });
    facilities.push({
      school_id: id,
      teaching_area: 1000.5 + (i % 7000),
      sports_area: 2000.25 + (i % 9000),
      equipment_value: 500000 + (i % 3000) * 1000,
      multimedia_rooms: 5 + (i % 30),
    });
  }
  return makeDataset({ schools, sections, facilities });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const rows: { parts: number; ms: number[]; cpuMs: number[] }[] = [];
const loadBefore = load();
for (const n of [10_000, 50_000, 100_000]) {
  const ds = synthetic(n);
  const partCount = computeYear(ds, 2024).parts.length; // warm-up (JIT), not measured
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    computeYear(ds, 2024);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  rows.push({ parts: partCount, ms, cpuMs });
}

console.log(`computeYear，一个年份，${runs} 次计时取中位数（另有 1 次预热不计）；Node ${process.version}，${os.availableParallelism()} 核；负载 ${loadBefore} → ${load()}`);
console.log('');
console.log('| 学校学段 | 中位耗时 (ms) | 各次 (ms) | CPU 时间中位 (ms) | µs/学段 |');
console.log('|---:|---:|---|---:|---:|');
for (const r of rows) {
  const m = median(r.ms);
  console.log(`| ${r.parts} | ${m.toFixed(0)} | ${r.ms.map((x) => x.toFixed(0)).join(' / ')} | ${median(r.cpuMs).toFixed(0)} | ${((m / r.parts) * 1000).toFixed(1)} |`);
}
const last = rows[rows.length - 1]!;
const first = rows[0]!;
const growth = median(last.ms) / last.parts / (median(first.ms) / first.parts);
console.log('');
console.log(
  `目标：10 万学段 < ${TARGET_MS_AT_100K} ms —— ${median(last.ms) < TARGET_MS_AT_100K ? '达到' : '未达到'}；每学段耗时 10 万 / 1 万 = ${growth.toFixed(2)}（≈1 为线性增长）`,
);
