/**
 * Engine benchmark: synthetic datasets of 10k / 50k / 100k school parts, times computeYear.
 * Run: npx tsx bench/engine.ts (target: < 2 s at 100k, linear growth).
 */
import { performance } from 'node:perf_hooks';
import { computeYear } from '../src/lib/engine/compute-year';
import { makeDataset } from '../tests/unit/engine/make-dataset';
import type { Dataset } from '../src/lib/dataset/types';

function synthetic(parts: number): Dataset {
  const schools = [];
  const sections = [];
  const facilities = [];
  const nSchools = Math.ceil(parts / 2);
  for (let i = 0; i < nSchools; i++) {
    const id = `S${String(i).padStart(6, '0')}`;
    schools.push({ school_id: id, type: '九年一贯制' as const });
    const p = 100 + (i % 900);
    sections.push({ school_id: id, stage: '小学' as const, students: p, teachers: 60, teachers_qualified: 5 + (i % 40), teachers_backbone: 2 + (i % 7), teachers_pe_art: 1 + (i % 5), teachers_certified: 60 });
    sections.push({ school_id: id, stage: '初中' as const, students: p + 13, teachers: 60, teachers_qualified: 7 + (i % 40), teachers_backbone: 2 + (i % 7), teachers_pe_art: 1 + (i % 5), teachers_certified: 60 });
    facilities.push({ school_id: id, teaching_area: 1000.5 + i % 7000, sports_area: 2000.25 + (i % 9000), equipment_value: 500000 + (i % 3000) * 1000, multimedia_rooms: 5 + (i % 30) });
  }
  return makeDataset({ schools, sections, facilities });
}

for (const n of [10_000, 50_000, 100_000]) {
  const ds = synthetic(n);
  computeYear(ds, 2024); // warm-up
  const t0 = performance.now();
  const r = computeYear(ds, 2024);
  const ms = performance.now() - t0;
  console.log(`${r.parts.length} 个学校学段：computeYear ${ms.toFixed(0)} ms（${(ms / r.parts.length * 1000).toFixed(1)} µs/学段）`);
}
