import { describe, expect, it } from 'vitest';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { ResultsJson } from '../../../src/lib/engine/types';
import { makeDataset, type CompactDataset } from './make-dataset';

const R_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];
const PLAN_ORDER = [
  ...R_IDS,
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
];
const STATUSES = ['met', 'not_met', 'no_data', 'not_applicable'];

function results(c: CompactDataset): ResultsJson {
  return buildResultsJson(computeYear(makeDataset(c), 2024));
}

/** Every path in `v` whose value is undefined or a non-finite number. */
function badLeaves(v: unknown, path = '$'): string[] {
  if (v === undefined) return [path];
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path}=${v}`];
  if (Array.isArray(v)) return v.flatMap((x, i) => badLeaves(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => badLeaves(x, `${path}.${k}`));
  return [];
}

const SECTION = { teachers: 40, teachers_qualified: 30, teachers_backbone: 6, teachers_pe_art: 5, teachers_certified: 40 };
const FACILITY = { teaching_area: 3000, sports_area: 5000, equipment_value: 1_500_000, multimedia_rooms: 16 };

/** Two 小学, one 九年一贯制 (split), one 特殊教育学校, some blanks. */
const MIXED: CompactDataset = {
  schools: [
    { school_id: 'P1', type: '小学' },
    { school_id: 'P2', type: '小学' },
    { school_id: 'N1', type: '九年一贯制' },
    { school_id: 'T1', type: '特殊教育学校' },
  ],
  sections: [
    { school_id: 'P1', stage: '小学', students: 600, ...SECTION },
    { school_id: 'P2', stage: '小学', students: 300, ...SECTION, teachers_qualified: 7 },
    { school_id: 'N1', stage: '小学', students: 166, ...SECTION },
    { school_id: 'N1', stage: '初中', students: 210, ...SECTION },
    { school_id: 'T1', stage: '小学', students: 30, ...SECTION },
  ],
  facilities: [
    { school_id: 'P1', ...FACILITY },
    { school_id: 'P2', ...FACILITY },
    { school_id: 'N1', ...FACILITY, teaching_area: 23226 },
    { school_id: 'T1', ...FACILITY, multimedia_rooms: null },
  ],
  stats: { training_teachers: 300, training_completed: 299 },
  assessments: { V1: '达标', V2: '未达标', V3: '待评估' },
};

describe('buildResultsJson: shape (method.md "Machine-readable results")', () => {
  const r = results(MIXED);

  it('top-level keys, county, year, status', () => {
    expect(Object.keys(r)).toEqual(['county', 'year', 'status', 'areas', 'vetoes', 'indicators', 'resource', 'schools']);
    expect(r.county).toEqual({ code: '141033', name: '蒲县' });
    expect(r.year).toBe(2024);
    expect(['met', 'not_met', 'incomplete']).toContain(r.status);
  });

  it('areas: exactly the four areas, each a status', () => {
    expect(Object.keys(r.areas)).toEqual(['resource', 'government', 'quality', 'recognition']);
    for (const s of Object.values(r.areas)) expect(STATUSES).toContain(s);
  });

  it('vetoes: V1–V4 in order; 达标 → met, 未达标 → not_met, 待评估 → no_data, no row → no_data', () => {
    expect(r.vetoes).toEqual([
      { id: 'V1', status: 'met' },
      { id: 'V2', status: 'not_met' },
      { id: 'V3', status: 'no_data' },
      { id: 'V4', status: 'no_data' },
    ]);
  });

  it('indicators: exactly 32 in plan order, each { id, status, value }', () => {
    expect(r.indicators.map((i) => i.id)).toEqual(PLAN_ORDER);
    for (const i of r.indicators) {
      expect(Object.keys(i)).toEqual(['id', 'status', 'value']);
      expect(STATUSES).toContain(i.status);
      expect(i.value === null || typeof i.value === 'number').toBe(true);
    }
  });

  it('R1–R7 and assessed items have value null; ratios are fractions (G9 = 299 / 300, not 99.7)', () => {
    for (const id of [...R_IDS, 'G1', 'G2', 'G10', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8']) {
      expect([id, r.indicators.find((i) => i.id === id)!.value]).toEqual([id, null]);
    }
    expect(r.indicators.find((i) => i.id === 'G9')!.value).toBe(299 / 300);
  });

  it('resource: one key per stage with in-scope parts, each { cv, mean, cv_met } keyed R1–R7', () => {
    expect(Object.keys(r.resource)).toEqual(['primary', 'junior']);
    for (const st of Object.values(r.resource)) {
      expect(Object.keys(st)).toEqual(['cv', 'mean', 'cv_met']);
      expect(Object.keys(st.cv)).toEqual(R_IDS);
      expect(Object.keys(st.mean)).toEqual(R_IDS);
      expect(Object.keys(st.cv_met)).toEqual(R_IDS);
    }
    // One junior part (N1) → CV 0 and met, whatever its value.
    expect(r.resource.junior!.cv.R1).toBe(0);
    expect(r.resource.junior!.cv_met.R1).toBe(true);
  });

  it('schools: one entry per part (the 特殊教育学校 listed, out of scope), exact key sets', () => {
    expect(r.schools.map((s) => `${s.school_id}/${s.stage}`)).toEqual(['N1/primary', 'N1/junior', 'P1/primary', 'P2/primary', 'T1/primary']);
    for (const s of r.schools) {
      expect(Object.keys(s)).toEqual(['school_id', 'stage', 'in_scope', 'excluded_reason', 'students', 'values', 'meets', 'met_count', 'pass']);
      expect(Object.keys(s.values)).toEqual(R_IDS);
      expect(Object.keys(s.meets)).toEqual(R_IDS);
    }
    const t1 = r.schools.find((s) => s.school_id === 'T1')!;
    expect(t1).toMatchObject({ in_scope: false, excluded_reason: '特殊教育学校不参与资源配置评估', pass: null });
    expect(t1.values.R7).toBeNull(); // blank multimedia_rooms
    expect(t1.meets.R7).toBeNull();
  });

  it('values are unrounded: P2 R1 = 100 × 7 / 300, N1 R4 = 23226 × 166 / 397 / 166', () => {
    const p2 = r.schools.find((s) => s.school_id === 'P2')!;
    expect(p2.values.R1).toBe((100 * 7) / 300); // 2.3333333333333335
    const n1 = r.schools.find((s) => s.school_id === 'N1' && s.stage === 'primary')!;
    expect(n1.values.R4).toBeCloseTo((23226 * 166) / 397 / 166, 12); // 9711.6 m² / 166
  });

  it('no NaN, Infinity or undefined anywhere; JSON round trip is lossless', () => {
    expect(badLeaves(r)).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('buildResultsJson: edge cases', () => {
  it('a stage with no in-scope part is omitted (primary-only county → no "junior" key)', () => {
    const r = results({
      schools: [{ school_id: 'P1', type: '小学' }],
      sections: [{ school_id: 'P1', stage: '小学', students: 500, ...SECTION }],
      facilities: [{ school_id: 'P1', ...FACILITY }],
    });
    expect(Object.keys(r.resource)).toEqual(['primary']);
    expect('junior' in r.resource).toBe(false);
  });

  it('no in-scope part at all → resource is {} and R1–R7 are no_data', () => {
    const r = results({
      schools: [{ school_id: 'T1', type: '特殊教育学校' }],
      sections: [{ school_id: 'T1', stage: '小学', students: 30, ...SECTION }],
      facilities: [{ school_id: 'T1', ...FACILITY }],
    });
    expect(r.resource).toEqual({});
    expect(r.indicators.slice(0, 7).map((i) => i.status)).toEqual(Array(7).fill('no_data'));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('a missing value in an in-scope part → mean, cv, cv_met null (no NaN)', () => {
    const r = results({
      schools: [
        { school_id: 'P1', type: '小学' },
        { school_id: 'P2', type: '小学' },
      ],
      sections: [
        { school_id: 'P1', stage: '小学', students: 500, ...SECTION, teachers_backbone: null },
        { school_id: 'P2', stage: '小学', students: 400, ...SECTION },
      ],
      facilities: [
        { school_id: 'P1', ...FACILITY },
        { school_id: 'P2', ...FACILITY },
      ],
    });
    const st = r.resource.primary!;
    expect([st.mean.R2, st.cv.R2, st.cv_met.R2]).toEqual([null, null, null]);
    expect(r.schools[0]!.pass).toBeNull();
    expect(badLeaves(r)).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('x̄ = 0 → mean 0, cv and cv_met null (never NaN)', () => {
    const r = results({
      schools: [
        { school_id: 'P1', type: '小学' },
        { school_id: 'P2', type: '小学' },
      ],
      sections: [
        { school_id: 'P1', stage: '小学', students: 500, ...SECTION, teachers_backbone: 0 },
        { school_id: 'P2', stage: '小学', students: 400, ...SECTION, teachers_backbone: 0 },
      ],
      facilities: [
        { school_id: 'P1', ...FACILITY },
        { school_id: 'P2', ...FACILITY },
      ],
    });
    const st = r.resource.primary!;
    expect([st.mean.R2, st.cv.R2, st.cv_met.R2]).toEqual([0, null, null]);
    expect(badLeaves(r)).toEqual([]);
  });

  it('an empty year (only sections) still gives 32 indicators and 4 vetoes, all JSON-safe', () => {
    const r = results({ schools: [{ school_id: 'P1', type: '小学' }], sections: [{ school_id: 'P1', stage: '小学', students: 0 }], facilities: [{ school_id: 'P1' }] });
    expect(r.indicators).toHaveLength(32);
    expect(r.vetoes.map((v) => v.id)).toEqual(['V1', 'V2', 'V3', 'V4']);
    expect(r.schools[0]).toMatchObject({ in_scope: false, excluded_reason: '无在校生', pass: null });
    expect(badLeaves(r)).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
