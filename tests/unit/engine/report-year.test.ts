import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { resolveReportYear } from '../../../src/lib/engine/compute-all-years';

describe('resolveReportYear', async () => {
  const ds = (await readDataset(join(import.meta.dirname, '../../fixtures/data-valid/minimal'))).dataset!;
  it('takes the latest year by default, and 2024, ２０２４ or 2024年 for 2024', () => {
    expect(resolveReportYear(ds)).toEqual({ ok: true, year: 2024 });
    for (const raw of ['2024', '２０２４', '2024年', ' 2024 ']) expect(resolveReportYear(ds, raw), raw).toEqual({ ok: true, year: 2024 });
  });
  it('says when the value is not a year, and when the year has no data', () => {
    const notYear = resolveReportYear(ds, 'latest');
    expect(notYear.ok).toBe(false);
    if (!notYear.ok) expect(notYear.message).toContain('不是年份');
    const noData = resolveReportYear(ds, '2019');
    expect(noData.ok).toBe(false);
    if (!noData.ok) expect(noData.message).toContain('已有数据的年份：2024');
  });
});
