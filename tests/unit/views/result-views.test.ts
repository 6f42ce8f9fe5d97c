import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { Dataset } from '../../../src/lib/dataset/types';
import type { AllYearsResult, SchoolPart } from '../../../src/lib/engine/types';
import { INDICATOR_IDS } from '../../../src/lib/engine/types';
import { buildHomeView, countStatuses } from '../../../src/lib/views/build-home-view';
import { buildIndicatorView } from '../../../src/lib/views/build-indicator-view';
import { buildSchoolView } from '../../../src/lib/views/build-school-view';
import { buildSchoolIndex } from '../../../src/lib/views/build-school-index';
import { summarizeSchoolStatus } from '../../../src/lib/views/school-status';

let ds: Dataset;
let all: AllYearsResult;

beforeAll(async () => {
  const r = await readDataset(join(import.meta.dirname, '../../fixtures/data-valid/minimal'));
  expect(r.dataset).not.toBeNull();
  ds = r.dataset!;
  all = computeAllYears(ds);
});

const BAD = /NaN|Infinity|undefined|null/;

describe('summarizeSchoolStatus', () => {
  const part = (in_scope: boolean, pass: boolean | null) => ({ in_scope, pass }) as Pick<SchoolPart, 'in_scope' | 'pass'>;
  it.each([
    [[part(true, true), part(true, true)], 'met'],
    [[part(true, true), part(true, false)], 'not_met'],
    [[part(true, null), part(true, true)], 'no_data'],
    [[part(true, null), part(true, false)], 'not_met'],
    [[part(false, null)], 'excluded'],
    [[], 'excluded'],
  ] as const)('%j → %s', (parts, want) => {
    expect(summarizeSchoolStatus(parts)).toBe(want);
  });
});

describe('views built from engine results (minimal fixture)', () => {
  it('home: the four areas hold all 32 items and counts add up to 32', () => {
    const v = buildHomeView(all);
    expect(v.areas.flatMap((a) => a.indicators.map((i) => i.id))).toEqual([...INDICATOR_IDS]);
    const c = v.counts;
    expect(c.met + c.not_met + c.no_data + c.not_applicable).toBe(32);
    expect(v.years.map((y) => y.year)).toEqual(all.years.map((y) => y.year));
    expect(v.chart.datasets).toHaveLength(3);
    // 0–32 in steps of 8: Chart.js' default step of 5 hid the 30 tick under the 32 top tick.
    expect([v.chart.min, v.chart.max, v.chart.step]).toEqual([0, 32, 8]);
    expect(JSON.stringify(v)).not.toMatch(/NaN|Infinity/);
  });

  it('Q9 names the monitoring year it used and shows each level beside the rate', () => {
    const v = buildIndicatorView(all, 'Q9');
    expect(v.memberNote).toMatch(/依据 \d{4} 年的国家义务教育质量监测结果/);
    expect(v.memberExtraLabel).toBe('学业水平');
    for (const m of v.members!) expect(m.extraText).toMatch(/^[ⅠⅡⅢⅣ]级$/);
    // G6 states its standard in money only when the benchmark is known (this fixture has none).
    const g6 = buildIndicatorView(all, 'G6');
    expect(g6.memberNote === null || /= [\d,]+ 元。$/.test(g6.memberNote)).toBe(true);
    expect(g6.memberExtraLabel).toBe('该校（点）自身在校生');
  });

  it('CV working shows P·x and P·(x−x̄)² with sums that reproduce x̄ and S', () => {
    const num = (t: string) => Number(t.replace(/,/g, ''));
    let checked = 0;
    for (const id of ['R1', 'R4', 'R6'] as const) {
      for (const st of buildIndicatorView(all, id).stages) {
        const cv = st.cv;
        if (!cv || cv.mean === '暂无数据') continue;
        const P = num(cv.totalStudents);
        expect(num(cv.sumPx) / P).toBeCloseTo(num(cv.mean), 2);
        expect(Math.sqrt(num(cv.sumPd2) / P)).toBeCloseTo(num(cv.sd), 2);
        expect(cv.rows.every((r) => r.px !== '' && r.pd2 !== '')).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('G3 names the schools it does not check (special education, small 教学点), and no member is among them', () => {
    const v = buildIndicatorView(all, 'G3');
    const ids = v.memberExcluded.map((x) => x.school_id);
    expect(ids).toContain('S004');
    expect(v.memberExcluded.find((x) => x.school_id === 'S004')!.reason).toContain('特殊教育学校');
    for (const m of v.members ?? []) expect(ids).not.toContain(m.school_id);
    expect(buildIndicatorView(all, 'G4').memberExcluded).toEqual([]);
  });

  it('countStatuses counts each status', () => {
    expect(countStatuses([{ status: 'met' }, { status: 'met' }, { status: 'no_data' }])).toEqual({ met: 2, not_met: 0, no_data: 1, not_applicable: 0 });
  });

  it('indicator views: every item builds; text fields never show NaN/undefined/null', () => {
    for (const id of INDICATOR_IDS) {
      const v = buildIndicatorView(all, id);
      expect(v.def.id).toBe(id);
      expect(v.years).toHaveLength(all.years.length);
      const texts = [v.valueText ?? '', ...v.years.map((y) => y.valueText ?? ''), ...v.ratios.flatMap((r) => [r.valueText, r.thresholdText, r.numerator, r.denominator])];
      for (const t of texts) expect(t, `${id}: ${t}`).not.toMatch(BAD);
    }
  });

  it('R1: one table row per in-scope part of each stage, and the chart has one bar per row', () => {
    const v = buildIndicatorView(all, 'R1');
    const year = all.years.find((y) => y.year === all.reportYear)!;
    for (const s of v.stages) {
      const inScope = year.parts.filter((p) => p.stage === s.stage && p.in_scope);
      expect(s.rows.map((r) => r.school_id)).toEqual(inScope.map((p) => p.school_id));
      expect(s.chart.labels).toHaveLength(s.rows.length);
      expect(s.chart.thresholds[0]!.value).toBe(inScope[0]?.standards.R1);
      for (const r of s.rows) expect(r.valueText).not.toMatch(BAD);
    }
  });

  it('school views: every school builds; a merged site points to its parent', () => {
    for (const s of ds.schools) {
      const v = buildSchoolView(all, ds, s.school_id);
      if (s.parent_id) {
        expect(v.parent?.school_id).toBe(s.parent_id);
        expect(v.statusLabel).toContain('并入');
      }
      for (const p of v.parts) for (const r of p.rows) expect(`${r.valueText}${r.meanText}${r.standardText}`).not.toMatch(BAD);
    }
  });

  it('school index lists every school once with filter options drawn from the rows', () => {
    const v = buildSchoolIndex(all, ds);
    expect(v.rows.map((r) => r.school_id).sort()).toEqual(ds.schools.map((s) => s.school_id).sort());
    for (const t of v.filters.townships) expect(v.rows.some((r) => r.township === t)).toBe(true);
  });
});
