/**
 * Tables given as .xlsx workbooks (data format v1.1, "Workbooks"): every rule of the CSV
 * reader applies to a sheet; problems name the workbook, the sheet, the Excel row and the
 * column letter. The folder is the valid `minimal` fixture with some tables replaced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssueReport } from '../../../src/lib/dataset/format-report';
import { parseDataFiles } from '../../../src/lib/dataset/parse-data-files';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import type { DataFileName, DataIssue } from '../../../src/lib/dataset/types';
import { readCsvRecords, writeRecords } from '../../support/csv-to-workbook';

const MINIMAL = join(import.meta.dirname, '../../fixtures/data-valid/minimal');

/** The minimal folder as name → bytes, without the tables listed. */
function folder(without: readonly DataFileName[] = []): Map<string, Uint8Array | null> {
  const files = new Map<string, Uint8Array | null>();
  for (const name of readdirSync(MINIMAL)) if (!without.includes(name as DataFileName)) files.set(name, new Uint8Array(readFileSync(join(MINIMAL, name))));
  return files;
}

type Sheet = { name: string; rows?: ExcelJS.CellValue[][]; table?: DataFileName };

/** A workbook: each sheet either explicit rows, or a minimal table typed as Excel would hold it. */
async function workbook(sheets: readonly Sheet[], edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.table) writeRecords(ws, SCHEMAS[s.table], readCsvRecords(MINIMAL, s.table));
    for (const row of s.rows ?? []) ws.addRow(row);
  }
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function check(files: Map<string, Uint8Array | null>) {
  return parseDataFiles(files, { dir: '/data' });
}

const brief = (i: DataIssue) => ({ rule: i.rule, severity: i.severity, file: i.file, sheet: i.sheet, line: i.line, column: i.column, columnLetter: i.columnLetter });

describe('tables given as workbooks', () => {
  const reference = check(folder());

  it('the minimal folder is valid as CSV', () => {
    expect(reference.issues).toEqual([]);
    expect(reference.dataset).not.toBeNull();
  });

  it('<table>.xlsx stands in for <table>.csv: its first sheet is read, other sheets ignored', async () => {
    const files = folder(['schools.csv']);
    files.set(
      'schools.xlsx',
      await workbook([
        { name: 'Sheet1', table: 'schools.csv' },
        { name: 'units', rows: [['x']] },
      ]),
    );
    const r = check(files);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.schools).toEqual(reference.dataset?.schools);
    expect(r.dataset?.files['schools.csv']).toMatchObject({ present: true, encoding: null, sheet: { workbook: 'schools.xlsx', sheet: 'Sheet1' } });
  });

  it('one workbook of several tables: sheets named by title or key (any case, spaces), other sheets ignored', async () => {
    const files = folder(['schools.csv', 'sections.csv', 'facilities.csv', 'county-stats.csv']);
    files.set(
      '数据填报.xlsx',
      await workbook([
        { name: '说明', rows: [['这张表不会被读取'], ['年份', '学校标识码']] },
        { name: '学校名录', table: 'schools.csv' },
        { name: 'Sections', table: 'sections.csv' },
        { name: ' 校舍与装备 ', table: 'facilities.csv' },
        { name: 'county-stats', table: 'county-stats.csv' },
      ]),
    );
    const r = check(files);
    expect(r.issues).toEqual([]);
    const { dir: _a, files: _b, ...same } = reference.dataset!;
    const { dir: _c, files: _d, ...read } = r.dataset!;
    expect(read).toEqual(same);
    expect(r.dataset?.files['sections.csv'].sheet).toEqual({ workbook: '数据填报.xlsx', sheet: 'Sections' });
  });

  it('a table given as CSV and as a sheet is an error naming both places', async () => {
    const files = folder();
    files.set('数据填报.xlsx', await workbook([{ name: '领导小组成员单位', table: 'units.csv' }]));
    const r = check(files);
    expect(r.dataset).toBeNull();
    expect(r.issues.map(brief)).toEqual([{ rule: 'duplicate-table', severity: 'error', file: 'units.csv', sheet: undefined, line: null, column: null, columnLetter: undefined }]);
    expect(r.issues[0]?.message).toContain('units.csv；数据填报.xlsx 工作表「领导小组成员单位」');
  });

  it('a table given as two sheets (in two workbooks) is an error naming both', async () => {
    const files = folder(['units.csv']);
    files.set('a.xlsx', await workbook([{ name: 'units', table: 'units.csv' }]));
    files.set('units.xlsx', await workbook([{ name: 'Sheet1', table: 'units.csv' }]));
    const r = check(files);
    expect(r.issues.map((i) => i.rule)).toEqual(['duplicate-table']);
    expect(r.issues[0]?.message).toContain('a.xlsx 工作表「units」；units.xlsx 工作表「Sheet1」');
    expect(r.dataset).toBeNull();
  });

  it('a sheet with only its header does not give the table (the template blank), so a CSV beside it is no duplicate', async () => {
    const files = folder();
    files.set(
      '数据填报.xlsx',
      await workbook([
        { name: '领导小组成员单位', rows: [['单位编号', '单位名称', '工作职责']] },
        { name: '工作任务', rows: [['任务编号'], [], []] },
      ]),
    );
    const r = check(files);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.units).toEqual(reference.dataset?.units);
  });

  it('a 0-byte CSV beside a sheet does not give the table twice; alone it is read by the CSV rules', async () => {
    const files = folder(['units.csv']);
    files.set('units.csv', new Uint8Array());
    files.set('数据填报.xlsx', await workbook([{ name: 'units', table: 'units.csv' }]));
    const r = check(files);
    expect(r.issues.map((i) => i.rule)).toEqual([]);
    expect(r.dataset?.units).toEqual(reference.dataset?.units);
    // Alone, the 0-byte file meets the CSV reader's own rule for it (and tasks lose their units).
    const alone = folder(['units.csv']);
    alone.set('units.csv', new Uint8Array());
    expect(
      check(alone)
        .issues.filter((i) => i.file === 'units.csv')
        .map((i) => i.line),
    ).toEqual([null]);
  });

  it('an optional table given only as a header-only sheet is absent; a required one is read (and its rules apply)', async () => {
    const files = folder(['units.csv', 'tasks.csv', 'county.csv']);
    files.set(
      '数据填报.xlsx',
      await workbook([
        { name: 'units', rows: [['单位编号', '单位名称']] },
        { name: 'county', rows: [['行政区划代码', '县区名称']] },
      ]),
    );
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([
      { rule: 'county-row-count', severity: 'error', file: '数据填报.xlsx', sheet: 'county', line: null, column: null, columnLetter: undefined },
    ]);
    expect(r.issues.every((i) => i.rule !== 'missing-file')).toBe(true);
  });

  it('reads numbers, booleans, dates and cached formula values exactly as the same CSV text', async () => {
    const files = folder(['tasks.csv', 'schools.csv']);
    files.set(
      '数据填报.xlsx',
      await workbook(
        [
          {
            name: 'tasks',
            rows: [
              ['任务编号', '任务内容', '牵头单位', '完成时限', '进展', '完成度', '更新日期'],
              ['T1', '落实经费', 'U2', new Date(Date.UTC(2024, 11, 31)), '进行中', null, '2024/10/1'],
            ],
          },
          { name: '学校名录', table: 'schools.csv' },
        ],
        (wb) => {
          const ws = wb.getWorksheet('tasks')!;
          ws.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
          ws.getCell('F2').value = { formula: '0.1+0.2+59.7', result: 60.00000000000001 } as ExcelJS.CellFormulaValue;
        },
      ),
    );
    const r = check(files);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.tasks[0]).toMatchObject({ line: 2, task_id: 'T1', due: '2024-12-31', progress: 60, updated: '2024-10-01' });
    expect(r.dataset?.schools.map((s) => s.boarding)).toEqual(reference.dataset?.schools.map((s) => s.boarding));
  });

  it('an error value is a formula error (公式错误) at its workbook, sheet, row and column letter', async () => {
    const files = folder(['facilities.csv']);
    files.set(
      '数据填报.xlsx',
      await workbook([{ name: '校舍与装备', table: 'facilities.csv' }], (wb) => {
        const ws = wb.getWorksheet('校舍与装备')!;
        ws.getCell('C3').value = { formula: 'E3/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
        ws.getCell('F4').value = { formula: 'VLOOKUP(1,Z:Z,1,0)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
      }),
    );
    const r = check(files);
    expect(r.dataset).toBeNull();
    expect(r.issues.map(brief)).toEqual([
      { rule: 'formula-error', severity: 'error', file: '数据填报.xlsx', sheet: '校舍与装备', line: 3, column: 'teaching_area', columnLetter: 'C' },
      { rule: 'formula-error', severity: 'error', file: '数据填报.xlsx', sheet: '校舍与装备', line: 4, column: 'multimedia_rooms', columnLetter: 'F' },
    ]);
    expect(r.issues[0]?.message).toContain('公式错误');
    expect(r.issues[0]?.message).toContain('#DIV/0!');
    expect(r.issues[0]?.value).toBe('#DIV/0!');
    expect(formatIssue(r.issues[0]!)).toContain('数据填报.xlsx 工作表「校舍与装备」第 3 行 C 列「teaching_area」：公式错误');
    // Not "不要带单位或文字": the blank the error left is not reported as anything else.
    expect(r.issues.some((i) => i.rule === 'required-cell' || i.rule === 'invalid-number')).toBe(false);
  });

  it('a formula without a saved result is reported, not read as blank', async () => {
    const files = folder(['facilities.csv']);
    files.set(
      'facilities.xlsx',
      await workbook([{ name: 'Sheet1', table: 'facilities.csv' }], (wb) => {
        wb.getWorksheet('Sheet1')!.getCell('D2').value = { formula: 'C2*2' } as ExcelJS.CellFormulaValue;
      }),
    );
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([
      { rule: 'formula-error', severity: 'error', file: 'facilities.xlsx', sheet: 'Sheet1', line: 2, column: 'sports_area', columnLetter: 'D' },
    ]);
    expect(r.issues[0]?.hint).toContain('保存一次');
  });

  it('a bad cell names the workbook, sheet, Excel row and column letter with its header', async () => {
    const files = folder(['schools.csv']);
    files.set('数据填报.xlsx', await workbook([{ name: '学校名录', table: 'schools.csv' }], (wb) => (wb.getWorksheet('学校名录')!.getCell('C3').value = '九年制')));
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([{ rule: 'invalid-value', severity: 'error', file: '数据填报.xlsx', sheet: '学校名录', line: 3, column: '学校类型', columnLetter: 'C' }]);
    expect(formatIssue(r.issues[0]!)).toMatch(/^ {2}\[错误\] 数据填报\.xlsx 工作表「学校名录」第 3 行 C 列「学校类型」：值 "九年制" 不是允许的取值/);
    const report = formatIssueReport(r.issues, '/data');
    expect(report).toContain('■ 数据填报.xlsx 工作表「学校名录」');
  });

  it('cross-file problems name the sheet, not a CSV file that does not exist', async () => {
    const files = folder(['schools.csv']);
    files.set('数据填报.xlsx', await workbook([{ name: '学校名录', table: 'schools.csv' }], (wb) => wb.getWorksheet('学校名录')!.spliceRows(5, 1)));
    const r = check(files);
    expect(r.issues.length).toBeGreaterThan(0);
    const all = r.issues.map((i) => `${i.message}${i.hint}`).join('\n');
    expect(all).not.toContain('schools.csv');
    expect(all).toContain('数据填报.xlsx 工作表「学校名录」');
  });

  it('skips entirely empty rows (row numbers stay Excel’s) and reports a value right of the header as an unnamed column', async () => {
    const files = folder(['units.csv']);
    files.set(
      'units.xlsx',
      await workbook([{ name: 'Sheet1', rows: [['单位编号', '单位名称'], ['U1', '县教育局'], [], [null, null], ['U2', '县财政局'], ['U3', '县人社局', null, '多余']] }]),
    );
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([{ rule: 'unknown-column', severity: 'error', file: 'units.xlsx', sheet: 'Sheet1', line: 1, column: '第 4 列', columnLetter: 'D' }]);
    const ok = folder(['units.csv']);
    ok.set('units.xlsx', await workbook([{ name: 'Sheet1', rows: [['单位编号', '单位名称'], ['U1', '县教育局'], [], [null, null], ['U2', '县财政局'], ['U3', '县人社局']] }]));
    expect(check(ok).dataset?.units.map((u) => [u.unit_id, u.line])).toEqual([
      ['U1', 2],
      ['U2', 5],
      ['U3', 6],
    ]);
  });

  it('reads a school id typed as a number whole; one that lost digits in Excel is reported as scientific notation', async () => {
    const withSchool = async (id: number) => {
      const files = folder(['schools.csv']);
      const rows: ExcelJS.CellValue[][] = [...readCsvRecords(MINIMAL, 'schools.csv'), [id, '新建小学', '小学', null, '蒲城镇', '城区', '公办', false]];
      files.set('schools.xlsx', await workbook([{ name: 'Sheet1', rows }]));
      return check(files);
    };
    const whole = await withSchool(3143070001);
    expect(whole.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(whole.dataset?.schools.at(-1)?.school_id).toBe('3143070001');
    const long = await withSchool(1.41033e17);
    const line = readCsvRecords(MINIMAL, 'schools.csv').length + 1;
    expect(long.issues.filter((i) => i.severity === 'error').map(brief)).toEqual([
      { rule: 'invalid-id', severity: 'error', file: 'schools.xlsx', sheet: 'Sheet1', line, column: '学校标识码', columnLetter: 'A' },
    ]);
    expect(long.issues.find((i) => i.rule === 'invalid-id')?.value).toBe('1.41033E+17');
  });

  it('text cells follow the CSV rules (e.g. a leading = is not a number)', async () => {
    const files = folder(['units.csv']);
    files.set(
      'units.xlsx',
      await workbook([
        {
          name: 'Sheet1',
          rows: [
            ['unit_id', 'name', 'duties'],
            ['U1', '县教育局', '统筹'],
            ['U2', '县财政局', ''],
            ['U3', '县人社局', null],
          ],
        },
      ]),
    );
    expect(check(files).issues).toEqual([]);
  });
});

describe('other spreadsheet files in the folder', () => {
  it.each([
    ['schools.xls', 'error'],
    ['学校名录.ods', 'error'],
    ['rooms.xlsm', 'error'],
    ['sections.numbers', 'error'],
    ['county.et', 'error'],
    ['原始统计表.xls', 'warning'],
  ] as const)('%s is reported by name, saying to save it as .xlsx or CSV (%s)', (name, severity) => {
    const files = folder();
    files.set(name, null);
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([{ rule: 'unsupported-workbook', severity, file: name, sheet: undefined, line: null, column: null, columnLetter: undefined }]);
    expect(r.issues[0]?.message).toContain(name);
    expect(r.issues[0]?.hint).toMatch(/\.xlsx.*CSV/);
  });

  it('a table saved as .xls beside its missing CSV: the missing file and the .xls are both named', () => {
    const files = folder(['schools.csv']);
    files.set('schools.xls', null);
    const r = check(files);
    expect(r.issues.filter((i) => i.rule !== 'unknown-school-id' && i.rule !== 'unknown-parent-id').map((i) => [i.rule, i.file])).toEqual([
      ['unsupported-workbook', 'schools.xls'],
      ['missing-file', 'schools.csv'],
    ]);
  });

  it('an .xlsx that is not a workbook is an error naming it', () => {
    const files = folder();
    files.set('数据填报.xlsx', new TextEncoder().encode('年份,学校标识码\n'));
    const r = check(files);
    expect(r.issues.map(brief)).toEqual([
      { rule: 'invalid-workbook', severity: 'error', file: '数据填报.xlsx', sheet: undefined, line: null, column: null, columnLetter: undefined },
    ]);
    expect(r.dataset).toBeNull();
  });

  it('a workbook without any table sheet is a warning listing its sheets', async () => {
    const files = folder();
    files.set(
      '统计.xlsx',
      await workbook([
        { name: 'Sheet1', rows: [['a']] },
        { name: '汇总', rows: [['b']] },
      ]),
    );
    const r = check(files);
    expect(r.issues.map((i) => [i.rule, i.severity, i.file])).toEqual([['workbook-no-tables', 'warning', '统计.xlsx']]);
    expect(r.issues[0]?.message).toContain('Sheet1、汇总');
    expect(r.dataset).not.toBeNull();
  });

  it("Excel's lock file (~$…) is not read: a warning says the workbook is open", () => {
    const files = folder();
    files.set('~$数据填报.xlsx', new Uint8Array([1, 2, 3]));
    const r = check(files);
    expect(r.issues.map((i) => [i.rule, i.severity, i.file])).toEqual([['workbook-open', 'warning', '~$数据填报.xlsx']]);
    expect(r.issues[0]?.message).toContain('数据填报.xlsx');
  });
});
