/**
 * Checks that went beyond data format v1 and could reject a real county's valid folder:
 * each is relaxed (or downgraded to a warning) here, with the spec sentence that allows it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/dataset/parse-cell';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import { parseYear } from '../../../src/lib/dataset/parse-number';
import type { DataFileName } from '../../../src/lib/dataset/types';

const BASE = join(import.meta.dirname, '../../fixtures/data-valid/required-only');

function read(over: Record<string, string>) {
  const files = new Map<DataFileName, Uint8Array>();
  for (const f of readdirSync(BASE)) files.set(f as DataFileName, new Uint8Array(readFileSync(join(BASE, f))));
  for (const [k, v] of Object.entries(over)) files.set(k as DataFileName, new TextEncoder().encode(v));
  return parseDataset(files, { dir: BASE, demo: false });
}

describe('years: any four-digit year (schools.csv built_year is just "year")', () => {
  it.each([
    ['1898', 1898],
    ['1000', 1000],
    ['2024', 2024],
    ['２１０１', 2101],
  ])('accepts %s', (cell, value) => {
    expect(parseYear(cell)).toEqual({ ok: true, value });
  });
  it.each(['24', '0999', '20245', '二〇二四'])('still rejects %s', (cell) => {
    expect(parseYear(cell)).toMatchObject({ ok: false, rule: 'invalid-year' });
  });
  it('a school built in 1898 reads without error', () => {
    const r = read({
      'schools.csv':
        '学校标识码,学校名称,学校类型,所在乡镇,城乡类别,办学性质,寄宿制,建成年份\nR1,甲小学,小学,甲镇,城区,公办,否,1898\nR2,乙小学,小学,乙乡,乡村,公办,否,\nR3,甲中学,初中,甲镇,镇区,公办,是,\nR4,丙学校,九年一贯制,丙乡,乡村,公办,否,\n',
    });
    expect(r.issues).toEqual([]);
    expect(r.dataset?.schools[0]?.built_year).toBe(1898);
  });
});

describe('unit / task / milestone / alliance ids: any text (never used in URLs)', () => {
  it('parses code cells as written; scientific notation is only a warning', () => {
    expect(parseCell({ kind: 'code' }, '县 教育局')).toEqual({ ok: true, value: '县 教育局' });
    expect(parseCell({ kind: 'code' }, '2024/01#3')).toEqual({ ok: true, value: '2024/01#3' });
    expect(parseCell({ kind: 'code' }, '1.2E+11')).toMatchObject({ ok: true, value: '1.2E+11', warning: { rule: 'invalid-id' } });
    // school ids stay strict: they are used in URLs.
    expect(parseCell({ kind: 'id' }, 'S/1')).toMatchObject({ ok: false, rule: 'invalid-id' });
  });

  it('a folder with spaces and slashes in those ids reads without error, and matches references', () => {
    const r = read({
      'units.csv': 'unit_id,name\n县 教育局,县教育局\nU/2,县财政局\n',
      'tasks.csv': 'task_id,title,lead_unit,support_units,status\n任务 1,落实经费,县 教育局,U/2,进行中\n2024/01,教师交流,U/2,,未开始\n',
      'milestones.csv': 'milestone_id,title\n第 1 阶段,启动\n',
      'alliances.csv': 'alliance_id,alliance_name,kind,school_id,role\n联盟 #1,城区联盟,教育联盟,R1,牵头学校\n',
    });
    expect(r.issues).toEqual([]);
    expect(r.dataset?.tasks.map((t) => [t.task_id, t.lead_unit, t.support_units])).toEqual([
      ['任务 1', '县 教育局', ['U/2']],
      ['2024/01', 'U/2', []],
    ]);
  });

  it('reports a task id in scientific notation as a warning, not an error', () => {
    const r = read({ 'units.csv': 'unit_id,name\nU1,县教育局\n', 'tasks.csv': 'task_id,title,lead_unit,status\n1.2E+11,x,U1,进行中\n' });
    expect(r.dataset).not.toBeNull();
    expect(r.issues.map((i) => [i.severity, i.rule, i.file, i.line, i.column])).toEqual([['warning', 'invalid-id', 'tasks.csv', 2, 'task_id']]);
  });
});
