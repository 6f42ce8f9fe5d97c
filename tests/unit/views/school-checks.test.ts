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

  it('a parent school lists G3, G4, G5 and Q4 with units, and says G3 leaves its sites\' classes out', () => {
    const parentId = ds.schools.find((s) => s.parent_id !== null)!.parent_id!;
    const v = buildSchoolView(all, ds, parentId);
    expect(v.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['G3', 'G4', 'G5', 'Q4']));
    expect(v.checks.find((c) => c.id === 'G3')!.text).toMatch(/本校自身 \d+ 个班（需各 \d+ 间）；音乐 \d+ 间、美术 \d+ 间（含并入的教学点）/);
    expect(v.checks.find((c) => c.id === 'G4')!.text).toMatch(/ 人（标准 ≤ 2,000 人）/);
    expect(v.checks.find((c) => c.id === 'G5')!.text).toMatch(/^\d+ 个班中/);
    for (const c of v.checks) expect(c.text).not.toMatch(/NaN|undefined|null/);
  });
});
