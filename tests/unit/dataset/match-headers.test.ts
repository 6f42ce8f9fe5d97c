import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../../src/lib/dataset/match-headers';
import { canonicalHeader, SCHEMAS } from '../../../src/lib/dataset/schema';
import { DATA_FILES } from '../../../src/lib/dataset/types';

const none = () => false;
const keysOf = (m: ReturnType<typeof matchHeaders>) => [...m.byIndex.entries()].map(([i, c]) => [i, c.key]);

describe('matchHeaders', () => {
  it('matches keys and labels in any order, ignoring spaces and parenthesis width', () => {
    const m = matchHeaders(SCHEMAS['rooms.csv'], ['面积(平方米)', ' 类型 ', 'school_id', '年 份', 'NAME'], none);
    expect(m.issues).toEqual([]);
    expect(keysOf(m)).toEqual([
      [0, 'area'],
      [1, 'room_type'],
      [2, 'school_id'],
      [3, 'year'],
      [4, 'name'],
    ]);
    expect(m.headerOf.get('area')).toBe('面积(平方米)');
  });

  it('accepts 学生数 and 在校生数 for students', () => {
    const a = matchHeaders(SCHEMAS['sections.csv'], ['年份', '学校标识码', '学段', '学生数', '班级数', '专任教师数'], none);
    expect(a.issues).toEqual([]);
    expect(a.headerOf.get('students')).toBe('学生数');
  });

  it('ignores 备注, note, #… and empty headers without values', () => {
    const m = matchHeaders(SCHEMAS['units.csv'], ['unit_id', 'name', '备注', 'note', '#内部', ''], none);
    expect(m.issues).toEqual([]);
    expect(m.byIndex.size).toBe(2);
  });

  it('keeps note as a real column in county-stats', () => {
    const m = matchHeaders(SCHEMAS['county-stats.csv'], ['year', 'key', 'value', '备注'], none);
    expect(m.headerOf.get('note')).toBe('备注');
  });

  it('reports an empty header that has values', () => {
    const m = matchHeaders(SCHEMAS['units.csv'], ['unit_id', 'name', ''], (i) => i === 2);
    expect(m.issues.map((i) => i.rule)).toEqual(['unknown-column']);
  });

  it('reports unknown columns with the nearest known name', () => {
    const m = matchHeaders(SCHEMAS['schools.csv'], ['shcool_id', '学校名称', '学校类型', '所在乡镇', '城乡类别', '办学性质', '寄宿制'], none);
    const unknown = m.issues.find((i) => i.rule === 'unknown-column');
    expect(unknown?.column).toBe('shcool_id');
    expect(unknown?.message).toContain('学校标识码');
    expect(m.issues.find((i) => i.rule === 'missing-column')?.column).toBe('school_id');
  });

  it('suggests by Chinese label too', () => {
    const m = matchHeaders(SCHEMAS['facilities.csv'], ['年份', '学校标识码', '教学辅助用房面积'], none);
    expect(m.issues[0]?.message).toContain('teaching_area');
  });

  it('reports a column given twice (key and label)', () => {
    const m = matchHeaders(SCHEMAS['units.csv'], ['unit_id', 'name', '单位编号'], none);
    expect(m.issues).toMatchObject([{ rule: 'duplicate-column', column: '单位编号', line: 1 }]);
  });

  it('reports every missing required column', () => {
    const m = matchHeaders(SCHEMAS['units.csv'], ['duties'], none);
    expect(m.issues.map((i) => i.column)).toEqual(['unit_id', 'name']);
  });
});

describe('matchHeaders: far-off unknown columns', () => {
  it('lists the file’s columns instead of a far-fetched guess', () => {
    const m = matchHeaders(SCHEMAS['units.csv'], ['unit_id', 'name', '联系电话号码'], none);
    expect(m.issues[0]?.message).toContain('本文件的列有：单位编号、单位名称、工作职责');
  });
});

describe('canonicalHeader (the header the generators write)', () => {
  it('gives each column its first label, in schema order or in the order of the keys given', () => {
    expect(canonicalHeader('units.csv')).toEqual(['单位编号', '单位名称', '工作职责']);
    expect(canonicalHeader('sections.csv', ['students', 'year'])).toEqual(['在校生数', '年份']);
    expect(canonicalHeader('classes.csv', ['students'])).toEqual(['学生数']);
  });

  it.each(DATA_FILES)('%s: the reader matches every column of its canonical header', (file) => {
    const m = matchHeaders(SCHEMAS[file], canonicalHeader(file), none);
    expect(m.issues).toEqual([]);
    expect(keysOf(m).map(([, key]) => key)).toEqual(SCHEMAS[file].columns.map((c) => c.key));
  });
});
