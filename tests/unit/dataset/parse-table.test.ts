import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/lib/dataset/parse-table';
import { SCHEMAS } from '../../../src/lib/dataset/schema';

const units = SCHEMAS['units.csv'];

describe('parseTable', () => {
  it('numbers lines as Excel shows them: a quoted cell with a newline is one row', () => {
    const t = parseTable(units, 'unit_id,name,duties\r\nU1,教育局,"第一行\r\n第二行"\r\nU2,财政局,\r\n');
    expect(t.rows.map((r) => [r.line, r.values.unit_id])).toEqual([
      [2, 'U1'],
      [3, 'U2'],
    ]);
    expect(t.rows[0]?.values.duties).toBe('第一行\r\n第二行');
  });

  it('reads a file whose lines mix CRLF and LF (Excel file edited elsewhere) row by row', () => {
    const t = parseTable(units, 'unit_id,name,duties\r\nU1,教育局,统筹\nU2,财政局,\r\n\nU3,人社局,x\n');
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.line, r.values.unit_id, r.values.duties])).toEqual([
      [2, 'U1', '统筹'],
      [3, 'U2', null],
      [5, 'U3', 'x'],
    ]);
  });

  it('reads LF first, then CRLF lines, row by row', () => {
    const t = parseTable(units, 'unit_id,name,duties\nU1,教育局,"a\r\nb"\r\nU2,财政局,\r\n');
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.line, r.values.unit_id])).toEqual([
      [2, 'U1'],
      [3, 'U2'],
    ]);
  });

  it('skips fully empty rows (Excel ,,,) but keeps counting them', () => {
    const t = parseTable(units, 'unit_id,name,duties\nU1,教育局,\n,,\n\nU2,财政局,\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(t.issues).toEqual([]);
  });

  it('skips a row whose only content is in an ignored column (a 备注 note under the table)', () => {
    const t = parseTable(units, 'unit_id,name,备注,#内部\nU1,教育局,,\n,,注：截至2024年9月,\n,,,草稿\n');
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => r.line)).toEqual([2]);
  });

  it('trims cells and keeps blank optional cells as null', () => {
    const t = parseTable(units, 'unit_id,name,duties\n U1 ,　教育局　,  \n');
    expect(t.rows[0]?.values).toEqual({ unit_id: 'U1', name: '教育局', duties: null });
  });

  it('reports an unclosed quote as a located issue, never a throw', () => {
    const t = parseTable(units, 'unit_id,name,duties\nU1,"教育局,x\nU2,财政局,\n');
    expect(t.broken).toBe(true);
    expect(t.issues).toMatchObject([{ rule: 'csv-malformed', line: 2 }]);
  });

  it('reads short rows as blank with a warning, rejects extra values, ignores trailing empty cells', () => {
    const t = parseTable(units, 'unit_id,name,duties\nU1,教育局\nU2,财政局,,\nU3,人社局,,x\n');
    expect(t.issues.map((i) => [i.rule, i.severity, i.line])).toEqual([
      ['row-short', 'warning', 2],
      ['row-column-count', 'error', 4],
    ]);
    expect(t.rows.find((r) => r.line === 2)).toMatchObject({ valid: true, values: { unit_id: 'U1', name: '教育局', duties: null } });
  });

  it('reports every bad cell of every row, with the header as written', () => {
    const t = parseTable(SCHEMAS['funding.csv'], '年份,学校标识码,教师培训经费(元)\n2024,S1,12a\n24,S2,-5\n');
    expect(t.issues.map((i) => [i.rule, i.line, i.column, i.value])).toEqual([
      ['invalid-number', 2, '教师培训经费(元)', '12a'],
      ['invalid-year', 3, '年份', '24'],
      ['negative-number', 3, '教师培训经费(元)', '-5'],
    ]);
    expect(t.rows.every((r) => !r.valid)).toBe(true);
  });

  it('reports blank required cells', () => {
    const t = parseTable(units, 'unit_id,name\nU1,\n');
    expect(t.issues).toMatchObject([{ rule: 'required-cell', line: 2, column: 'name' }]);
  });
});

describe('parseTable: empty files and title rows', () => {
  it('an empty optional file is a warning, an empty required file an error', () => {
    expect(parseTable(units, '\r\n').issues).toMatchObject([{ rule: 'empty-file', severity: 'warning' }]);
    expect(parseTable(SCHEMAS['schools.csv'], '').issues).toMatchObject([{ rule: 'empty-file', severity: 'error' }]);
  });

  it('a title row above the header gives one clear error, not a flood of unknown/missing columns', () => {
    const t = parseTable(units, '蒲县领导小组成员单位,,\nunit_id,name,duties\nU1,教育局,\n');
    expect(t.issues).toMatchObject([{ rule: 'header-not-first-row', line: 2 }]);
  });
});

describe('parseTable: wrong delimiter', () => {
  it.each([
    ['semicolons', 'unit_id;name;duties\nU1;教育局;\n'],
    ['tabs', 'unit_id\tname\tduties\nU1\t教育局\t\n'],
  ])('a file separated by %s gives one csv-malformed error', (_, text) => {
    expect(parseTable(units, text).issues).toMatchObject([{ rule: 'csv-malformed', line: 1 }]);
  });
});
