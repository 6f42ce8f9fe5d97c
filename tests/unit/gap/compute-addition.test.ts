import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { ResourceId, SchoolPart, StageKey } from '../../../src/lib/engine/types';
import { computeAddition, ceilRational } from '../../../src/lib/gap/compute-addition';
import { applyAdditions } from '../../../src/lib/gap/apply-additions';
import { buildSchoolAdditions } from '../../../src/lib/gap/build-school-additions';
import { computePartGap } from '../../../src/lib/gap/compute-part-gap';
import type { Dataset } from '../../../src/lib/dataset/types';
import { makeDataset } from '../engine/make-dataset';

/** Meets every standard exactly with 1000 students. */
const EXACT = {
  primary: { teachers_qualified: 42, teachers_backbone: 10, teachers_pe_art: 9, teaching_area: 4500, sports_area: 7500, equipment_value: 2_000_000, multimedia_rooms: 23 },
  junior: { teachers_qualified: 53, teachers_backbone: 10, teachers_pe_art: 9, teaching_area: 5800, sports_area: 10200, equipment_value: 2_500_000, multimedia_rooms: 24 },
};
type Inputs = typeof EXACT.primary;
const KEY: Record<ResourceId, keyof Inputs> = {
  R1: 'teachers_qualified',
  R2: 'teachers_backbone',
  R3: 'teachers_pe_art',
  R4: 'teaching_area',
  R5: 'sports_area',
  R6: 'equipment_value',
  R7: 'multimedia_rooms',
};

function oneSchoolDataset(stage: StageKey, inputs: Partial<Inputs>, students: number): Dataset {
  const v = { ...EXACT[stage], ...inputs };
  return makeDataset({
    schools: [{ school_id: 'A', type: stage === 'primary' ? '小学' : '初中' }],
    sections: [
      {
        school_id: 'A',
        stage: stage === 'primary' ? '小学' : '初中',
        students,
        teachers: 200,
        teachers_qualified: v.teachers_qualified,
        teachers_backbone: v.teachers_backbone,
        teachers_pe_art: v.teachers_pe_art,
      },
    ],
    facilities: [{ school_id: 'A', teaching_area: v.teaching_area, sports_area: v.sports_area, equipment_value: v.equipment_value, multimedia_rooms: v.multimedia_rooms }],
  });
}

function partOf(ds: Dataset, stage: StageKey = 'primary'): SchoolPart {
  return computeYear(ds, 2024).parts.find((p) => p.stage === stage)!;
}

/** The dataset with `n` units added to the input of `id` (teachers to the stage row, facilities to the school). */
function withAdded(ds: Dataset, stage: StageKey, id: ResourceId, n: number): Dataset {
  const key = KEY[id];
  const facilities = key.startsWith('teachers') ? {} : { [key]: n };
  const teachers = key.startsWith('teachers') ? { [stage]: { [key]: n } } : {};
  return applyAdditions(ds, 2024, [{ school_id: 'A', teachers, facilities }]);
}

describe('ceilRational', () => {
  it.each([
    { n: 7n, d: 2n, out: 4n },
    { n: 8n, d: 2n, out: 4n },
    { n: -7n, d: 2n, out: -3n },
    { n: 0n, d: 5n, out: 0n },
  ])('⌈$n/$d⌉ = $out', ({ n, d, out }) => expect(ceilRational({ n, d })).toBe(out));
});

// Each case: the input that misses, the students, and the expected addition to the standard.
const cases: { name: string; stage: StageKey; id: ResourceId; input: number; students: number; add: number }[] = [
  // 4.2 × 500 / 100 = 21 exactly: 20 → +1 (21/500 is 4.2, not 4.1999…)
  { name: 'R1 20/500 → 21 (= 4.2 exactly)', stage: 'primary', id: 'R1', input: 20, students: 500, add: 1 },
  { name: 'R1 19/500 → 21', stage: 'primary', id: 'R1', input: 19, students: 500, add: 2 },
  // 4.2 × 501 / 100 = 21.042 → 22
  { name: 'R1 21/501 → 22', stage: 'primary', id: 'R1', input: 21, students: 501, add: 1 },
  { name: 'R1 junior 5.3 × 1000 → 53', stage: 'junior', id: 'R1', input: 50, students: 1000, add: 3 },
  { name: 'R2 0/95 → 1', stage: 'primary', id: 'R2', input: 0, students: 95, add: 1 },
  { name: 'R2 1/101 → 2', stage: 'primary', id: 'R2', input: 1, students: 101, add: 1 },
  { name: 'R3 0.9 × 1000 = 9: 8 → 9', stage: 'primary', id: 'R3', input: 8, students: 1000, add: 1 },
  { name: 'R3 0.9 × 70 = 0.63 → 1', stage: 'junior', id: 'R3', input: 0, students: 70, add: 1 },
  { name: 'R4 4.5 × 3 = 13.5: 12.5 → 13.5 is +1', stage: 'primary', id: 'R4', input: 12.5, students: 3, add: 1 },
  { name: 'R4 4.5 × 95 = 427.5: 389 → 428', stage: 'primary', id: 'R4', input: 389, students: 95, add: 39 },
  { name: 'R5 7.5 × 72 = 540: 346 → 540', stage: 'primary', id: 'R5', input: 346, students: 72, add: 194 },
  { name: 'R5 junior 10.2 × 1880 = 19176: 16920', stage: 'junior', id: 'R5', input: 16920, students: 1880, add: 2256 },
  { name: 'R6 2000 × 1000: 1999999.5 → +1', stage: 'primary', id: 'R6', input: 1999999.5, students: 1000, add: 1 },
  { name: 'R6 junior 2500 × 7 = 17500: 17000', stage: 'junior', id: 'R6', input: 17000, students: 7, add: 500 },
  { name: 'R7 2.3 × 86 / 100 = 1.978: 1 → 2', stage: 'primary', id: 'R7', input: 1, students: 86, add: 1 },
  { name: 'R7 junior 2.4 × 1000 / 100 = 24: 20', stage: 'junior', id: 'R7', input: 20, students: 1000, add: 4 },
];

describe.each(cases)('$name', ({ stage, id, input, students, add }) => {
  const ds = oneSchoolDataset(stage, { [KEY[id]]: input }, students);
  const part = partOf(ds, stage);
  it('misses now and the addition is the expected minimum', () => {
    expect(part.meets[id]).toBe(false);
    expect(computeAddition(part, id, 'standard')!.part).toBe(add);
  });
  it('adding it meets the standard (recomputed by the engine)', () => {
    expect(partOf(withAdded(ds, stage, id, add), stage).meets[id]).toBe(true);
  });
  it('adding one unit less does not', () => {
    expect(partOf(withAdded(ds, stage, id, add - 1), stage).meets[id]).toBe(false);
  });
});

describe('to the 85% floor', () => {
  it.each([
    // 0.85 × 4.2 × 1000 / 100 = 35.7 → 36
    { id: 'R1' as const, input: 30, add: 6 },
    // 0.85 × 4.5 × 1000 = 3825 exactly → 3825
    { id: 'R4' as const, input: 3800, add: 25 },
    // 0.85 × 2.3 × 10 = 19.55 → 20
    { id: 'R7' as const, input: 10, add: 10 },
  ])('$id from $input: +$add reaches the floor, one less does not', ({ id, input, add }) => {
    const ds = oneSchoolDataset('primary', { [KEY[id]]: input }, 1000);
    const part = partOf(ds);
    expect(part.above_floor[id]).toBe(false);
    expect(computeAddition(part, id, 'floor')!.part).toBe(add);
    expect(partOf(withAdded(ds, 'primary', id, add)).above_floor[id]).toBe(true);
    expect(partOf(withAdded(ds, 'primary', id, add - 1)).above_floor[id]).toBe(false);
  });
});

describe('met and missing values need nothing', () => {
  it('21/500 meets R1 (4.2 exactly): no gap', () => {
    const gap = computePartGap(partOf(oneSchoolDataset('primary', { teachers_qualified: 21 }, 500)));
    expect(gap.indicators.find((g) => g.id === 'R1')).toMatchObject({ status: 'met', toStandard: null, toFloor: null });
  });
  it('a blank input gives no_data and no addition', () => {
    const gap = computePartGap(partOf(oneSchoolDataset('primary', { sports_area: null as unknown as number }, 500)));
    expect(gap.indicators.find((g) => g.id === 'R5')).toMatchObject({ status: 'no_data', toStandard: null });
    expect(gap.passPlan.status).toBe('no_data');
  });
});

describe('split school: the part gains only its share of a whole-school addition', () => {
  // 166 小学 + 210 初中: 小学 share 166/397, 初中 231/397.
  const ds = makeDataset({
    schools: [{ school_id: 'A', type: '九年一贯制' }],
    sections: [
      { school_id: 'A', stage: '小学', students: 166, teachers_qualified: 7, teachers_backbone: 2, teachers_pe_art: 2 },
      { school_id: 'A', stage: '初中', students: 210, teachers_qualified: 12, teachers_backbone: 3, teachers_pe_art: 2 },
    ],
    facilities: [{ school_id: 'A', teaching_area: 1000, sports_area: 3000, equipment_value: 900_000, multimedia_rooms: 7 }],
  });
  const year = computeYear(ds, 2024);
  it.each([
    { stage: 'primary' as const, id: 'R4' as const },
    { stage: 'junior' as const, id: 'R4' as const },
    { stage: 'junior' as const, id: 'R5' as const },
    { stage: 'junior' as const, id: 'R7' as const },
  ])('$stage $id: Δ meets, Δ − 1 does not; the part addition is the share’s shortfall', ({ stage, id }) => {
    const part = year.parts.find((p) => p.stage === stage)!;
    expect(part.meets[id]).toBe(false);
    const a = computeAddition(part, id, 'standard')!;
    expect(a.school).toBeGreaterThan(a.part);
    expect(partOf(withAdded(ds, stage, id, a.school), stage).meets[id]).toBe(true);
    expect(partOf(withAdded(ds, stage, id, a.school - 1), stage).meets[id]).toBe(false);
    // The part's own shortfall: its share plus `part` units meets, one less does not.
    const x = part.inputs[KEY[id]]!;
    const k = id === 'R7' ? 100 : 1;
    expect((k * (x + a.part)) / part.students).toBeGreaterThanOrEqual(part.standards[id] - 1e-9);
    expect((k * (x + a.part - 1)) / part.students).toBeLessThan(part.standards[id]);
  });
  it('the school takes the larger of its stages’ needs, not the sum', () => {
    const parts = year.parts.map(computePartGap);
    const add = buildSchoolAdditions('A', parts, 'standard');
    const need = parts.map((p) => p.indicators.find((g) => g.id === 'R4')!.toStandard?.school ?? 0);
    expect(add.facilities.teaching_area).toBe(Math.max(...need));
  });
});
