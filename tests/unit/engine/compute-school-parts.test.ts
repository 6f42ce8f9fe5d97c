import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { ResourceId, SchoolPart, StageKey } from '../../../src/lib/engine/types';
import { makeDataset, type CompactDataset } from './make-dataset';

/** A single-stage school meeting every standard exactly with 1000 students. */
const EXACT = {
  primary: { teachers_qualified: 42, teachers_backbone: 10, teachers_pe_art: 9, teaching_area: 4500, sports_area: 7500, equipment_value: 2_000_000, multimedia_rooms: 23 },
  junior: { teachers_qualified: 53, teachers_backbone: 10, teachers_pe_art: 9, teaching_area: 5800, sports_area: 10200, equipment_value: 2_500_000, multimedia_rooms: 24 },
};
const KEY: Record<ResourceId, keyof typeof EXACT.primary> = {
  R1: 'teachers_qualified',
  R2: 'teachers_backbone',
  R3: 'teachers_pe_art',
  R4: 'teaching_area',
  R5: 'sports_area',
  R6: 'equipment_value',
  R7: 'multimedia_rooms',
};

function oneSchool(stage: StageKey, inputs: Partial<typeof EXACT.primary>, students = 1000, extra: CompactDataset = {}): SchoolPart {
  const v = { ...EXACT[stage], ...inputs };
  const ds = makeDataset({
    schools: [{ school_id: 'A', type: stage === 'primary' ? '小学' : '初中' }],
    sections: [
      {
        school_id: 'A',
        stage: stage === 'primary' ? '小学' : '初中',
        students,
        teachers: 100,
        teachers_qualified: v.teachers_qualified,
        teachers_backbone: v.teachers_backbone,
        teachers_pe_art: v.teachers_pe_art,
      },
    ],
    facilities: [{ school_id: 'A', teaching_area: v.teaching_area, sports_area: v.sports_area, equipment_value: v.equipment_value, multimedia_rooms: v.multimedia_rooms }],
    ...extra,
  });
  return computeYear(ds, 2024).parts[0]!;
}

const cases = (['primary', 'junior'] as const).flatMap((stage) => (Object.keys(KEY) as ResourceId[]).map((id) => ({ stage, id, key: KEY[id], exact: EXACT[stage][KEY[id]] })));

describe.each(cases)('$id $stage boundary', ({ stage, id, key, exact }) => {
  it('equal to the standard → meets', () => {
    expect(oneSchool(stage, {})).toMatchObject({ meets: { [id]: true } });
  });
  it('just below → does not meet', () => {
    const below = key.startsWith('teachers') || key === 'multimedia_rooms' ? exact - 1 : exact - 0.01;
    expect(oneSchool(stage, { [key]: below }).meets[id]).toBe(false);
  });
});

describe('values not exact in binary still meet exactly', () => {
  it.each([
    // 100 × 21 / 500 = 4.2 exactly
    { name: 'R1 21 teachers / 500 students', students: 500, inputs: { teachers_qualified: 21 }, id: 'R1' as const },
    // 13.5 / 3 = 4.5
    { name: 'R4 13.5 m² / 3 students', students: 3, inputs: { teaching_area: 13.5 }, id: 'R4' as const },
    // 100 × 0.9·7/100 … R3 needs whole teachers: 9 / 1000 × 100 = 0.9
    { name: 'R3 9 / 1000', students: 1000, inputs: { teachers_pe_art: 9 }, id: 'R3' as const },
    // 22.5 / 3 = 7.5
    { name: 'R5 22.5 m² / 3 students', students: 3, inputs: { sports_area: 22.5 }, id: 'R5' as const },
  ])('$name', ({ students, inputs, id }) => {
    expect(oneSchool('primary', inputs, students).meets[id]).toBe(true);
  });
});

describe('6-of-7 and 85% rule', () => {
  it.each([
    { name: 'all 7 met → pass', inputs: {}, pass: true, met: 7 },
    // R1 = 100 × 36/1000 = 3.6 ≥ 0.85 × 4.2 = 3.57 → 6 met, floor kept → pass
    { name: 'one unmet at 3.6 (≥ 85%) → pass', inputs: { teachers_qualified: 36 }, pass: true, met: 6 },
    // 35.7 cannot be a count; R4 3825 m² / 1000 = 3.825 = 0.85 × 4.5 exactly → pass
    { name: 'one unmet exactly at 85% → pass', inputs: { teaching_area: 3825 }, pass: true, met: 6 },
    // 3824.99 / 1000 < 3.825 → fail
    { name: 'one unmet just under 85% → fail', inputs: { teaching_area: 3824.99 }, pass: false, met: 6 },
    // two unmet (R1 4.1, R2 0.9) both ≥ 85% → only 5 met → fail
    { name: 'two unmet → fail', inputs: { teachers_qualified: 41, teachers_backbone: 9 }, pass: false, met: 5 },
  ])('$name', ({ inputs, pass, met }) => {
    const p = oneSchool('primary', inputs);
    expect(p.pass).toBe(pass);
    expect(p.met_count).toBe(met);
  });
  it('a missing value → value null, meets null, pass null', () => {
    const p = oneSchool('primary', { sports_area: null as unknown as number });
    expect(p.values.R5).toBeNull();
    expect(p.meets.R5).toBeNull();
    expect(p.met_count).toBe(6);
    expect(p.pass).toBeNull();
  });
});

describe('split of a multi-stage school', () => {
  it('166 小学 + 210 初中, 23226 → 9711.6 / 13514.4; teachers never split', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'J', type: '九年一贯制' }],
      sections: [
        { school_id: 'J', stage: '小学', students: 166, teachers_qualified: 7 },
        { school_id: 'J', stage: '初中', students: 210, teachers_qualified: 12 },
      ],
      facilities: [{ school_id: 'J', teaching_area: 23226 }],
    });
    const r = computeYear(ds, 2024);
    // shares: 166 / (166 + 1.1·210) = 166/397, 231/397
    const [p, j] = r.parts;
    expect(p!.inputs.teaching_area).toBeCloseTo(9711.6, 1);
    expect(j!.inputs.teaching_area).toBeCloseTo(13514.4, 1);
    expect(p!.inputs.teaching_area! + j!.inputs.teaching_area!).toBeCloseTo(23226, 6);
    expect(p!.inputs.teachers_qualified).toBe(7);
    const shares = r.splits[0]!.stages.map((s) => s.share);
    expect(shares[0]).toBeCloseTo(166 / 397, 12);
    expect(shares[1]).toBeCloseTo(231 / 397, 12);
    // R4 primary = 9711.6… / 166 = 23226 / 397 = 58.50…
    expect(p!.values.R4).toBeCloseTo(23226 / 397, 9);
  });
  it('高中 takes its share (factor 1.32) but is never a part', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'W', type: '完全中学' }],
      sections: [
        { school_id: 'W', stage: '初中', students: 100 },
        { school_id: 'W', stage: '高中', students: 100, teachers: null },
      ],
      facilities: [{ school_id: 'W', teaching_area: 2420 }],
    });
    const r = computeYear(ds, 2024);
    expect(r.parts).toHaveLength(1);
    // 初中 share = 110 / (110 + 132) = 5/11 → 2420 · 5/11 = 1100
    expect(r.parts[0]!.inputs.teaching_area).toBeCloseTo(1100, 9);
  });
  it('exact boundary survives the split: share·Q/P equal to 5.8 meets', () => {
    // 初中 210 students need 5.8·210 = 1218 m²; Q = 1218 · 397/231 = 2093.3… not exact; use
    // 小学 100 + 初中 100: shares 100/210, 110/210; 初中 area = Q·110/210 = 580 → Q = 1107.2727… no.
    // 小学 110 + 初中 100: weights 110 and 110 → shares ½; 初中 needs 580 → Q = 1160.
    const ds = makeDataset({
      schools: [{ school_id: 'J', type: '九年一贯制' }],
      sections: [
        { school_id: 'J', stage: '小学', students: 110 },
        { school_id: 'J', stage: '初中', students: 100 },
      ],
      facilities: [{ school_id: 'J', teaching_area: 1160 }],
    });
    const j = computeYear(ds, 2024).parts[1]!;
    expect(j.stage).toBe('junior');
    expect(j.meets.R4).toBe(true);
  });
});

describe('merging sites', () => {
  const base: CompactDataset = {
    schools: [{ school_id: 'P' }, { school_id: 'S', type: '教学点', parent_id: 'P' }],
    sections: [
      { school_id: 'P', students: 100, teachers_qualified: 4 },
      { school_id: 'S', students: 20, teachers_qualified: 1 },
    ],
    facilities: [
      { school_id: 'P', teaching_area: 500 },
      { school_id: 'S', teaching_area: 40 },
    ],
  };
  it('adds sections and facilities stage by stage; the site is no part', () => {
    const r = computeYear(makeDataset(base), 2024);
    expect(r.parts).toHaveLength(1);
    const p = r.parts[0]!;
    expect(p.students).toBe(120);
    expect(p.inputs.teachers_qualified).toBe(5);
    expect(p.inputs.teaching_area).toBe(540);
    expect(p.merged_sites).toEqual(['S']);
    expect(r.merged_into).toEqual({ S: 'P' });
  });
  it('a blank cell in an existing site row makes the sum blank', () => {
    const ds = makeDataset({
      ...base,
      facilities: [
        { school_id: 'P', teaching_area: 500 },
        { school_id: 'S', teaching_area: null },
      ],
    });
    expect(computeYear(ds, 2024).parts[0]!.values.R4).toBeNull();
  });
  it('a site with no row adds nothing', () => {
    const ds = makeDataset({ ...base, facilities: [{ school_id: 'P', teaching_area: 540 }] });
    expect(computeYear(ds, 2024).parts[0]!.values.R4).toBe(4.5);
  });
  it('rows of a school without sections are ignored with a warning', () => {
    const ds = makeDataset({ ...base, schools: [...base.schools!, { school_id: 'X' }], facilities: [...base.facilities!, { school_id: 'X' }] });
    const r = computeYear(ds, 2024);
    expect(r.parts.map((p) => p.school_id)).toEqual(['P']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.file).toBe('facilities.csv');
  });
});

describe('scope rules', () => {
  function scope(school: Record<string, unknown>, students: number, county: CompactDataset['county'] = {}): SchoolPart {
    const ds = makeDataset({
      county,
      schools: [{ school_id: 'A', ...school }],
      sections: [{ school_id: 'A', stage: school.type === '特殊教育学校' ? '初中' : '小学', students }],
      facilities: [{ school_id: 'A' }],
    });
    return computeYear(ds, 2024).parts[0]!;
  }
  it.each([
    { name: '0 students', school: {}, students: 0, reason: '无在校生' },
    { name: '特殊教育学校', school: { type: '特殊教育学校' }, students: 30, reason: '特殊教育学校不参与资源配置评估' },
    { name: '教学点 49 < 50', school: { type: '教学点' }, students: 49, reason: '不足50人的教学点' },
    { name: '教学点 50 = setting → in scope', school: { type: '教学点' }, students: 50, reason: null },
    { name: '教学点 with setting 30, 29 students', school: { type: '教学点' }, students: 29, reason: '不足30人的教学点', county: { small_site_min_students: 30 } },
    { name: '民办 in scope by default', school: { ownership: '民办' }, students: 10, reason: null },
    { name: '民办 with private_in_scope 否', school: { ownership: '民办' }, students: 10, reason: '民办学校不纳入资源配置评估（县级设置）', county: { private_in_scope: false } },
  ])('$name', ({ school, students, reason, county }) => {
    const p = scope(school, students, county);
    expect(p.excluded_reason).toBe(reason);
    expect(p.in_scope).toBe(reason === null);
    if (reason !== null) expect(p.pass).toBeNull();
  });
  it('out-of-scope parts keep their values', () => {
    const p = scope({ type: '特殊教育学校' }, 30);
    expect(p.values.R1).toBe(0);
  });
});
