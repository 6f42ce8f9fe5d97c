import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import { buildSchoolsExactCsv } from '../../../src/lib/engine/build-schools-csv';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { ROUNDED_CV_HEADER, ROUNDED_SCHOOLS_HEADER, buildRoundedCvCsv, buildRoundedSchoolsCsv } from '../../../src/lib/views/build-rounded-csv';
import { buildReadableSourceCsv } from '../../../src/lib/views/build-readable-source-csv';
import { roundHalfAway } from '../../../src/lib/format/round-half-away';

/** Minimal RFC 4180 reader for the test (no line breaks inside cells in these fixtures). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

const DIR = resolve(import.meta.dirname, '../../fixtures/engine/county-mix');

describe('CSV downloads for readers (county-mix fixture)', async () => {
  const ds = (await readDataset(DIR)).dataset!;
  const result = computeYear(ds, 2024);
  const byId = new Map(ds.schools.map((s) => [s.school_id, s]));
  const names = { name: (id: string) => byId.get(id)?.name, township: (id: string) => byId.get(id)?.township };
  const rounded = rowsOf(buildRoundedSchoolsCsv(result, names));
  const exact = rowsOf(buildSchoolsExactCsv(result));

  it('per-school: Chinese headers with units, one row per part, township and merged-site names beside codes', () => {
    expect(rounded[0]).toEqual(ROUNDED_SCHOOLS_HEADER);
    expect(rounded[0]).toContain('R6 生均教学仪器设备值（元）');
    expect(rounded.length).toBe(exact.length);
    const b = rounded.find((r) => r[1] === 'B01' && r[5] === '小学')!;
    expect(b[3]).toBe(byId.get('B01')!.township);
    expect(b[6]).toBe(`${byId.get('B02')!.name}（B02）`);
    for (const r of rounded) expect(r).toHaveLength(ROUNDED_SCHOOLS_HEADER.length);
  });

  it('per-school: each figure is the exact value rounded as the site shows it (2 decimals, money whole, no separators)', () => {
    for (const r of rounded.slice(1)) {
      const e = exact.find((x) => x[1] === r[1] && x[4] === r[5])!;
      for (let i = 0; i < 7; i++) {
        const shown = r[10 + i]!;
        const value = e[9 + i]!;
        if (value === '') {
          expect(shown).toBe('');
          continue;
        }
        expect(shown).not.toContain(',');
        // Rounded to the display decimals, or more when rounding would contradict the verdict.
        const decimals = i === 5 ? 0 : 2;
        const d = Math.max(decimals, shown.split('.')[1]?.length ?? 0);
        expect(Number(shown)).toBe(roundHalfAway(Number(value), d));
      }
    }
  });

  it('cv: rounded CV with 3 decimals beside the limit and a Chinese verdict; exact values are not in it', () => {
    const cv = rowsOf(buildRoundedCvCsv(result));
    expect(cv[0]).toEqual(ROUNDED_CV_HEADER);
    for (const r of cv.slice(1)) {
      expect(['达标', '未达标', '暂无数据']).toContain(r[10]);
      if (r[8] !== '') expect(r[8]).toMatch(/^\d+\.\d{3,}$/);
      expect(r[6]).not.toMatch(/\.\d{3,}/);
    }
  });
});

describe('source files with Chinese headers and names beside codes', () => {
  const units = { U01: '县教科局', U02: '县财政局' } as Record<string, string>;
  const names = { school: (id: string) => (id === 'S1' ? '第一小学' : undefined), unit: (id: string) => units[id] };

  it('a file written with key headers gets the Chinese labels; unit names beside unit codes', () => {
    const csv = buildReadableSourceCsv(SCHEMAS['tasks.csv'], 'task_id,title,lead_unit,support_units,status\nT1,建校,U01,U02;U09,进行中\n', names);
    expect(rowsOf(csv)).toEqual([
      ['任务编号', '任务内容', '牵头单位', '牵头单位名称', '配合单位', '配合单位名称', '进展'],
      ['T1', '建校', 'U01', '县教科局', 'U02;U09', '县财政局；（未知编号）', '进行中'],
    ]);
  });

  it('county-stats keys get their meaning; school ids get the school name; ignored columns are left out', () => {
    const stats = buildReadableSourceCsv(SCHEMAS['county-stats.csv'], 'year,key,value\n2024,teacher_avg_salary,76800\n', names);
    expect(rowsOf(stats)[0]).toEqual(['年份', '指标项', '指标项含义', '数值']);
    expect(rowsOf(stats)[1]![2]).toContain('教师年平均工资');
    const funding = buildReadableSourceCsv(SCHEMAS['funding.csv'], '年份,学校标识码,#自用,核定公用经费（元）\n2024,S1,x,65000\n', names);
    expect(rowsOf(funding)).toEqual([
      ['年份', '学校标识码', '学校名称', '核定公用经费（元）'],
      ['2024', 'S1', '第一小学', '65000'],
    ]);
  });

  it('on a fixture file: as many rows as the source, every row as wide as the header', () => {
    const text = readFileSync(resolve(DIR, 'sections.csv'), 'utf8');
    const rows = rowsOf(buildReadableSourceCsv(SCHEMAS['sections.csv'], text, names));
    expect(rows.length).toBe(text.trim().split(/\r?\n/).length);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
  });
});
