import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { buildSchoolGapViewForYear } from '../../../src/lib/gap/build-gap-view';

describe('gap view of a school outside the resource assessment (demo: a 教学点 under 50 students)', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
  });

  it('says it is not assessed, never "无需补足" nor "未达到标准（不影响通过评估）"', () => {
    const year = computeYear(ds, 2025);
    const excluded = year.parts.filter((p) => !p.in_scope && !year.parts.some((q) => q.school_id === p.school_id && q.in_scope));
    expect(excluded.length).toBeGreaterThan(0);
    let seen = 0;
    for (const p of excluded) {
      const v = buildSchoolGapViewForYear(year, p.school_id);
      if (!v) continue;
      seen++;
      expect(v.allExcluded).toBe(true);
      expect(v.lead).toContain('不参与资源配置七项指标的评估');
      expect(v.lead).toContain(p.excluded_reason!);
      expect(v.summary).not.toContain('不影响通过评估');
      if (!v.hasGap) expect(v.summary).toBe('不参与资源配置评估');
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('an in-scope school that meets everything still reads 无需补足, with units on its rows', () => {
    const year = computeYear(ds, 2025);
    const ok = year.parts.find((p) => p.in_scope && p.pass === true)!;
    const v = buildSchoolGapViewForYear(year, ok.school_id)!;
    expect(v.allExcluded).toBe(false);
    expect(v.hasGap).toBe(false);
    expect(v.lead).toContain('无需补足');
    expect(v.summary).toBe('无差距');
    expect(v.parts[0]!.rows.map((r) => r.unit)).toEqual(['人', '人', '人', '平方米', '平方米', '元', '间']);
  });

  it('a part with missing data is never reported as "no gap" or "all met"', () => {
    const copy = structuredClone(ds);
    const year = 2025;
    const ok = computeYear(copy, year).parts.find((p) => p.in_scope && p.pass === true && p.split === null)!;
    const row = copy.facilities.find((f) => f.year === year && f.school_id === ok.school_id)!;
    row.multimedia_rooms = null;
    const v = buildSchoolGapViewForYear(computeYear(copy, year), ok.school_id)!;
    expect(v.parts[0]!.passStatus).toBe('no_data');
    expect(v.lead).toContain('缺少数据');
    expect(v.lead).not.toContain('无需补足');
    expect(v.summary).toContain('缺少数据');
    expect(v.summary).not.toContain('不影响通过评估');
  });
});
