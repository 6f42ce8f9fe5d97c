import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { buildCvExactCsv, buildSchoolsExactCsv } from '../../../src/lib/engine/build-schools-csv';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { makeDataset } from './make-dataset';

/** RFC 4180 parser for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const HEADER = [
  '年份',
  '学校标识码',
  '学校名称',
  '学校类型',
  '学段',
  '合并的教学点',
  '在校生数',
  '是否参评',
  '不参评原因',
  'R1 每百名学生高学历教师数',
  'R2 每百名学生骨干教师数',
  'R3 每百名学生体育艺术教师数',
  'R4 生均教学及辅助用房面积',
  'R5 生均体育运动场馆面积',
  'R6 生均教学仪器设备值',
  'R7 每百名学生网络多媒体教室数',
  'R1 是否达标',
  'R2 是否达标',
  'R3 是否达标',
  'R4 是否达标',
  'R5 是否达标',
  'R6 是否达标',
  'R7 是否达标',
  '达标项数',
  '是否通过',
  '说明',
  '高于规定学历专任教师数',
  '县级及以上骨干教师数',
  '体育艺术专任教师数',
  '教学及辅助用房面积（平方米，本学段份额）',
  '体育运动场馆面积（平方米，本学段份额）',
  '教学仪器设备值（元，本学段份额）',
  '网络多媒体教室数（间，本学段份额）',
  '本学段分摊份额（多学段学校）',
];

describe('buildSchoolsExactCsv on the county-mix fixture', async () => {
  const read = await readDataset(resolve(import.meta.dirname, '../../fixtures/engine/county-mix'));
  const result = computeYear(read.dataset!, 2024);
  const csv = buildSchoolsExactCsv(result);
  const rows = parseCsv(csv.slice(1));
  const byPart = (id: string, stage: string) => rows.find((r) => r[1] === id && r[4] === stage)!;

  it('starts with a UTF-8 BOM and ends records with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/); // no bare LF
  });

  it('Chinese headers in order', () => {
    expect(rows[0]).toEqual(HEADER);
  });

  it('one row per school part (8 parts; merged B02 and C01 高中 are not rows), every row as wide as the header', () => {
    expect(rows.length - 1).toBe(result.parts.length);
    expect(rows.slice(1).map((r) => `${r[1]}/${r[4]}`)).toEqual(['A01/小学', 'B01/小学', 'B01/初中', 'C01/初中', 'D01/小学', 'E01/小学', 'E01/初中', 'F01/小学']);
    for (const r of rows) expect(r).toHaveLength(HEADER.length);
  });

  it('cells: year, merged sites, students, 是/否, met count, unrounded values', () => {
    const b = byPart('B01', '小学');
    expect(b.slice(0, 9)).toEqual(['2024', 'B01', '黄土镇九年一贯制学校', '九年一贯制', '小学', 'B02', '166', '是', '']);
    expect(Number(b[9])).toBe((100 * 10) / 166); // R1, unrounded
    const a = byPart('A01', '小学');
    expect(a[9]).toBe('4.2'); // 100 × 21 / 500
    expect(a.slice(16, 26)).toEqual(['是', '是', '是', '是', '是', '是', '是', '7', '是', '']);
    const c = byPart('C01', '初中');
    expect(c.slice(21, 25)).toEqual(['否', '否', '5', '否']); // R6, R7 not met, 5 met, fails
  });

  it('inputs recompute each value: R1 = 100 × 教师 ÷ 学生, R4 = 面积份额 ÷ 学生; a split school shows its share', () => {
    for (const r of rows.slice(1)) {
      const students = Number(r[6]);
      if (r[9] !== '') expect(Number(r[9])).toBeCloseTo((100 * Number(r[26])) / students, 9);
      if (r[12] !== '') expect(Number(r[12])).toBeCloseTo(Number(r[29]) / students, 9);
    }
    const b = byPart('B01', '小学');
    const a = byPart('A01', '小学');
    expect(Number(b[33])).toBeGreaterThan(0);
    expect(Number(b[33])).toBeLessThan(1);
    expect(a[33]).toBe(''); // one stage: no split
  });

  it('blank for missing: D01 R7 (multimedia_rooms blank) and its 是否通过 (out of scope)', () => {
    const d = byPart('D01', '小学');
    expect(d[7]).toBe('否');
    expect(d[8]).toBe('不足50人的教学点');
    expect(d[15]).toBe(''); // R7 value
    expect(d[22]).toBe(''); // R7 是否达标
    expect(d[24]).toBe(''); // 是否通过
  });

  it('quotes a name with quotes: 蒲县"育才"学校 round-trips', () => {
    expect(csv).toContain('"蒲县""育才""学校"');
    expect(byPart('F01', '小学')[2]).toBe('蒲县"育才"学校');
  });
});

describe('buildSchoolsExactCsv quoting', () => {
  it('quotes commas, quotes and line breaks, leaves plain cells bare', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'X1', type: '小学', name: '甲,乙"丙"\n丁' }],
      sections: [{ school_id: 'X1', stage: '小学', students: 100, teachers: 10, teachers_qualified: 5, teachers_backbone: 1, teachers_pe_art: 1 }],
      facilities: [{ school_id: 'X1', teaching_area: 450, sports_area: 750, equipment_value: 200000, multimedia_rooms: 3 }],
    });
    const csv = buildSchoolsExactCsv(computeYear(ds, 2024));
    expect(csv).toContain(',"甲,乙""丙""\n丁",');
    expect(csv).toContain('\r\n2024,X1,');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe('甲,乙"丙"\n丁');
  });
});

describe('buildCvExactCsv on the county-mix fixture', async () => {
  const read = await readDataset(resolve(import.meta.dirname, '../../fixtures/engine/county-mix'));
  const result = computeYear(read.dataset!, 2024);
  const rows = parseCsv(buildCvExactCsv(result).slice(1));
  const parts = parseCsv(buildSchoolsExactCsv(result).slice(1));

  it('one row per stage × indicator, and each CV recomputes from schools-<year>.csv', () => {
    expect(rows[0]).toEqual(['年份', '学段', '指标', '参评学校学段数', '学生总数（权重之和）', '加权平均值', '加权标准差', '差异系数', '上限', '是否达标', '说明']);
    const stages = (['primary', 'junior'] as const).filter((s) => result.resource[s]);
    expect(rows.length - 1).toBe(stages.length * 7);
    for (const r of rows.slice(1)) {
      if (r[7] === '') continue;
      const col = 9 + Number(r[2]!.slice(1, 2)) - 1; // R1 → column 9 of schools CSV
      const mine = parts.slice(1).filter((p) => p[4] === r[1] && p[7] === '是' && p[col] !== '');
      expect(mine.length, r[2]).toBe(Number(r[3]));
      const w = mine.map((p) => Number(p[6]));
      const x = mine.map((p) => Number(p[col]));
      const sw = w.reduce((a, b) => a + b, 0);
      const mean = w.reduce((a, wi, i) => a + wi * x[i]!, 0) / sw;
      const sd = Math.sqrt(w.reduce((a, wi, i) => a + wi * (x[i]! - mean) ** 2, 0) / sw);
      expect(Number(r[5])).toBeCloseTo(mean, 9);
      expect(Number(r[7])).toBeCloseTo(mean === 0 ? 0 : sd / mean, 9);
    }
  });
});
