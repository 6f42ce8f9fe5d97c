import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { RESOURCE_IDS } from '../../../src/lib/engine/types';
import { applyAdditions, addWhole } from '../../../src/lib/gap/apply-additions';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import { computeSchoolPlan } from '../../../src/lib/gap/compute-school-plan';
import { makeDataset } from '../engine/make-dataset';

/** Applies a scenario of `plan` and recomputes the year with the engine. */
function recompute(ds: Dataset, year: number, scenario: 'standard' | 'pass') {
  const plan = computeCountyPlan(ds, computeYear(ds, year));
  const adds = plan.schools.map((s) => (scenario === 'standard' ? s.standardAdditions : s.passAdditions));
  return { plan, after: computeYear(applyAdditions(ds, year, adds), year) };
}

describe('demo data 2022 (has failing parts)', () => {
  let ds: Dataset;
  beforeAll(async () => {
    const r = await readDataset(join(import.meta.dirname, '../../../demo/data'));
    ds = r.dataset!;
  });
  it('fails now', () => {
    expect(computeYear(ds, 2022).parts.some((p) => p.in_scope && p.pass === false)).toBe(true);
  });
  it('the standard scenario: every in-scope part meets all seven', () => {
    const { plan, after } = recompute(ds, 2022, 'standard');
    for (const p of after.parts.filter((x) => x.in_scope)) {
      for (const id of RESOURCE_IDS) expect(p.meets[id], `${p.name} ${id}`).toBe(true);
      expect(p.pass).toBe(true);
    }
    expect(plan.standard.parts).toEqual({ pass: after.parts.filter((p) => p.in_scope).length, fail: 0, no_data: 0 });
  });
  it('the pass scenario: every in-scope part passes', () => {
    const { plan, after } = recompute(ds, 2022, 'pass');
    for (const p of after.parts.filter((x) => x.in_scope)) expect(p.pass, p.name).toBe(true);
    expect(plan.pass.parts.fail).toBe(0);
  });
  it('each pass plan is minimal: dropping a unit from any step makes that part fail', () => {
    const year = computeYear(ds, 2022);
    const { plan } = recompute(ds, 2022, 'pass');
    for (const s of plan.schools) {
      for (const part of s.parts.filter((p) => p.passPlan.status === 'plan')) {
        for (const step of part.passPlan.steps) {
          const adds = plan.schools.map((x) => structuredClone(x.passAdditions));
          const mine = adds.find((a) => a.school_id === s.school_id)!;
          const key = part.indicators.find((g) => g.id === step.id)!.input;
          if (key in mine.facilities) mine.facilities[key as 'sports_area'] = mine.facilities[key as 'sports_area']! - 1;
          else mine.teachers[part.stage]![key as 'teachers_backbone']! -= 1;
          const after = computeYear(applyAdditions(ds, 2022, adds), 2022);
          expect(after.parts.find((p) => p.school_id === s.school_id && p.stage === part.stage)!.pass, `${s.name} ${step.id}`).toBe(false);
        }
      }
    }
    expect(year.year).toBe(2022);
  });
  it('totals add up the schools, with rooms and classes; CVs recomputed', () => {
    const plan = computeCountyPlan(ds, computeYear(ds, 2022));
    expect(plan.standard.totals.teachers_backbone).toBe(2);
    expect(plan.standard.totals.extra_classes).toBe(1);
    expect(plan.standard.totals.music_rooms).toBeGreaterThan(0);
    expect(plan.standard.cv.length).toBe(14);
    expect(plan.standard.cv.every((c) => c.after !== null && Number.isFinite(c.after))).toBe(true);
    expect(plan.priority.map((p) => p.school_id)[0]).toBe('2141033112');
    expect(plan.partsNow.fail).toBe(4);
  });
  it('G5: a class of 48 in 小学 needs one more class', () => {
    const s = computeSchoolPlan(computeYear(ds, 2022), '2141033101')!;
    expect(s.classSplits).toEqual([expect.objectContaining({ students: 48, limit: 45, extra: 1 })]);
  });
});

describe('constructed dataset: split school, a merged site, rooms, oversized classes', () => {
  const ds = makeDataset({
    schools: [
      { school_id: 'A', type: '九年一贯制' },
      { school_id: 'B', type: '小学' },
      { school_id: 'B1', type: '教学点', parent_id: 'B' },
      { school_id: 'C', type: '初中' },
    ],
    sections: [
      { school_id: 'A', stage: '小学', students: 166, classes: 6, teachers_qualified: 5, teachers_backbone: 0, teachers_pe_art: 1 },
      { school_id: 'A', stage: '初中', students: 210, classes: 6, teachers_qualified: 10, teachers_backbone: 1, teachers_pe_art: 1 },
      { school_id: 'B', stage: '小学', students: 400, classes: 10, teachers_qualified: 15, teachers_backbone: 2, teachers_pe_art: 2 },
      { school_id: 'B1', stage: '小学', students: 30, classes: 3, teachers_qualified: 1, teachers_backbone: 0, teachers_pe_art: 0 },
      { school_id: 'C', stage: '初中', students: 500, classes: 12, teachers_qualified: 26, teachers_backbone: 5, teachers_pe_art: 4 },
    ],
    facilities: [
      { school_id: 'A', teaching_area: 1000, sports_area: 2000, equipment_value: 500_000, multimedia_rooms: 5 },
      { school_id: 'B', teaching_area: 1200, sports_area: 2500, equipment_value: 600_000.5, multimedia_rooms: 6 },
      { school_id: 'B1', teaching_area: 100, sports_area: 100, equipment_value: 30_000, multimedia_rooms: 0 },
      { school_id: 'C', teaching_area: 2900, sports_area: 5100, equipment_value: 1_250_000, multimedia_rooms: 12 },
    ],
    rooms: [
      { school_id: 'A', room_type: '音乐', area: 96 },
      { school_id: 'A', room_type: '美术', area: 89.9 },
    ],
    classes: [
      { school_id: 'B', students: 91 },
      { school_id: 'B', students: 45 },
      { school_id: 'C', stage: '初中', students: 51 },
    ],
  });
  it('fails now', () => {
    expect(computeYear(ds, 2024).parts.filter((p) => p.pass === false).length).toBeGreaterThan(1);
  });
  it.each(['standard', 'pass'] as const)('%s scenario makes every part pass', (scenario) => {
    const { after } = recompute(ds, 2024, scenario);
    for (const p of after.parts.filter((x) => x.in_scope)) expect(p.pass, `${p.name} ${p.stage}`).toBe(true);
  });
  it('G3 and G5 gaps', () => {
    const year = computeYear(ds, 2024);
    expect(computeSchoolPlan(year, 'A')!.rooms).toMatchObject({ required: 1, music: { have: 1, add: 0 }, art: { have: 0, add: 1 } });
    expect(computeSchoolPlan(year, 'B')!.classSplits.map((c) => c.extra)).toEqual([2]);
    expect(computeSchoolPlan(year, 'C')!.classSplits.map((c) => c.extra)).toEqual([1]);
  });
});

describe('addWhole keeps the decimal', () => {
  it.each([
    [0.1, 2, 2.1],
    [23226.7, 5, 23231.7],
    [600000.5, 1, 600001.5],
    [12, 3, 15],
  ])('%d + %d = %d', (a, n, out) => {
    expect(addWhole(a, n)).toBe(out);
  });
});
