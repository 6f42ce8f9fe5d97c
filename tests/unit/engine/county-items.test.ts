import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { IndicatorId, IndicatorResult } from '../../../src/lib/engine/types';
import { makeDataset, type CompactDataset } from './make-dataset';

const BASE: CompactDataset = {
  schools: [{ school_id: 'A' }],
  sections: [{ school_id: 'A', students: 100, classes: 4, teachers: 10, teachers_certified: 10 }],
  facilities: [{ school_id: 'A' }],
};

function item(id: IndicatorId, c: CompactDataset): IndicatorResult {
  const r = computeYear(makeDataset({ ...BASE, ...c }), 2024);
  return r.indicators.find((i) => i.id === id)!;
}

describe.each([
  // G9: completed / teachers ≥ 100%
  { id: 'G9', stats: { training_completed: 100, training_teachers: 100 }, status: 'met', value: 1 },
  { id: 'G9', stats: { training_completed: 99, training_teachers: 100 }, status: 'not_met', value: 0.99 },
  { id: 'G9', stats: { training_teachers: 0 }, status: 'not_applicable', value: null },
  { id: 'G9', stats: { training_teachers: 10 }, status: 'no_data', value: null },
  // G11: 10/100 = 10% ≥ 10%, 2/10 = 20% ≥ 20% → met; value = first ratio
  { id: 'G11', stats: { rotation_eligible: 100, rotation_total: 10, rotation_backbone: 2 }, status: 'met', value: 0.1 },
  { id: 'G11', stats: { rotation_eligible: 100, rotation_total: 10, rotation_backbone: 1 }, status: 'not_met', value: 0.1 },
  { id: 'G11', stats: { rotation_eligible: 100, rotation_total: 9, rotation_backbone: 9 }, status: 'not_met', value: 0.09 },
  // G8: equal salary meets; perf pay 0 fails; value = teacher / civil servant
  { id: 'G8', stats: { teacher_avg_salary: 80000, civil_servant_avg_salary: 80000, performance_pay_approved: 1 }, status: 'met', value: 1 },
  { id: 'G8', stats: { teacher_avg_salary: 90000, civil_servant_avg_salary: 80000, performance_pay_approved: 0 }, status: 'not_met', value: 1.125 },
  { id: 'G8', stats: { teacher_avg_salary: 90000, civil_servant_avg_salary: 80000 }, status: 'no_data', value: 1.125 },
  // G13: 100% and 95% (19/20 exact)
  { id: 'G13', stats: { nearby_primary_students: 50, nearby_primary_zoned: 50, nearby_junior_students: 20, nearby_junior_zoned: 19 }, status: 'met', value: 1 },
  { id: 'G13', stats: { nearby_primary_students: 50, nearby_primary_zoned: 50, nearby_junior_students: 100, nearby_junior_zoned: 94 }, status: 'not_met', value: 1 },
  { id: 'G13', stats: { nearby_primary_students: 0, nearby_junior_students: 0 }, status: 'not_applicable', value: null },
  // Q1: (95 − 3 + 2) / (100 − 1) = 94/99 < 0.95; (96 − 0 + 0)/(101 − 0)… use exact 95/100
  { id: 'Q1', stats: { cohort_entrants: 101, cohort_deaths: 1, cohort_graduates: 96, cohort_transfer_in: 3, cohort_transfer_out: 2 }, status: 'met', value: 0.95 },
  { id: 'Q1', stats: { cohort_entrants: 100, cohort_deaths: 1, cohort_graduates: 95, cohort_transfer_in: 3, cohort_transfer_out: 2 }, status: 'not_met', value: 94 / 99 },
  // Q2: 19/20 = 95% exactly
  { id: 'Q2', stats: { disabled_children: 20, disabled_enrolled: 19 }, status: 'met', value: 0.95 },
  { id: 'Q2', stats: { disabled_children: 21, disabled_enrolled: 19 }, status: 'not_met', value: 19 / 21 },
])('$id $status with $stats', ({ id, stats, status, value }) => {
  it('status and value', () => {
    const r = item(id as IndicatorId, { stats });
    expect(r.status).toBe(status);
    if (value === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(value, 12);
  });
});

describe('G14 / G15 need their ratio and their assessment', () => {
  it.each([
    { a: '达标', places: [50, 100], status: 'met' },
    { a: '未达标', places: [60, 100], status: 'not_met' },
    { a: undefined, places: [60, 100], status: 'no_data' },
    { a: '达标', places: [49, 100], status: 'not_met' },
  ])('G14 $a $places', ({ a, places, status }) => {
    const r = item('G14', { stats: { hs_quota_places: places[0], hs_total_places: places[1] }, assessments: a ? { G14: a as '达标' } : {} });
    expect(r.status).toBe(status);
    expect(r.value).toBeCloseTo(places[0]! / places[1]!, 12);
  });
  it('G15 85% boundary', () => {
    expect(item('G15', { stats: { migrant_children: 20, migrant_children_public: 17 }, assessments: { G15: '达标' } }).status).toBe('met');
    expect(item('G15', { stats: { migrant_children: 100, migrant_children_public: 84 }, assessments: { G15: '达标' } }).status).toBe('not_met');
  });
});

describe('assessed items and evidence', () => {
  it.each([
    ['达标', 'met'],
    ['未达标', 'not_met'],
    ['待评估', 'no_data'],
    [undefined, 'no_data'],
  ] as const)('G1 %s → %s', (a, status) => {
    const r = item('G1', { assessments: a ? { G1: a } : {} });
    expect(r.status).toBe(status);
    expect(r.value).toBeNull();
    if (a) expect(r.assessments[0]).toMatchObject({ evidence: '佐证', assessed_by: '县教科局', date: '2024-10-01' });
  });
});

describe('G12 certified teachers', () => {
  it('sums every 小学/初中 row (sites included); blank → no_data', () => {
    const c: CompactDataset = {
      schools: [{ school_id: 'A' }, { school_id: 'S', type: '教学点', parent_id: 'A' }],
      sections: [
        { school_id: 'A', students: 100, teachers: 10, teachers_certified: 10 },
        { school_id: 'S', students: 10, teachers: 2, teachers_certified: 1 },
      ],
    };
    const r = item('G12', c);
    expect(r.status).toBe('not_met');
    expect(r.value).toBeCloseTo(11 / 12, 12);
    expect(item('G12', { ...c, sections: [{ school_id: 'A', students: 100, teachers: 10, teachers_certified: null }] }).status).toBe('no_data');
  });
});

describe('G3 music and art rooms', () => {
  const schools = [{ school_id: 'A' }, { school_id: 'S', type: '教学点' as const, parent_id: 'A' }];
  it("13 own classes need 2 rooms of each kind; sites' classes do not count; rooms under the area do not count", () => {
    const sections = [
      { school_id: 'A', students: 500, classes: 12 },
      { school_id: 'S', students: 30, classes: 3 },
    ];
    const rooms = [
      { school_id: 'A', room_type: '音乐' as const, area: 96 },
      { school_id: 'A', room_type: '美术' as const, area: 90 },
    ];
    // 12 own classes → ⌈12/12⌉ = 1 of each; the site's 3 classes are not counted
    expect(item('G3', { schools, sections, rooms }).status).toBe('met');
    // a 95.99 m² music room does not count
    expect(item('G3', { schools, sections, rooms: [{ ...rooms[0]!, area: 95.99 }, rooms[1]!] }).status).toBe('not_met');
    // 13 classes → 2 required
    const r = item('G3', { schools, sections: [{ school_id: 'A', students: 500, classes: 13 }], rooms });
    expect(r.status).toBe('not_met');
    expect(r.members![0]!.details).toMatchObject({ classes: 13, required: 2, music_rooms: 1, art_rooms: 1 });
  });
  it('no rooms rows in the year → no_data; value counts the no_data schools as not meeting (0)', () => {
    const r = item('G3', {});
    expect(r.status).toBe('no_data');
    expect(r.members!.length).toBeGreaterThan(0);
    expect(r.members!.every((m) => m.status === 'no_data')).toBe(true);
    expect(r.value).toBe(0);
  });
  // method.md v1.1: "no member at all → not_applicable (checked first)"; v1 gave no_data.
  it.each([
    { name: 'only a 特殊教育学校', schools: [{ school_id: 'X', type: '特殊教育学校' as const }], sections: [{ school_id: 'X', stage: '初中' as const, students: 10 }] },
    { name: 'only a small 教学点', schools: [{ school_id: 'T', type: '教学点' as const }], sections: [{ school_id: 'T', students: 10 }] },
  ])('no member ($name) and no rooms rows → not_applicable, value null', ({ schools, sections }) => {
    const r = item('G3', { schools, sections, facilities: schools.map((s) => ({ school_id: s.school_id })) });
    expect(r.members).toEqual([]);
    expect(r.status).toBe('not_applicable');
    expect(r.value).toBeNull();
  });
  it('no member with rooms rows → not_applicable too', () => {
    const r = item('G3', {
      schools: [{ school_id: 'X', type: '特殊教育学校' }],
      sections: [{ school_id: 'X', stage: '初中', students: 10 }],
      facilities: [{ school_id: 'X' }],
      rooms: [{ school_id: 'X', room_type: '音乐', area: 120 }],
    });
    expect([r.status, r.value]).toEqual(['not_applicable', null]);
  });
  it('rooms rows only for a school without sections that year are ignored → still no_data', () => {
    const r = item('G3', { schools: [{ school_id: 'A' }, { school_id: 'ZZ' }], rooms: [{ school_id: 'ZZ', room_type: '音乐', area: 120 }] });
    expect(r.status).toBe('no_data');
  });
  it('excludes 特殊教育学校 and small 教学点; a school without rooms has 0', () => {
    const r = item('G3', {
      schools: [{ school_id: 'A' }, { school_id: 'B' }, { school_id: 'T', type: '教学点' }, { school_id: 'X', type: '特殊教育学校' }],
      sections: [
        { school_id: 'A', students: 100, classes: 6 },
        { school_id: 'B', students: 100, classes: 6 },
        { school_id: 'T', students: 10, classes: 1 },
        { school_id: 'X', stage: '初中', students: 10 },
      ],
      rooms: [
        { school_id: 'A', room_type: '音乐', area: 100 },
        { school_id: 'A', room_type: '美术', area: 100 },
      ],
    });
    expect(r.members!.map((m) => [m.id, m.status])).toEqual([
      ['A', 'met'],
      ['B', 'not_met'],
    ]);
    expect(r.value).toBe(0.5);
    // The schools it does not check are listed with why (the indicator page names them).
    expect(r.exempt).toEqual([
      { school_id: 'T', name: expect.any(String), reason: '不足50人的教学点' },
      { school_id: 'X', name: expect.any(String), reason: '特殊教育学校不核查专用教室' },
    ]);
    expect(item('G4', {}).exempt).toBeNull();
  });
});

describe('G4, G5', () => {
  it.each([
    { type: '小学', students: 2000, status: 'met' },
    { type: '小学', students: 2001, status: 'not_met' },
    { type: '九年一贯制', students: 2500, status: 'met' },
    { type: '九年一贯制', students: 2501, status: 'not_met' },
  ] as const)('G4 $type $students', ({ type, students, status }) => {
    expect(item('G4', { schools: [{ school_id: 'A', type }], sections: [{ school_id: 'A', students }] }).status).toBe(status);
  });
  it("G4 counts merged sites' students", () => {
    const r = item('G4', {
      schools: [{ school_id: 'A' }, { school_id: 'S', type: '教学点', parent_id: 'A' }],
      sections: [
        { school_id: 'A', students: 1990 },
        { school_id: 'S', students: 11 },
      ],
    });
    expect(r.members![0]!.value).toBe(2001);
    expect(r.status).toBe('not_met');
  });
  it.each([
    { stage: '小学', students: 45, status: 'met' },
    { stage: '小学', students: 46, status: 'not_met' },
    { stage: '初中', students: 50, status: 'met' },
    { stage: '初中', students: 51, status: 'not_met' },
  ] as const)('G5 $stage class of $students', ({ stage, students, status }) => {
    const r = item('G5', {
      schools: [{ school_id: 'A', type: '九年一贯制' }],
      sections: [
        { school_id: 'A', stage: '小学', students: 100 },
        { school_id: 'A', stage: '初中', students: 100 },
      ],
      classes: [{ school_id: 'A', stage, students }],
    });
    expect(r.status).toBe(status);
  });
  it('G5 without classes rows → no_data', () => {
    expect(item('G5', {}).status).toBe('no_data');
  });
});

describe('G6 small rural sites and G7 special schools', () => {
  it('judges a merged site on its own funding row: allocated ≥ 100 × benchmark', () => {
    const c: CompactDataset = {
      schools: [
        { school_id: 'A', area_type: '乡村' },
        { school_id: 'S', type: '教学点', parent_id: 'A' },
      ],
      sections: [
        { school_id: 'A', students: 300 },
        { school_id: 'S', students: 20 },
      ],
      stats: { public_funds_benchmark_primary: 650 },
      funding: [
        { school_id: 'A', public_funds_allocated: 1 },
        { school_id: 'S', public_funds_allocated: 65000 },
      ],
    };
    const r = item('G6', c);
    expect(r.members!.map((m) => m.id)).toEqual(['S']);
    expect(r.status).toBe('met');
    expect(item('G6', { ...c, funding: [{ school_id: 'S', public_funds_allocated: 64999 }] }).status).toBe('not_met');
    expect(item('G6', { ...c, funding: [] }).status).toBe('no_data');
  });
  it('a 乡村 小学 of 99 students is a member, 100 is not; none → not_applicable', () => {
    const mk = (students: number) =>
      item('G6', {
        schools: [{ school_id: 'A', area_type: '乡村' }],
        sections: [{ school_id: 'A', students }],
        stats: { public_funds_benchmark_primary: 600 },
        funding: [{ school_id: 'A', public_funds_allocated: 60000 }],
      });
    expect(mk(99).status).toBe('met');
    expect(mk(100).status).toBe('not_applicable');
    expect(mk(100).value).toBeNull();
  });
  it('G7: 6000 per student exactly meets; none → not_applicable', () => {
    const c: CompactDataset = {
      schools: [{ school_id: 'A' }, { school_id: 'X', type: '特殊教育学校' }],
      sections: [
        { school_id: 'A', students: 100 },
        { school_id: 'X', stage: '小学', students: 40 },
        { school_id: 'X', stage: '初中', students: 20 },
      ],
      funding: [{ school_id: 'X', public_funds_allocated: 360000 }],
    };
    expect(item('G7', c).status).toBe('met');
    expect(item('G7', { ...c, funding: [{ school_id: 'X', public_funds_allocated: 359999 }] }).status).toBe('not_met');
    expect(item('G7', {}).status).toBe('not_applicable');
  });
});

describe('Q4 training funds', () => {
  it('5% boundary, 公办 without funding → no_data, 民办 without funding left out', () => {
    const schools = [{ school_id: 'A' }, { school_id: 'B', ownership: '民办' as const }];
    const sections = [
      { school_id: 'A', students: 100 },
      { school_id: 'B', students: 100 },
    ];
    const met = item('Q4', { schools, sections, funding: [{ school_id: 'A', public_funds_budget: 200000, training_funds: 10000 }] });
    expect(met.status).toBe('met');
    expect(met.members!.map((m) => m.id)).toEqual(['A']);
    expect(item('Q4', { schools, sections, funding: [{ school_id: 'A', public_funds_budget: 200000, training_funds: 9999 }] }).status).toBe('not_met');
    const nd = item('Q4', { schools, sections, funding: [] });
    expect(nd.status).toBe('no_data');
    expect(nd.value).toBe(0);
  });
});

describe('Q9 monitoring', () => {
  it.each([
    { rows: [{ subject: '数学', level: 3, between_school_rate: 0.149 }], status: 'met', value: 1 },
    { rows: [{ subject: '数学', level: 3, between_school_rate: 0.15 }], status: 'not_met', value: 0 },
    { rows: [{ subject: '数学', level: 2, between_school_rate: 0.1 }], status: 'not_met', value: 0 },
    { rows: [{ subject: '数学', level: 4, between_school_rate: null }], status: 'no_data', value: 0 },
    // method.md v1.1: a row below Ⅲ fails whatever its rate, a blank rate included.
    { rows: [{ subject: '数学', level: 2, between_school_rate: null }], status: 'not_met', value: 0 },
    { rows: [{ subject: '数学', level: 1, between_school_rate: 0 }], status: 'not_met', value: 0 },
    {
      rows: [
        { subject: '数学', level: 2, between_school_rate: null },
        { subject: '语文', level: 3, between_school_rate: null },
      ],
      status: 'not_met',
      value: 0,
    },
    {
      rows: [
        { subject: '数学', level: 3, between_school_rate: 0.149 },
        { subject: '语文', level: 2, between_school_rate: null },
      ],
      status: 'not_met',
      value: 0.5,
    },
    { rows: [], status: 'no_data', value: null },
  ] as const)('$rows → $status', ({ rows, status, value }) => {
    const r = item('Q9', { monitoring: rows.map((r) => ({ ...r })) });
    expect(r.status).toBe(status);
    expect(r.value).toBe(value);
  });
  it('looks back to the latest monitoring year ≤ the year', () => {
    const ds = makeDataset({ ...BASE, monitoring: [] });
    ds.monitoring.push(
      { line: 2, year: 2022, subject: '语文', grade: 4, level: 3, between_school_rate: 0.1 },
      { line: 3, year: 2023, subject: '数学', grade: 8, level: 2, between_school_rate: 0.1 },
      { line: 4, year: 2025, subject: '科学', grade: 8, level: 4, between_school_rate: 0.1 },
    );
    const q9 = computeYear(ds, 2024).indicators.find((i) => i.id === 'Q9')!;
    expect(q9.members!.map((m) => m.id)).toEqual(['数学/8']);
    expect(q9.status).toBe('not_met');
  });
});

describe('S1', () => {
  it('85% boundary over all groups; official rate overrides', () => {
    const survey = [
      { group: '家长' as const, responses: 60, satisfied: 40, fairly_satisfied: 11 },
      { group: '学生' as const, responses: 40, satisfied: 30, fairly_satisfied: 4 },
    ];
    // (40 + 11 + 30 + 4) / 100 = 0.85 exactly
    const r = item('S1', { survey });
    expect(r.status).toBe('met');
    expect(r.value).toBe(0.85);
    expect(r.survey!.parent_share).toBe(0.6);
    const o = item('S1', { survey, stats: { recognition_rate_official: 0.8 } });
    expect(o.status).toBe('not_met');
    expect(o.value).toBe(0.8);
    expect(o.survey!.survey_rate).toBe(0.85);
    expect(item('S1', {}).status).toBe('no_data');
  });
});
