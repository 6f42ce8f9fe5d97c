/**
 * results.json of the fixture `tests/fixtures/engine/county-mix`, field by field, against
 * figures worked out by hand from its CSV files (method.md). Every expected number below is
 * written as the arithmetic that gives it; nothing here was copied from engine output.
 *
 * The county (2024, population 100,000, 民办 in scope, small-site minimum 50):
 *   A01 小学 (公办, 城区)          小学 500 students
 *   B01 九年一贯制 (镇区)          小学 136 + 初中 210, plus its merged 教学点 B02 (乡村, 小学 30)
 *   C01 完全中学 (城区)            初中 400 + 高中 300
 *   D01 教学点 (乡村, no parent)   小学 20 → out of scope (fewer than 50)
 *   E01 特殊教育学校               小学 40 + 初中 20 → out of scope
 *   F01 民办 小学 "蒲县"育才"学校"   小学 300
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { buildResultsJson, computeYear } from '../../../src/lib/engine/index';
import type { ResourceId, ResultsJson } from '../../../src/lib/engine/types';

const DIR = resolve(import.meta.dirname, '../../fixtures/engine/county-mix');

/** Independent student-weighted CV (population form), as method.md writes it. */
function cv(P: number[], x: number[]): { mean: number; cv: number } {
  const sp = P.reduce((a, b) => a + b, 0);
  const mean = P.reduce((s, p, i) => s + p * x[i]!, 0) / sp;
  const s = Math.sqrt(P.reduce((acc, p, i) => acc + p * (x[i]! - mean) ** 2, 0) / sp);
  return { mean, cv: s / mean };
}

let r: ResultsJson;
const part = (id: string, stage: 'primary' | 'junior') => r.schools.find((s) => s.school_id === id && s.stage === stage)!;

beforeAll(async () => {
  const read = await readDataset(DIR);
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  r = buildResultsJson(computeYear(read.dataset!, 2024));
});

// ---------------------------------------------------------------- hand-computed part values
// Split shares. B01 (after merging B02): 小学 136 + 30 = 166, 初中 210;
//   weights 1 × 166 = 166 and 1.1 × 210 = 231, Σ = 397.
// C01: 初中 1.1 × 400 = 440, 高中 1.32 × 300 = 396, Σ = 836.
// E01: 小学 1 × 40 = 40, 初中 1.1 × 20 = 22, Σ = 62.
// B01 facilities = own + B02: teaching 2200 + 200 = 2400, sports 4300 + 200 = 4500,
//   equipment 850000 + 50000 = 900000, multimedia 9 + 1 = 10.
// B01 teachers 小学 = own + B02: qualified 8 + 2 = 10, backbone 2 + 0 = 2, pe_art 2 + 0 = 2.
const EXPECTED: Record<string, { stage: 'primary' | 'junior'; students: number; values: Record<ResourceId, number | null> }> = {
  'A01/primary': {
    stage: 'primary',
    students: 500,
    values: {
      R1: (100 * 21) / 500, // = 4.2, exactly the standard
      R2: (100 * 5) / 500, // = 1.0, exactly the standard
      R3: (100 * 5) / 500, // = 1.0
      R4: 2400 / 500, // = 4.8
      R5: 4000 / 500, // = 8
      R6: 1100000 / 500, // = 2200
      R7: (100 * 12) / 500, // = 2.4
    },
  },
  'B01/primary': {
    stage: 'primary',
    students: 166,
    values: {
      R1: (100 * 10) / 166, // ≈ 6.024
      R2: (100 * 2) / 166, // ≈ 1.205
      R3: (100 * 2) / 166,
      R4: (2400 * 166) / 397 / 166, // ≈ 6.045
      R5: (4500 * 166) / 397 / 166, // ≈ 11.335
      R6: (900000 * 166) / 397 / 166, // ≈ 2267.0
      R7: (100 * 10 * 166) / 397 / 166, // ≈ 2.519
    },
  },
  'B01/junior': {
    stage: 'junior',
    students: 210,
    values: {
      R1: (100 * 14) / 210, // ≈ 6.667
      R2: (100 * 3) / 210, // ≈ 1.429
      R3: (100 * 2) / 210, // ≈ 0.952
      R4: (2400 * 231) / 397 / 210, // ≈ 6.650
      R5: (4500 * 231) / 397 / 210, // ≈ 12.469
      R6: (900000 * 231) / 397 / 210, // ≈ 2493.7 < 2500 (but ≥ 85% = 2125)
      R7: (100 * 10 * 231) / 397 / 210, // ≈ 2.771
    },
  },
  'C01/junior': {
    stage: 'junior',
    students: 400,
    values: {
      R1: (100 * 22) / 400, // = 5.5
      R2: (100 * 4) / 400, // = 1.0, exactly the standard
      R3: (100 * 4) / 400, // = 1.0
      R4: (5000 * 440) / 836 / 400, // ≈ 6.579
      R5: (8000 * 440) / 836 / 400, // ≈ 10.526
      R6: (1800000 * 440) / 836 / 400, // ≈ 2368.4 < 2500
      R7: (100 * 18 * 440) / 836 / 400, // ≈ 2.368 < 2.4
    },
  },
  'D01/primary': {
    stage: 'primary',
    students: 20,
    values: {
      R1: (100 * 3) / 20, // = 15
      R2: (100 * 0) / 20, // = 0
      R3: (100 * 1) / 20, // = 5
      R4: 300 / 20, // = 15
      R5: 400 / 20, // = 20
      R6: 30000 / 20, // = 1500
      R7: null, // multimedia_rooms blank in facilities.csv
    },
  },
  'E01/primary': {
    stage: 'primary',
    students: 40,
    values: {
      R1: (100 * 18) / 40, // = 45
      R2: (100 * 4) / 40, // = 10
      R3: (100 * 2) / 40, // = 5
      R4: (1240 * 40) / 62 / 40, // = 20
      R5: (620 * 40) / 62 / 40, // = 10
      R6: (310000 * 40) / 62 / 40, // = 5000
      R7: (100 * 6 * 40) / 62 / 40, // ≈ 9.677
    },
  },
  'E01/junior': {
    stage: 'junior',
    students: 20,
    values: {
      R1: (100 * 9) / 20, // = 45
      R2: (100 * 2) / 20, // = 10
      R3: (100 * 1) / 20, // = 5
      R4: (1240 * 22) / 62 / 20, // = 22
      R5: (620 * 22) / 62 / 20, // = 11
      R6: (310000 * 22) / 62 / 20, // = 5500
      R7: (100 * 6 * 22) / 62 / 20, // ≈ 10.645
    },
  },
  'F01/primary': {
    stage: 'primary',
    students: 300,
    values: {
      R1: (100 * 15) / 300, // = 5
      R2: (100 * 3) / 300, // = 1.0
      R3: (100 * 3) / 300, // = 1.0
      R4: 1500 / 300, // = 5
      R5: 2400 / 300, // = 8
      R6: 660000 / 300, // = 2200
      R7: (100 * 7) / 300, // ≈ 2.333
    },
  },
};

/** Standards from method.md's table, written out again here (not imported). */
const STANDARD: Record<'primary' | 'junior', Record<ResourceId, number>> = {
  primary: { R1: 4.2, R2: 1.0, R3: 0.9, R4: 4.5, R5: 7.5, R6: 2000, R7: 2.3 },
  junior: { R1: 5.3, R2: 1.0, R3: 0.9, R4: 5.8, R5: 10.2, R6: 2500, R7: 2.4 },
};

describe('county-mix: schools[]', () => {
  it('one entry per school part, sorted by school_id then primary → junior; merged B02 is not listed', () => {
    // C01's 高中 is never a part; B02 is merged into B01.
    expect(r.schools.map((s) => `${s.school_id}/${s.stage}`)).toEqual([
      'A01/primary',
      'B01/primary',
      'B01/junior',
      'C01/junior',
      'D01/primary',
      'E01/primary',
      'E01/junior',
      'F01/primary',
    ]);
  });

  it.each(Object.entries(EXPECTED))('%s: students and R1–R7 values', (key, e) => {
    const [id] = key.split('/');
    const p = part(id!, e.stage);
    expect(p.students).toBe(e.students);
    for (const [k, v] of Object.entries(e.values)) {
      if (v === null) expect(p.values[k as ResourceId]).toBeNull();
      else expect(p.values[k as ResourceId]).toBeCloseTo(v, 9);
    }
  });

  it('meets: value ≥ standard (the exact boundaries 4.2 and 1.0 meet); blank → null', () => {
    for (const [key, e] of Object.entries(EXPECTED)) {
      const [id] = key.split('/');
      const p = part(id!, e.stage);
      for (const [k, v] of Object.entries(e.values)) {
        // The only value within 1e-6 of its standard is an exact equality (A01 R1/R2, C01 R2,
        // F01 R2/R3): those meet. Every other comparison is far from the boundary.
        const want = v === null ? null : v >= STANDARD[e.stage][k as ResourceId] - 1e-9;
        expect([key, k, p.meets[k as ResourceId]]).toEqual([key, k, want]);
      }
    }
    expect(part('A01', 'primary').meets.R1).toBe(true); // 100 × 21 / 500 = 4.2
    expect(part('C01', 'junior').meets.R2).toBe(true); // 100 × 4 / 400 = 1.0
  });

  it('met_count and pass (6 of 7 and the rest ≥ 85%)', () => {
    expect(part('A01', 'primary')).toMatchObject({ met_count: 7, pass: true });
    expect(part('B01', 'primary')).toMatchObject({ met_count: 7, pass: true });
    // R6 2493.7 < 2500 but ≥ 0.85 × 2500 = 2125 → 6 met, passes.
    expect(part('B01', 'junior')).toMatchObject({ met_count: 6, pass: true });
    // R6 and R7 miss → only 5 met → fails.
    expect(part('C01', 'junior')).toMatchObject({ met_count: 5, pass: false });
    expect(part('F01', 'primary')).toMatchObject({ met_count: 7, pass: true, in_scope: true, excluded_reason: null });
  });

  it('out-of-scope parts: reason, values still computed, pass null', () => {
    // D01: R1, R3, R4, R5 meet; R2 = 0 and R6 = 1500 miss; R7 blank → met_count 4.
    expect(part('D01', 'primary')).toMatchObject({ in_scope: false, excluded_reason: '不足50人的教学点', met_count: 4, pass: null });
    expect(part('E01', 'primary')).toMatchObject({ in_scope: false, excluded_reason: '特殊教育学校不参与资源配置评估', met_count: 7, pass: null });
    expect(part('E01', 'junior')).toMatchObject({ in_scope: false, excluded_reason: '特殊教育学校不参与资源配置评估', met_count: 7, pass: null });
  });
});

describe('county-mix: resource (CV per stage over in-scope parts)', () => {
  // In scope: primary A01 (500), B01 (166), F01 (300); junior B01 (210), C01 (400).
  const stages = {
    primary: { P: [500, 166, 300], keys: ['A01/primary', 'B01/primary', 'F01/primary'], limit: 0.5 },
    junior: { P: [210, 400], keys: ['B01/junior', 'C01/junior'], limit: 0.45 },
  } as const;

  it.each(['primary', 'junior'] as const)('%s: mean, cv, cv_met for R1–R7', (stage) => {
    const st = r.resource[stage]!;
    const { P, keys, limit } = stages[stage];
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as ResourceId[]) {
      const x = keys.map((k) => EXPECTED[k]!.values[id]!);
      const want = cv([...P], x);
      expect(st.mean[id]).toBeCloseTo(want.mean, 9);
      expect(st.cv[id]).toBeCloseTo(want.cv, 12);
      expect(st.cv_met[id]).toBe(want.cv <= limit);
    }
  });

  it('x̄ equals the county aggregate ratio (R1 primary: 100 × (21 + 10 + 15) / (500 + 166 + 300))', () => {
    expect(r.resource.primary!.mean.R1).toBeCloseTo((100 * (21 + 10 + 15)) / (500 + 166 + 300), 12); // 4600 / 966 ≈ 4.762
    expect(r.resource.junior!.mean.R1).toBeCloseTo((100 * (14 + 22)) / (210 + 400), 12); // 3600 / 610 ≈ 5.902
  });
});

describe('county-mix: indicators', () => {
  const value = (id: string) => r.indicators.find((i) => i.id === id)!.value;
  const status = (id: string) => r.indicators.find((i) => i.id === id)!.status;

  it('32 entries in plan order', () => {
    expect(r.indicators.map((i) => i.id)).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'G1',
      'G2',
      'G3',
      'G4',
      'G5',
      'G6',
      'G7',
      'G8',
      'G9',
      'G10',
      'G11',
      'G12',
      'G13',
      'G14',
      'G15',
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
      'S1',
    ]);
  });

  it('R1–R7: value null; R6, R7 not_met (C01 fails and is below the standard), the rest met', () => {
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5']) expect([id, status(id), value(id)]).toEqual([id, 'met', null]);
    for (const id of ['R6', 'R7']) expect([id, status(id), value(id)]).toEqual([id, 'not_met', null]);
  });

  it('assessed items: G1 G2 达标, G10 未达标, Q3 Q5 Q6 Q7 达标, Q8 no row → no_data; value null', () => {
    const want: Record<string, string> = { G1: 'met', G2: 'met', G10: 'not_met', Q3: 'met', Q5: 'met', Q6: 'met', Q7: 'met', Q8: 'no_data' };
    for (const [id, s] of Object.entries(want)) expect([id, status(id), value(id)]).toEqual([id, s, null]);
  });

  it('G3: A01 (1 room of each for ⌈12/12⌉ = 1; 96 m² and 90 m² count), B01 (art 89 m² < 90 → 0), C01 ok, F01 no rooms → 2 / 4', () => {
    // Members: A01, B01, C01, F01 (E01 special, D01 small 教学点 excluded).
    expect(status('G3')).toBe('not_met');
    expect(value('G3')).toBeCloseTo(2 / 4, 12);
  });

  it('G4: every school but E01 has ≤ 2000 (B01 ≤ 2500) compulsory students → 5 / 5', () => {
    // A01 500, B01 136 + 30 + 210 = 376, C01 400, D01 20, F01 300.
    expect(status('G4')).toBe('met');
    expect(value('G4')).toBe(5 / 5);
  });

  it("G5: 47 classes, F01's 6 classes of 50 > 45 fail (C01 初中 50 ≤ 50 meets) → 41 / 47", () => {
    // A01 12 + B01 6 + B02 2 + B01 初中 6 + C01 8 + D01 1 + E01 4 + 2 + F01 6 = 47.
    expect(status('G5')).toBe('not_met');
    expect(value('G5')).toBeCloseTo((47 - 6) / 47, 12);
  });

  it('G6: B02 (教学点, 30) allocated 65000 ≥ 100 × 650; D01 (教学点, 20) 60000 < 65000 → 1 / 2', () => {
    expect(status('G6')).toBe('not_met');
    expect(value('G6')).toBe(1 / 2);
  });

  it('G7: E01 400000 / (40 + 20) ≈ 6666.7 ≥ 6000 → 1 / 1', () => {
    expect(status('G7')).toBe('met');
    expect(value('G7')).toBe(1);
  });

  it('G8 = 86500 / 85000 (pay approved) met; G9 = 400 / 400 met', () => {
    expect(status('G8')).toBe('met');
    expect(value('G8')).toBeCloseTo(86500 / 85000, 12);
    expect(status('G9')).toBe('met');
    expect(value('G9')).toBe(400 / 400);
  });

  it('G11 = 20 / 200 = 10% and 4 / 20 = 20%, both on the boundary → met, value the first ratio', () => {
    expect(status('G11')).toBe('met');
    expect(value('G11')).toBeCloseTo(20 / 200, 15);
  });

  it('G12 = Σ certified / Σ teachers over 小学 and 初中 rows (高中 left out) = 143 / 144 → not_met', () => {
    // certified 32 + 10 + 3 + 18 + 29 + 3 + 20 + 10 + 18 = 143; teachers the same but C01 初中 30 → 144.
    expect(status('G12')).toBe('not_met');
    expect(value('G12')).toBeCloseTo((32 + 10 + 3 + 18 + 29 + 3 + 20 + 10 + 18) / (32 + 10 + 3 + 18 + 30 + 3 + 20 + 10 + 18), 15);
  });

  it('G13 = 800 / 800 and 570 / 600 = 95% (boundary) → met; G14 = 300 / 600 with 达标 → met', () => {
    expect(status('G13')).toBe('met');
    expect(value('G13')).toBe(800 / 800);
    expect(status('G14')).toBe('met');
    expect(value('G14')).toBe(300 / 600);
  });

  it('G15 = 170 / 200 = 85% (met), but its assessment is 待评估 → no_data', () => {
    expect(status('G15')).toBe('no_data');
    expect(value('G15')).toBeCloseTo(170 / 200, 15);
  });

  it('Q1 = (400 − 10 + 9) / (420 − 1) = 399 / 419 ≈ 95.2% met; Q2 = 38 / 40 = 95% met', () => {
    expect(status('Q1')).toBe('met');
    expect(value('Q1')).toBeCloseTo((400 - 10 + 9) / (420 - 1), 15);
    expect(status('Q2')).toBe('met');
    expect(value('Q2')).toBeCloseTo(38 / 40, 15);
  });

  it('Q4: A01 20000 / 400000 = 5% (boundary), B01 (4500 + 14000) / (70000 + 300000) = 5%, C01 6%, E01 6% meet; D01 2000 / 60000 fails; F01 (民办 with a row) training blank → no_data → 4 / 6', () => {
    expect(status('Q4')).toBe('not_met');
    expect(value('Q4')).toBeCloseTo(4 / 6, 15);
  });

  it('Q9: latest monitoring year 2024: 数学 Ⅲ 0.149 meets, 语文 Ⅳ 0.15 not < 0.15 → 1 / 2 (the 2023 row is ignored)', () => {
    expect(status('Q9')).toBe('not_met');
    expect(value('Q9')).toBe(1 / 2);
  });

  it('S1 = (150 + 30 + 200 + 60 + 70 + 20) / (200 + 300 + 100) = 530 / 600 met', () => {
    expect(status('S1')).toBe('met');
    expect(value('S1')).toBeCloseTo((150 + 30 + 200 + 60 + 70 + 20) / (200 + 300 + 100), 15);
  });
});

describe('county-mix: areas, vetoes, county', () => {
  it('county, year', () => {
    expect(r.county).toEqual({ code: '141033', name: '蒲县' });
    expect(r.year).toBe(2024);
  });

  it('areas: resource not_met (R6, R7, C01 fails), government not_met (G3 …), quality not_met (Q4, Q9), recognition met', () => {
    expect(r.areas).toEqual({ resource: 'not_met', government: 'not_met', quality: 'not_met', recognition: 'met' });
  });

  it('vetoes: V1 V2 达标, V3 待评估, V4 no row', () => {
    expect(r.vetoes).toEqual([
      { id: 'V1', status: 'met' },
      { id: 'V2', status: 'met' },
      { id: 'V3', status: 'no_data' },
      { id: 'V4', status: 'no_data' },
    ]);
  });

  it('county status not_met (an area is not_met)', () => {
    expect(r.status).toBe('not_met');
  });

  it('no NaN / undefined anywhere: JSON round trip is lossless', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
