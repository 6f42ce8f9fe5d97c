import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import { buildReportModel } from '../../../src/lib/report/build-report-model';
import { buildPlansView } from '../../../src/lib/gap/build-plans-view';
import { buildSchoolGapViewForYear } from '../../../src/lib/gap/build-gap-view';
import { makeDataset } from '../engine/make-dataset';

function modelOf(ds: Dataset, year: number) {
  const r = computeYear(ds, year);
  return buildReportModel(ds, r, computeCountyPlan(ds, r));
}

/** No text that must never reach a page, and no non-finite number (null is a typed "none"). */
function expectClean(x: unknown, path = '$'): void {
  if (typeof x === 'string') expect(x, path).not.toMatch(/NaN|Infinity|undefined|null/);
  else if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true);
  else if (x === undefined) expect.fail(`${path} is undefined`);
  else if (Array.isArray(x)) x.forEach((v, i) => expectClean(v, `${path}[${i}]`));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) expectClean(v, `${path}.${k}`);
}

describe('report model on the demo data, 2022', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
  });
  it('has the customary sections with the right number of items', () => {
    const m = modelOf(ds, 2022);
    expect(m.title).toBe('蒲县2022年县域义务教育优质均衡发展自评报告');
    expect(m.demo).toBe(true);
    expect(m.government.map((r) => r.id)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12', 'G13', 'G14', 'G15']);
    expect(m.quality).toHaveLength(9);
    expect(m.basic.rows.map((r) => r.stageLabel)).toEqual(['小学', '初中']);
    expect(m.resource.tables.map((t) => t.no)).toEqual([1, 2]);
    expect(m.resource.cv).toHaveLength(14);
  });
  it('表1 lists every in-scope 小学 part with 7 cells and its 达标项数', () => {
    const r = computeYear(ds, 2022);
    const t1 = modelOf(ds, 2022).resource.tables[0]!;
    expect(t1.rows).toHaveLength(r.parts.filter((p) => p.in_scope && p.stage === 'primary').length);
    for (const row of t1.rows) expect(row.cells).toHaveLength(7);
    const taowan = t1.rows.find((x) => x.name === '蒲县桃湾小学')!;
    expect(taowan.metCount).toBe('5');
    expect(taowan.pass).toBe('未达标');
    expect(taowan.cells[1]).toMatchObject({ base: '0', meets: '否' });
    expect(t1.excluded.join()).toContain('不足50人的教学点');
  });
  it('problems are generated from the gaps: failing parts with their pass plans', () => {
    const m = modelOf(ds, 2022);
    expect(m.problems[0]!.problem).toMatch(/^4 个学校学段资源配置未达标/);
    expect(m.problems[0]!.measures.join()).toContain('蒲县桃湾小学（小学）：R2');
    expect(m.problems.some((p) => p.problem.includes('G5'))).toBe(true);
  });
  it('recognition shows the sample against 1.5‰ and the parents’ share', () => {
    const m = modelOf(ds, 2022);
    expect(m.recognition.sample).toContain('1.5‰');
    expect(m.recognition.parents).toMatch(/家长问卷占 \d+\.\d%/);
  });
  it('nothing unprintable reaches the model, in any year', () => {
    for (const y of [2022, 2023, 2024, 2025]) {
      if (!ds.sections.some((r) => r.year === y)) continue;
      const r = computeYear(ds, y);
      const plan = computeCountyPlan(ds, r);
      expectClean(buildReportModel(ds, r, plan));
      expectClean(buildPlansView(plan));
      for (const s of ds.schools) {
        const v = buildSchoolGapViewForYear(r, s.school_id);
        if (v) expectClean(v);
      }
    }
  });
});

describe('report model with missing data', () => {
  const ds = makeDataset({
    schools: [{ school_id: 'A' }, { school_id: 'B', type: '初中' }],
    sections: [
      { school_id: 'A', students: 300, teachers: null, teachers_qualified: 10, teachers_backbone: 3, teachers_pe_art: 3 },
      { school_id: 'B', stage: '初中', students: 200, teachers: 20, teachers_qualified: 12, teachers_backbone: 2, teachers_pe_art: 2 },
    ],
    facilities: [{ school_id: 'A', teaching_area: null }, { school_id: 'B', teaching_area: 1200, sports_area: 2100, equipment_value: 500_000, multimedia_rooms: 5 }],
  });
  const m = modelOf(ds, 2024);
  it('says 暂无数据 instead of inventing numbers', () => {
    expect(m.basic.rows[0]!.teachers).toContain('暂无数据');
    expect(m.resource.tables[0]!.rows[0]!.cells[3]).toMatchObject({ base: '暂无数据', actual: '暂无数据', meets: '暂无数据' });
    expect(m.recognition.rateText).toContain('暂无数据');
    expectClean(m);
  });
  it('lists indicators without data as a problem', () => {
    expect(m.problems.some((p) => p.problem.includes('暂无数据或尚未评估'))).toBe(true);
  });
});
