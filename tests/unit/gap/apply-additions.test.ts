import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { applyAdditions } from '../../../src/lib/gap/apply-additions';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';

// applyAdditions copies only the rows it may change and finds them through a lookup: the
// original must stay untouched, and the rows changed must be the ones a scan would pick.
describe('applyAdditions on the demo data', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
  });

  it('leaves the original dataset unchanged', () => {
    const before = structuredClone(ds);
    for (const year of [2022, 2024]) {
      const plan = computeCountyPlan(ds, computeYear(ds, year));
      applyAdditions(
        ds,
        year,
        plan.schools.map((s) => s.standardAdditions),
      );
    }
    expect(ds).toEqual(before);
  });

  it('adds to the first matching row of the school (own row first), of that year only', () => {
    const row = ds.sections.find((r) => r.year === 2022 && r.stage === '小学' && r.teachers_backbone !== null)!;
    const copy = applyAdditions(ds, 2022, [{ school_id: row.school_id, teachers: { primary: { teachers_backbone: 2 } }, facilities: {} }]);
    const i = ds.sections.indexOf(row);
    expect(copy.sections[i]!.teachers_backbone).toBe(row.teachers_backbone! + 2);
    const changed = copy.sections.filter((r, j) => JSON.stringify(r) !== JSON.stringify(ds.sections[j]));
    expect(changed).toHaveLength(1);
    expect(copy.classes).toBe(ds.classes);
  });
});
