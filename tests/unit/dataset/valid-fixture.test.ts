import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';

const DIR = join(import.meta.dirname, '../../fixtures/data-valid/minimal');

describe('valid minimal fixture', async () => {
  const { dataset, issues } = await readDataset(DIR);

  it('has no issue at all and yields a dataset', () => {
    expect(issues).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('detects each file encoding (GB18030, UTF-8 with BOM, UTF-8)', () => {
    expect(dataset?.files['sections.csv'].encoding).toBe('gb18030');
    expect(dataset?.files['county.csv'].encoding).toBe('gb18030');
    expect(dataset?.files['facilities.csv'].encoding).toBe('utf-8-bom');
    expect(dataset?.files['schools.csv'].encoding).toBe('utf-8');
    expect(dataset?.files['sections.csv']).toMatchObject({ present: true, rows: 8 });
  });

  it('reads Chinese-label headers and key headers into the same typed fields', () => {
    // sections.csv uses labels, facilities.csv (BOM) uses keys
    expect(dataset?.sections[0]).toMatchObject({ line: 2, year: 2024, school_id: 'S001', stage: '小学', students: 600, teachers_pe_art: 5 });
    expect(dataset?.facilities[0]).toMatchObject({ line: 2, school_id: 'S001', teaching_area: 5200, equipment_value: 1_200_000 });
  });

  it('applies county defaults and parses thousands separators', () => {
    expect(dataset?.county).toMatchObject({ county_code: '141033', population: 100_000, private_in_scope: true, small_site_min_students: 50, icp: null });
  });

  it('keeps blank optional cells as null, never zero', () => {
    const high = dataset?.sections.find((s) => s.school_id === 'S005' && s.stage === '高中');
    expect(high?.teachers).toBeNull();
    expect(dataset?.survey[2]?.area_type).toBeNull();
  });

  it('converts dates, levels, unit lists and the merged site', () => {
    expect(dataset?.assessments.map((a) => a.date)).toEqual(['2024-09-01', '2024-10-08']);
    expect(dataset?.monitoring.map((m) => m.level)).toEqual([3, 2]);
    expect(dataset?.tasks[0]?.support_units).toEqual(['U1', 'U3']);
    expect(dataset?.tasks[1]).toMatchObject({ due: '2025-06-30', support_units: [], progress: null });
    expect(dataset?.schools.find((s) => s.school_id === 'S003')?.parent_id).toBe('S002');
    expect(dataset?.demo).toBe(false);
  });
});
