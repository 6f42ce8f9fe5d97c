/**
 * The demo teaches the right habit: the county's self-evaluation cites the county's own
 * assessment (not the city's review or the province's evaluation) and documents in force in
 * the year (the 2020—2023 layout plan is not cited for 2024).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { buildEvidenceList, issuerAboveCounty } from '../../../src/lib/report/build-evidence-list';

describe('the demo’s evidence', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = (await readDataset(join(import.meta.dirname, '../../../demo/data'))).dataset!;
  });

  it('every year: no evidence entry needs a warning (county-level bodies, a document for every assessment)', () => {
    for (const y of [2022, 2023, 2024, 2025]) {
      const list = buildEvidenceList(ds, computeYear(ds, y));
      expect(
        list.filter((e) => e.warning !== null).map((e) => `${e.no} ${e.warning}`),
        String(y),
      ).toEqual([]);
      expect(
        list.some((e) => e.no === 'G2-4'),
        'G2 cites its four documents',
      ).toBe(true);
    }
  });

  it('documents in force: the 2020—2023 layout plan is not cited after 2023', () => {
    for (const a of ds.assessments.filter((r) => r.year >= 2024)) expect(a.document ?? '', `${a.year} ${a.indicator}`).not.toContain('2020—2023');
    expect(ds.assessments.find((r) => r.year === 2024 && r.indicator === 'G1')!.document).toContain('2024—2030');
  });

  it('would flag a city review or a provincial evaluation cited as the county’s own', () => {
    expect(issuerAboveCounty('临汾市人民政府教育督导室（市级复核）', ds.county)).toBe('市级');
    expect(issuerAboveCounty('山西省人民政府教育督导室（省级督导评估）', ds.county)).toBe('省级');
    expect(issuerAboveCounty('蒲县人民政府教育督导室（县级自评）', ds.county)).toBeNull();
  });
});
