import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRegionFile } from '../../../src/lib/region/parse-region-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseRegionFile', () => {
  it('reads the one row, keys or Chinese labels, site fields null when blank', () => {
    const { info, issues } = parseRegionFile(utf8('行政区划代码,名称,级别,主办单位,联系方式\n149000,青岚省,省,青岚省教育厅,\n'));
    expect(issues).toEqual([]);
    expect(info).toEqual({
      region_code: '149000',
      region_name: '青岚省',
      level: '省',
      site_name: null,
      publisher: '青岚省教育厅',
      site_id_code: null,
      icp: null,
      police_record: null,
      contact: null,
    });
  });

  it.each([
    ['a code that is not 6 digits', 'region_code,region_name,level\n14900,青岚省,省\n', 'invalid-county-code', 2],
    ['a level other than 市 or 省', 'region_code,region_name,level\n149000,青岚省,县\n', null, 2],
    ['a blank name', 'region_code,region_name,level\n149000,,省\n', null, 2],
    ['two rows', 'region_code,region_name,level\n149000,青岚省,省\n149001,青山市,市\n', 'region-row-count', 3],
    ['no row', 'region_code,region_name,level\n', 'region-row-count', null],
  ])('%s is an error naming region.csv', (_case, text, rule, line) => {
    const { info, issues } = parseRegionFile(utf8(text));
    expect(info).toBeNull();
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.file === 'region.csv')).toBe(true);
    if (rule) expect(errors.map((i) => i.rule)).toContain(rule);
    expect(errors[0]!.line).toBe(line);
  });

  it('a missing required column is an error', () => {
    const { info, issues } = parseRegionFile(utf8('region_code,region_name\n149000,青岚省\n'));
    expect(info).toBeNull();
    expect(issues.some((i) => i.rule === 'missing-column' && i.severity === 'error')).toBe(true);
  });
});

/** region.xlsx: a workbook whose first sheet holds the rows given (a later sheet is ignored). */
async function regionWorkbook(rows: ExcelJS.CellValue[][], sheet = '市（省）信息'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  wb.addWorksheet('说明').addRow(['这张工作表不读取']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('parseRegionFile: region.xlsx in place of region.csv', () => {
  it('reads the first sheet by the same rules: the same info as the CSV', async () => {
    const csv = parseRegionFile(utf8('行政区划代码,名称,级别,主办单位\n149000,青岚省,省,青岚省教育厅\n'));
    const xlsx = parseRegionFile(
      await regionWorkbook([
        ['行政区划代码', '名称', '级别', '主办单位'],
        ['149000', '青岚省', '省', '青岚省教育厅'],
      ]),
      'region.xlsx',
    );
    expect(xlsx.issues).toEqual([]);
    expect(xlsx.info).toEqual(csv.info);
    expect(xlsx.info?.region_name).toBe('青岚省');
  });

  it('a wrong cell names the workbook, the sheet, the Excel row and the column letter', async () => {
    const { info, issues } = parseRegionFile(
      await regionWorkbook([
        ['region_code', 'region_name', 'level'],
        ['149000', '青岚省', '县'],
      ]),
      'region.xlsx',
    );
    expect(info).toBeNull();
    expect(issues[0]).toMatchObject({ severity: 'error', file: 'region.xlsx', sheet: '市（省）信息', line: 2, columnLetter: 'C' });
  });

  it('two rows name the sheet in the message', async () => {
    const { issues } = parseRegionFile(
      await regionWorkbook([
        ['region_code', 'region_name', 'level'],
        ['149000', '青岚省', '省'],
        ['149001', '青山市', '市'],
      ]),
      'region.xlsx',
    );
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'region-row-count', file: 'region.xlsx', line: 3 }));
    expect(issues.find((i) => i.rule === 'region-row-count')!.message).toContain('region.xlsx 工作表「市（省）信息」');
  });

  it('a formula error is reported as such, at its cell', async () => {
    const { info, issues } = parseRegionFile(
      await regionWorkbook([
        ['region_code', 'region_name', 'level'],
        ['149000', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue, '省'],
      ]),
      'region.xlsx',
    );
    expect(info).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ rule: 'formula-error', file: 'region.xlsx', line: 2, column: 'region_name', columnLetter: 'B' })]);
  });

  it('a file that is not a workbook is one clear error', () => {
    const { info, issues } = parseRegionFile(utf8('region_code,region_name,level\n149000,青岚省,省\n'), 'region.xlsx');
    expect(info).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ rule: 'invalid-workbook', file: 'region.xlsx' })]);
  });
});
