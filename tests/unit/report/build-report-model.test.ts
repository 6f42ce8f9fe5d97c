/**
 * The 自评报告 model on a county folder that is not the demo (tests/fixtures/engine/county-mix:
 * a 九年一贯制 school with a merged 教学点, a 完全中学, a small 教学点, a special school, a 民办
 * school) and on compact datasets for single rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import { buildReportModel } from '../../../src/lib/report/build-report-model';
import { OFFICIAL_ITEMS } from '../../../src/lib/standard/official-text';
import { makeDataset } from '../engine/make-dataset';

const MIX = join(import.meta.dirname, '../../fixtures/engine/county-mix');

function modelOf(ds: Dataset, year: number) {
  const r = computeYear(ds, year);
  return buildReportModel(ds, r, computeCountyPlan(ds, r), null);
}

/** No text that must never reach a page, and no non-finite number (null is a typed "none"). */
export function expectClean(x: unknown, path = '$'): void {
  if (typeof x === 'string') expect(x, path).not.toMatch(/NaN|Infinity|undefined|null/);
  else if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true);
  else if (x === undefined) expect.fail(`${path} is undefined`);
  else if (Array.isArray(x)) x.forEach((v, i) => expectClean(v, `${path}[${i}]`));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) expectClean(v, `${path}.${k}`);
}

describe('report model on another county folder (county-mix, 2024)', () => {
  let ds: Dataset;
  let m: ReturnType<typeof modelOf>;
  beforeAll(async () => {
    ds = (await readDataset(MIX)).dataset!;
    m = modelOf(ds, 2024);
  });

  it('is titled in the government voice, with a blank 成文日期 when the county has not written its text', () => {
    expect(m.title).toBe('蒲县人民政府关于蒲县义务教育优质均衡发展的自评报告');
    expect(m.subtitle).toBe('（2024年度）');
    expect(m.issuer).toBe('蒲县人民政府');
    expect(m.writtenDate).toMatch(/^\s+年\s+月\s+日$/);
    expect(m.text.present).toBe(false);
  });

  it('一、基本情况 counts schools by type so the total is the sum, and names the merged site', () => {
    const t1 = m.basic.tables[0]!;
    const counts = t1.rows.slice(0, -1).map((r) => r[1]!.num as number);
    const total = t1.rows.at(-1)![1]!.num;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(6);
    expect(t1.notes.join()).toContain('黄土镇下村教学点');
    expect(m.basic.summary).toContain('共有义务教育学校 6 所');
  });

  it('states the scope up front (who is excluded and why) and reference dates, not file names', () => {
    const scope = m.basic.scope.join('\n');
    expect(scope).toContain('东山教学点（小学）——不足50人的教学点');
    expect(scope).toContain('特殊教育学校不参与资源配置评估');
    const dates = m.basic.dates.join('\n');
    expect(dates).toContain('2024年秋季教育事业统计');
    expect(dates).toContain('2024年度预算');
    expect(dates).toContain('工资收入为2023年度');
    expect(dates).not.toMatch(/\.csv/);
  });

  it('the item tables quote the official text with the official numbering in the customary columns', () => {
    for (const t of [m.resource.items, m.government, m.quality]) expect(t.columns.map((c) => c.label)).toEqual(['序号', '指标及标准', '实际值', '是否达标', '佐证']);
    expect(m.government.rows).toHaveLength(15);
    expect(m.quality.rows).toHaveLength(9);
    expect(m.resource.items.rows).toHaveLength(7);
    m.government.rows.forEach((r, i) => expect(r[0]!.text).toBe(`${i + 1}（G${i + 1}）`));
    expect(m.government.rows[0]![1]!.text).toBe(OFFICIAL_ITEMS.G1.text);
    expect(m.government.rows[12]![1]!.text).toContain('（均不含寄宿制学校）');
    expect(m.quality.rows[4]![1]!.text).toBe(OFFICIAL_ITEMS.Q5.text);
    expect(m.resource.items.rows[0]![1]!.text).toContain('每百名学生拥有高于规定学历教师数');
  });

  it('figures carry units; unmet cells are marked and 达标 is 1', () => {
    const g9 = m.government.rows[8]!;
    expect(g9[2]!.text).toMatch(/400 人/);
    const g5 = m.government.rows[4]!;
    expect(g5[3]).toMatchObject({ text: '未达标', num: 0, unmet: true });
    expect(g5[2]!.unmet).toBe(true);
    expect(m.government.rows[0]![3]).toMatchObject({ text: '达标', num: 1 });
    expect(m.resource.cv.rows[0]![1]!.text).toMatch(/ 人$/);
  });

  it('佐证 cites the numbered evidence list; evidence without a document is flagged', () => {
    const nos = m.evidence.entries.map((e) => e.no);
    expect(new Set(nos).size).toBe(nos.length);
    expect(nos).toContain('G1-1');
    expect(m.government.rows[0]![4]!.text).toBe('G1-1');
    expect(m.government.rows[13]![4]!.text).toBe('G14-1、G14-2');
    expect(m.evidence.entries.find((e) => e.no === 'G1-1')!.warning).toContain('没有写佐证文件');
  });

  it('一票否决 is a table V1–V4 with finding, 说明 and evidence', () => {
    expect(m.veto.table.rows.map((r) => r[1]!.text)).toEqual(['以考试方式招生', '违规择校', '设置重点校或重点班', '有编不补或长期聘用编外教师']);
    expect(m.veto.table.rows.map((r) => r[2]!.text)).toEqual(['未发现', '未发现', '尚未核查', '尚未核查']);
    expect(m.veto.table.rows[0]![3]!.text).toBe('无以考试方式招生情况');
  });

  it('存在问题 lists unmet items, near-threshold parts and counting-rule cases, never "nothing to do"', () => {
    const text = JSON.stringify(m.problems);
    expect(text).not.toContain('未发现需要整改的问题');
    const [unmet, near, rule] = m.problems.groups;
    expect(unmet!.entries.map((e) => e.item)).toEqual(expect.arrayContaining(['G3', 'G5', 'G10', 'Q9']));
    expect(near!.entries.find((e) => e.item === 'R1')!.text).toContain('蒲城镇第一小学（小学）4.20 人');
    expect(near!.entries.find((e) => e.item === 'S1')!.text).toContain('88.3%');
    // The 完全中学 fails R6/R7 with the 1 : 1.1 : 1.32 split but would pass split by students.
    expect(rule!.entries.some((e) => e.text.includes('蒲县第二中学（初中）') && e.text.includes('等比折算'))).toBe(true);
  });

  it('counting rules name their source; the split table shows each share beside the real total', () => {
    const split = m.rules.find((r) => r.key === 'split')!;
    expect(split.source).toContain('教督〔2012〕3号');
    const row = split.table!.rows.find((r) => r[0]!.text === '蒲县第二中学' && r[1]!.text === '初中')!;
    expect(row[8]!.text).toMatch(/^\d+(\.\d)?（\d+(\.\d)?）$/);
    expect(m.rules.find((r) => r.key === 'complete-middle')!.text).toContain('不含高中 300 人');
    expect(m.rules.find((r) => r.key === 'survey')!.text).toContain('1.5‰');
  });

  it('附表 list schools in the order of the statistics, one row per stage, with split totals', () => {
    const [t1, t2] = m.annexTables;
    const order = ds.schools.map((s) => s.name);
    const names = t1!.rows.map((r) => r[0]!.text);
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
    expect(t2!.rows.map((r) => r[0]!.text)).toContain('黄土镇九年一贯制学校');
    expect(t1!.rows.map((r) => r[0]!.text)).toContain('黄土镇九年一贯制学校');
    const b01 = t1!.rows.find((r) => r[0]!.text === '黄土镇九年一贯制学校')!;
    expect(b01[2 + 3 * 3]!.text).toMatch(/（全校 [\d,.]+）$/);
  });

  it('五、自评结论 and the annex list', () => {
    expect(m.conclusion.paragraphs.join()).toContain('尚未达到优质均衡发展的标准');
    expect(m.annexes[0]).toMatch(/^附件1　佐证材料清单/);
    expect(m.annexes).toContain('附表3　一校多学段学校校舍、设备的折算');
  });

  it('every table fits Excel: unique sheet names of at most 31 characters', () => {
    const sheets = m.tables.map((t) => t.sheet);
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const s of sheets) expect(s.length).toBeLessThanOrEqual(31);
  });

  it('nothing unprintable reaches the model', () => {
    expectClean(m);
  });
});

describe('report model with missing data', () => {
  const ds = makeDataset({
    schools: [{ school_id: 'A' }, { school_id: 'B', type: '初中' }],
    sections: [
      { school_id: 'A', students: 300, teachers: null, teachers_qualified: 10, teachers_backbone: 3, teachers_pe_art: 3 },
      { school_id: 'B', stage: '初中', students: 200, teachers: 20, teachers_qualified: 12, teachers_backbone: 2, teachers_pe_art: 2 },
    ],
    facilities: [
      { school_id: 'A', teaching_area: null },
      { school_id: 'B', teaching_area: 1200, sports_area: 2100, equipment_value: 500_000, multimedia_rooms: 5 },
    ],
  });
  const m = modelOf(ds, 2024);
  it('says 暂无数据 instead of inventing numbers', () => {
    expect(m.basic.tables[1]!.rows[0]![4]!.text).toContain('暂无数据');
    expect(m.annexTables[0]!.rows[0]![2 + 3 * 3]!.text).toBe('暂无数据');
    expect(m.recognition.summary).toContain('暂无数据');
    expectClean(m);
  });
  it('lists indicators without data and vetoes not checked', () => {
    const data = m.problems.groups.find((g) => g.key === 'data')!;
    expect(data.entries.some((e) => e.item === 'G1')).toBe(true);
    expect(data.entries.some((e) => e.item === 'V1')).toBe(true);
  });
});

describe('near-threshold and unmet items with their tasks', () => {
  const base = makeDataset({
    schools: [{ school_id: 'A', name: '城关小学' }],
    sections: [{ school_id: 'A', students: 1966, classes: 44, teachers: 120, teachers_qualified: 100, teachers_backbone: 25, teachers_pe_art: 20, teachers_certified: 120 }],
    facilities: [{ school_id: 'A', teaching_area: 1966 * 4.69, sports_area: 1966 * 8, equipment_value: 1966 * 2100, multimedia_rooms: 50 }],
    stats: { training_teachers: 100, training_completed: 90, rotation_eligible: 500, rotation_total: 63, rotation_backbone: 20 },
  });
  const ds: Dataset = {
    ...base,
    units: [{ line: 2, unit_id: 'U1', name: '县教科局', duties: null }],
    tasks: [
      {
        line: 2,
        task_id: 'T9',
        category: '政府保障程度',
        title: '完成教师5年360学时培训（G9）',
        lead_unit: 'U1',
        support_units: [],
        due: '2025-08-31',
        due_text: '2025-08-31',
        status: '进行中',
        progress: 50,
        updated: null,
      },
    ],
  };
  const m = modelOf(ds, 2024);
  it('a school part 4.2% above its R4 standard, a school of 1,966 against 2,000 and G11 12.6% against 10% are near', () => {
    const near = m.problems.groups.find((g) => g.key === 'near')!;
    expect(near.entries.find((e) => e.item === 'R4')!.text).toContain('城关小学（小学）4.69 平方米');
    expect(near.entries.find((e) => e.item === 'G4')!.text).toContain('城关小学 1,966 人');
    expect(near.entries.find((e) => e.item === 'G11')!.text).toContain('12.6%');
  });
  it('an unmet item carries the lead unit and deadline of the task that names it', () => {
    const g9 = m.problems.groups.find((g) => g.key === 'unmet')!.entries.find((e) => e.item === 'G9')!;
    expect(g9.tasks).toEqual([expect.objectContaining({ task_id: 'T9', lead: '县教科局', due: '2025年8月31日' })]);
    const row = m.problems.table.rows.find((r) => r[1]!.text === 'G9')!;
    expect(row[4]!.text).toBe('县教科局');
    expect(row[5]!.text).toBe('2025年8月31日');
  });
  it('a 100% standard met exactly is not reported as near', () => {
    const near = m.problems.groups.find((g) => g.key === 'near')!;
    expect(near.entries.some((e) => e.item === 'G12')).toBe(false);
  });
});
