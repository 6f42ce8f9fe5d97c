import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { AllYearsResult } from '../../../src/lib/engine/types';
import { buildSchoolView } from '../../../src/lib/views/build-school-view';

describe('school page: the items that judge this school on its own (demo data)', () => {
  let ds: Dataset;
  let all: AllYearsResult;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
    all = computeAllYears(ds);
  });

  it('a merged small site shows its own G6 result with the students behind it', () => {
    const site = ds.schools.find((s) => s.parent_id !== null && s.type === '教学点')!;
    const v = buildSchoolView(all, ds, site.school_id);
    const g6 = v.checks.find((c) => c.id === 'G6')!;
    expect(g6).toBeDefined();
    const year = all.years.find((y) => y.year === all.reportYear)!;
    const member = year.indicators.find((i) => i.id === 'G6')!.members!.find((m) => m.school_id === site.school_id)!;
    expect(g6.status).toBe(member.status);
    expect(g6.text).toMatch(/元（标准 ≥ [\d,]+ 元）；计算依据：\d+ 人/);
  });

  it("a parent school lists G3, G4, G5 and Q4 with units, and says G3 leaves its sites' classes out", () => {
    const parentId = ds.schools.find((s) => s.parent_id !== null)!.parent_id!;
    const v = buildSchoolView(all, ds, parentId);
    expect(v.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['G3', 'G4', 'G5', 'Q4']));
    expect(v.checks.find((c) => c.id === 'G3')!.text).toMatch(/本校自身 \d+ 个班（需各 \d+ 间）；音乐 \d+ 间、美术 \d+ 间（含并入的教学点）/);
    // Figures that count the merged sites say so (G4 students, Q4 funding, G5 classes).
    expect(v.checks.find((c) => c.id === 'G4')!.text).toMatch(/ 人（含所属教学点；标准 ≤ 2,000 人）/);
    expect(v.checks.find((c) => c.id === 'G5')!.text).toMatch(/^\d+ 个班（含所属教学点）中/);
    expect(v.checks.find((c) => c.id === 'Q4')!.text).toMatch(/（含所属教学点；标准 ≥ /);
    for (const c of v.checks) expect(c.text).not.toMatch(/NaN|undefined|null/);
  });

  it("a parent school counts its sites' classes in G5 like its 班额 section, and shows its funding beside the sum with its sites", () => {
    const parentId = ds.schools.find((s) => s.parent_id !== null)!.parent_id!;
    const v = buildSchoolView(all, ds, parentId);
    const family = new Set([parentId, ...ds.schools.filter((s) => s.parent_id === parentId).map((s) => s.school_id)]);
    const classes = ds.classes.filter((c) => c.year === all.reportYear && family.has(c.school_id) && c.stage !== '高中').length;
    expect(v.checks.find((c) => c.id === 'G5')!.text).toMatch(new RegExp(`^${classes} 个班`));
    expect(v.classSizes.reduce((a, c) => a + c.count, 0)).toBe(classes);
    expect(v.withSitesText).toBe('含所属教学点');
    const budget = v.funding!.find((f) => f.label === '年度公用经费预算')!;
    const sum = ds.funding.filter((f) => f.year === all.reportYear && family.has(f.school_id)).reduce((a, f) => a + (f.public_funds_budget ?? 0), 0);
    expect(budget.withSites).toBe(`${sum.toLocaleString('en-US')}元`);
    expect(budget.own).not.toBe(budget.withSites);
  });

  it('a school outside the assessment has no pass/fail verdicts, no 6-of-7 rule, and says who looks after it', () => {
    const year = all.years.find((y) => y.year === all.reportYear)!;
    const part = year.parts.find((p) => !p.in_scope && p.type === '教学点')!;
    const v = buildSchoolView(all, ds, part.school_id);
    const pv = v.parts.find((p) => p.stage === part.stage)!;
    expect(pv.ruleText).toBeNull();
    expect(pv.caretakerText).toContain(ds.county.publisher!);
    for (const r of pv.rows) {
      expect(r.meets.status).toBe('excluded');
      expect(r.aboveFloor.status).toBe('excluded');
    }
    for (const t of v.trend) expect(t.chart.thresholds).toEqual([]);
  });
});
