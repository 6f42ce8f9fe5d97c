import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { DataFileName } from '../../../src/lib/dataset/types';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');

function validFiles(): Map<DataFileName, Uint8Array> {
  const map = new Map<DataFileName, Uint8Array>();
  for (const name of readdirSync(VALID)) if (name.endsWith('.csv')) map.set(name as DataFileName, new Uint8Array(readFileSync(join(VALID, name))));
  return map;
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const rules = (r: ReturnType<typeof parseDataset>) => r.issues.map((i) => `${i.rule}@${i.file}:${i.line ?? ''}`);

describe('parseDataset', () => {
  it('records the folder and the demo flag', () => {
    const r = parseDataset(validFiles(), { dir: '/x', demo: true });
    expect(r.dataset).toMatchObject({ dir: '/x', demo: true });
  });

  it('marks absent optional files as not present, with empty arrays', () => {
    const files = validFiles();
    files.delete('survey.csv');
    const r = parseDataset(files, { dir: '/x', demo: false });
    expect(r.issues).toEqual([]);
    expect(r.dataset?.files['survey.csv']).toMatchObject({ present: false, rows: 0, encoding: null });
    expect(r.dataset?.survey).toEqual([]);
  });

  it('a header-only optional file is present with zero rows', () => {
    const files = validFiles();
    files.set('survey.csv', utf8('year,group,responses,satisfied,fairly_satisfied,neutral,dissatisfied\n'));
    const r = parseDataset(files, { dir: '/x', demo: false });
    expect(r.dataset?.files['survey.csv']).toMatchObject({ present: true, rows: 0 });
  });

  it('a missing schools.csv does not cascade into unknown-school errors', () => {
    const files = validFiles();
    files.delete('schools.csv');
    expect(rules(parseDataset(files, { dir: '/x', demo: false }))).toEqual(['missing-file@schools.csv:']);
  });

  it('a missing key column in sections.csv does not cascade into missing-facilities or orphan warnings', () => {
    const files = validFiles();
    files.set('sections.csv', utf8('年份,学段,在校生数,班级数,专任教师数\n2024,小学,600,12,40\n'));
    expect(rules(parseDataset(files, { dir: '/x', demo: false }))).toEqual(['missing-column@sections.csv:1']);
  });

  it('an unknown column does not hide the other errors of the folder (all errors are reported together)', () => {
    const files = validFiles();
    const sections = new TextDecoder('gb18030').decode(files.get('sections.csv')).replace(/\r?\n$/, '');
    const lines = sections.split(/\r?\n/);
    // An extra, unknown column in sections.csv, plus a row for a school that does not exist.
    files.set('sections.csv', utf8([`${lines[0]},多余列`, ...lines.slice(1).map((l) => `${l},1`), '2024,S099,小学,10,1,2,,,,,1'].join('\n') + '\n'));
    // An extra, unknown column in schools.csv, plus a duplicated school id.
    const schools = new TextDecoder().decode(files.get('schools.csv')).replace(/\r?\n$/, '');
    const srows = schools.split(/\r?\n/);
    files.set('schools.csv', utf8([`${srows[0]},电话`, ...srows.slice(1).map((l) => `${l},`), 'S001,重复,小学,,蒲城镇,城区,公办,否,,,,'].join('\n') + '\n'));
    expect(rules(parseDataset(files, { dir: '/x', demo: false }))).toEqual([
      'unknown-column@schools.csv:1',
      'duplicate-school-id@schools.csv:7',
      'unknown-column@sections.csv:1',
      'unknown-school-id@sections.csv:10',
    ]);
  });

  it('reports all problems together, sorted by file order then line', () => {
    const files = validFiles();
    files.set('units.csv', utf8('unit_id,name\nU1,\nU2,财政局\nU3,人社局\n'));
    files.set('county.csv', utf8('county_code,county_name\n12,蒲县\n'));
    expect(rules(parseDataset(files, { dir: '/x', demo: false }))).toEqual(['invalid-county-code@county.csv:2', 'required-cell@units.csv:2']);
  });

  it('tasks.due keeps non-date text in due_text with a warning, never an error', () => {
    const files = validFiles();
    files.set('tasks.csv', utf8('task_id,title,lead_unit,status,due\nT1,任务,U1,进行中,2024年6月底\n'));
    const r = parseDataset(files, { dir: '/x', demo: false });
    expect(rules(r)).toEqual(['due-not-date@tasks.csv:2']);
    expect(r.dataset?.tasks[0]).toMatchObject({ due: null, due_text: '2024年6月底' });
  });

  it('stages must suit the parent type of a merged site', () => {
    const files = validFiles();
    // S003 is a 教学点 under the 九年一贯制 S002; make S001 (a 小学) its parent, then give it 初中 via a 九年一贯制 type.
    const schools = new TextDecoder().decode(files.get('schools.csv')).replace('S003,黄土镇下村教学点,教学点,S002', 'S003,黄土镇下村教学点,九年一贯制,S001');
    files.set('schools.csv', utf8(schools));
    const sections = new TextDecoder('gb18030').decode(files.get('sections.csv')).replace('2024,S003,小学,30,3', '2024,S003,初中,30,3');
    files.set('sections.csv', utf8(sections));
    const r = parseDataset(files, { dir: '/x', demo: false });
    expect(rules(r)).toContain('stage-not-allowed@sections.csv:5');
    expect(r.issues.find((i) => i.rule === 'stage-not-allowed')?.message).toContain('S001');
  });
});

describe('parseDataset: tasks need the units they name', () => {
  it('an empty units.csv (a warning alone) does not let tasks reference units that do not exist', () => {
    const files = validFiles();
    files.set('units.csv', utf8('\r\n'));
    const r = parseDataset(files, { dir: '/x', demo: false });
    // Every reference located at its own line (T1: lead U2, support U1 and U3; T2: lead U1).
    expect(rules(r)).toEqual(['empty-file@units.csv:', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:3']);
    expect(r.issues.filter((i) => i.rule === 'unknown-unit-id').map((i) => i.value)).toEqual(['U2', 'U1', 'U3', 'U1']);
    expect(r.issues.find((i) => i.rule === 'unknown-unit-id')!.message).toContain('（units.csv 是空的）');
    expect(r.dataset).toBeNull();
  });
  it('a 0-byte units.csv counts as absent (v1.1): a warning, and tasks still need their units', () => {
    const files = validFiles();
    files.set('units.csv', utf8(''));
    const r = parseDataset(files, { dir: '/x', demo: false });
    expect(rules(r)).toEqual(['empty-file@units.csv:', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:2', 'unknown-unit-id@tasks.csv:3']);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', message: 'units.csv 是 0 字节的空文件，按没有提供这个文件处理。' });
    expect(r.issues.find((i) => i.rule === 'unknown-unit-id')!.message).toContain('（没有提供 units.csv，或它是 0 字节的空文件）');
  });
  it('a unit written by name instead of id gets its id in the hint', () => {
    const files = validFiles();
    const units = new TextDecoder().decode(files.get('units.csv'));
    const [, firstRow] = units.split(/\r?\n/);
    const [id, name] = firstRow!.split(',');
    const tasks = new TextDecoder().decode(files.get('tasks.csv')).replace(/^(T1,[^,]*,[^,]*,)[^,]*/m, `$1${name}`);
    files.set('tasks.csv', utf8(tasks));
    const issue = parseDataset(files, { dir: '/x', demo: false }).issues.find((i) => i.rule === 'unknown-unit-id')!;
    expect(issue.value).toBe(name);
    expect(issue.hint).toContain(`编号是 ${id}`);
  });
  it('with no units.csv at all, each reference is reported at its line and column, saying the file is missing', () => {
    const files = validFiles();
    files.delete('units.csv');
    const r = parseDataset(files, { dir: '/x', demo: false });
    const issues = r.issues.filter((i) => i.rule === 'unknown-unit-id');
    expect(issues.map((i) => `${i.line}/${i.column}/${i.value}`)).toEqual(['2/牵头单位/U2', '2/配合单位/U1', '2/配合单位/U3', '3/牵头单位/U1']);
    expect(issues[0]!.message).toContain('（没有提供 units.csv，或它是 0 字节的空文件）');
    expect(issues[0]!.hint).toContain('请提供 units.csv');
  });
});
