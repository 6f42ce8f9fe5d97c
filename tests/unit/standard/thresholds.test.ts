/**
 * The numbers the engine decides with (thresholds.ts) are the numbers of the official
 * wording (indicators.ts `official`, copied from the plan): each is parsed out of the text
 * here and compared, so neither can change without the other.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, getIndicator } from '../../../src/lib/standard/indicators';
import { RESOURCE_STANDARDS, THRESHOLDS as T } from '../../../src/lib/standard/thresholds';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { IndicatorId, ResourceId } from '../../../src/lib/engine/types';
import { makeDataset } from '../engine/make-dataset';

/** A captured number; "95%" → 0.95. */
function num(s: string): number {
  return s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
}

/** The captures of `re` in the official wording of `id` (with the rule that closes its area), as numbers. */
function parse(id: IndicatorId, re: RegExp): number[] {
  const d = getIndicator(id);
  const text = `${d.official}${d.officialRule ?? ''}`.replace(/\s+/g, '');
  const m = re.exec(text);
  if (!m) throw new Error(`${id}: wording does not match ${re}: ${text}`);
  return m.slice(1).map(num);
}

const N = '(\\d+(?:\\.\\d+)?%?)';

describe('R1–R7: standards per stage from the wording', () => {
  // "小学、初中分别达到4.2人以上、5.3人以上" or "小学、初中均达到1人以上".
  const cases: [ResourceId, RegExp][] = [
    ['R1', new RegExp(`分别达到${N}人以上、${N}人以上`)],
    ['R2', new RegExp(`均达到${N}人以上`)],
    ['R3', new RegExp(`均达到${N}人以上`)],
    ['R4', new RegExp(`分别达到${N}平方米以上、${N}平方米以上`)],
    ['R5', new RegExp(`分别达到${N}平方米以上、${N}平方米以上`)],
    ['R6', new RegExp(`分别达到${N}元以上、${N}元以上`)],
    ['R7', new RegExp(`分别达到${N}间以上、${N}间以上`)],
  ];
  it.each(cases)('%s', (id, re) => {
    const nums = parse(id, re);
    const [primary, junior] = nums.length === 1 ? [nums[0], nums[0]] : nums;
    expect(RESOURCE_STANDARDS[id]).toEqual({ primary, junior });
    // The definition shown on the site carries the same numbers.
    expect(getIndicator(id).thresholds[0]!.value).toEqual({ primary, junior });
  });

  it('R7 wording: at least 6 met, the rest ≥ 85%, CV ≤ 0.50 / 0.45', () => {
    const [minMet, floor, cvP, cvJ] = parse('R7', new RegExp(`至少${N}项指标.*不能低于要求的${N}；.*小学均≤${N}，初中均≤${N}。`));
    expect(T.partMinMet).toBe(minMet);
    expect(T.partFloorShare).toBe(floor);
    expect(T.cvLimit).toEqual({ primary: cvP, junior: cvJ });
  });
});

describe('G, Q, S thresholds from the wording', () => {
  const cases: [IndicatorId, RegExp, number[]][] = [
    ['G3', new RegExp(`每${N}个班级.*音乐专用教室面积不小于${N}平方米.*美术专用教室面积不小于${N}平方米`), [T.g3ClassesPerRoom, T.g3MusicMinArea, T.g3ArtMinArea]],
    ['G4', new RegExp(`规模不超过${N}人.*规模不超过${N}人`), [T.g4MaxStudents, T.g4MaxStudentsThrough]],
    ['G5', new RegExp(`分别不超过${N}人、${N}人`), [T.g5MaxClassSize.primary, T.g5MaxClassSize.junior]],
    ['G6', new RegExp(`不足${N}名学生.*按${N}名学生核定`), [T.g6SmallSiteStudents, T.g6SmallSiteStudents]],
    ['G7', new RegExp(`不低于${N}元`), [T.g7MinFundsPerStudent]],
    ['G9', new RegExp(`完成率达到${N}`), [T.g9MinTrainingRate]],
    ['G11', new RegExp(`不低于符合交流条件教师总数的${N}；.*不低于交流轮岗教师总数的${N}`), [T.g11MinRotationRate, T.g11MinBackboneShare]],
    ['G12', new RegExp(`上岗率达到${N}`), [T.g12MinCertifiedRate]],
    ['G13', new RegExp(`比例分别达到${N}、${N}以上`), [T.g13MinPrimaryZoned, T.g13MinJuniorZoned]],
    ['G14', new RegExp(`分配比例不低于${N}`), [T.g14MinQuotaShare]],
    ['G15', new RegExp(`比例不低于${N}`), [T.g15MinMigrantPublic]],
    ['Q1', new RegExp(`巩固率达到${N}以上`), [T.q1MinRetention]],
    ['Q2', new RegExp(`入学率达到${N}以上`), [T.q2MinDisabledEnrolment]],
    ['Q4', new RegExp(`不低于学校年度公用经费预算总额的${N}`), [T.q4MinTrainingShare]],
    ['Q9', new RegExp(`校际差异率低于${N}`), [T.q9MaxBetweenSchoolRate]],
    ['S1', new RegExp(`社会认可度达到${N}以上`), [T.s1MinRecognition]],
  ];
  it.each(cases)('%s', (id, re, used) => {
    expect(used).toEqual(parse(id, re));
  });

  it('Q9: level Ⅲ or above is level 3', () => {
    expect(getIndicator('Q9').official).toContain('达到Ⅲ级以上');
    expect(T.q9MinLevel).toBe(3);
  });

  it('G8: salary "不低于" → ratio ≥ 1', () => {
    expect(getIndicator('G8').official).toContain('不低于当地公务员平均工资收入水平');
    expect(T.g8MinSalaryRatio).toBe(1);
  });

  it('every threshold listed on a definition is a number the engine uses', () => {
    const used = new Set<number>([
      ...Object.values(RESOURCE_STANDARDS).flatMap((s) => [s.primary, s.junior]),
      ...Object.values(T).flatMap((v) => (typeof v === 'number' ? [v] : Object.values(v as Record<string, number>))),
    ]);
    for (const d of INDICATORS) {
      for (const t of d.thresholds) {
        const vs = typeof t.value === 'number' ? [t.value] : [t.value.primary, t.value.junior];
        for (const v of vs) expect([d.id, t.label, used.has(v)]).toEqual([d.id, t.label, true]);
      }
    }
  });
});

describe('the engine decides with these numbers', () => {
  it('a part carries the parsed standards and the CVs the parsed limits', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'N1', type: '九年一贯制' }],
      sections: [
        { school_id: 'N1', stage: '小学', students: 500, teachers: 30, teachers_qualified: 21, teachers_backbone: 5, teachers_pe_art: 5 },
        { school_id: 'N1', stage: '初中', students: 400, teachers: 30, teachers_qualified: 22, teachers_backbone: 4, teachers_pe_art: 4 },
      ],
      facilities: [{ school_id: 'N1', teaching_area: 5000, sports_area: 9000, equipment_value: 2_000_000, multimedia_rooms: 20 }],
    });
    const r = computeYear(ds, 2024);
    const r1 = parse('R1', new RegExp(`分别达到${N}人以上、${N}人以上`));
    expect(r.parts.find((p) => p.stage === 'primary')!.standards.R1).toBe(r1[0]); // 4.2
    expect(r.parts.find((p) => p.stage === 'junior')!.standards.R1).toBe(r1[1]); // 5.3
    const [, , cvP, cvJ] = parse('R7', new RegExp(`至少${N}项指标.*不能低于要求的${N}；.*小学均≤${N}，初中均≤${N}。`));
    expect(r.resource.primary!.cv.R1.limit).toBe(cvP);
    expect(r.resource.junior!.cv.R1.limit).toBe(cvJ);
  });
});
