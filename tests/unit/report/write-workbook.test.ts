/**
 * The report workbooks (一校一策, 自评报告 .xlsx) as a reader sees them: read back with exceljs
 * (what Excel-compatible tools parse) and with the project's own xlsx reader.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { columnName, safeSheetName, writeWorkbook } from '../../../src/lib/report/write-workbook';
import { parseXlsx } from '../../../src/lib/xlsx/parse-xlsx';
import type { ReportTable } from '../../../src/lib/report/report-table';

const grouped: ReportTable = {
  key: 'a',
  title: '附表1　学校资源配置 & <达标> 情况',
  sheet: '附表1 资源配置',
  columns: [{ label: '学校' }, { label: '实际值', group: 'R1', numeric: true }, { label: '是否达标', group: 'R1' }, { label: '备注' }],
  rows: [
    [{ text: '甲小学' }, { text: '4.50', num: 4.5 }, { text: '是', num: 1 }, { text: '' }],
    [{ text: '乙小学"一"' }, { text: '3.10', num: 3.1 }, { text: '否', num: 0, unmet: true }, { text: '含教学点\n（2个）' }],
  ],
  notes: ['达标记为 1。', '第二条'],
};
const flat: ReportTable = {
  key: 'b',
  title: '表2　其他',
  sheet: '附表1 资源配置',
  columns: [{ label: '指标' }, { label: '说明' }],
  rows: [[{ text: 'G9' }, { text: 'x'.repeat(100) }]],
  notes: [],
};
const opts = { title: '某县2024年一校一策', date: new Date(Date.UTC(2024, 11, 31)), creator: '某县教育局' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('writeWorkbook', () => {
  it('writes one sheet per table with unique names, caption, merged two-row header, numbers and shaded unmet cells', async () => {
    const wb = await load(await writeWorkbook([grouped, flat], opts));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['附表1 资源配置', '附表1 资源配置-2']);
    expect(wb.creator).toBe('某县教育局');
    expect(wb.title).toBe('某县2024年一校一策');
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('附表1　学校资源配置 & <达标> 情况');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(12);
    // Header: 学校 spans two rows, R1 spans two columns above 实际值 · 是否达标.
    expect(ws.getCell('A2').value).toBe('学校');
    expect(ws.getCell('A3').isMerged).toBe(true);
    expect(ws.getCell('B2').value).toBe('R1');
    expect(ws.getCell('C2').isMerged).toBe(true);
    expect(ws.getCell('B3').value).toBe('实际值');
    expect(ws.getCell('C3').value).toBe('是否达标');
    expect(ws.getCell('D2').value).toBe('备注');
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(ws.getCell('B3').border?.top?.style).toBe('thin');
    // Body from row 4.
    expect(ws.getCell('A4').value).toBe('甲小学');
    expect(ws.getCell('B4').value).toBe(4.5);
    expect(ws.getCell('C5').value).toBe(0);
    expect(ws.getCell('C5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('C4').fill?.type === 'pattern' && (ws.getCell('C4').fill as ExcelJS.FillPattern).fgColor?.argb).not.toBe('FFFFC7CE');
    expect(ws.getCell('A5').value).toBe('乙小学"一"');
    expect(ws.getCell('D5').value).toBe('含教学点\n（2个）');
    expect(ws.getCell('D5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('D4').value).toBe(null);
    expect(ws.getCell('D4').border?.left?.style).toBe('thin');
    // Notes after one blank row.
    expect(ws.getCell('A7').value).toBe('注：达标记为 1。');
    expect(ws.getCell('A8').value).toBe('注：第二条');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.getColumn(1).width).toBe(Math.ceil('乙小学"一"'.length * 1.8));
    expect(wb.worksheets[1]!.getColumn(2).width).toBe(60);
    expect(wb.worksheets[1]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('is read by the project’s own xlsx reader with the same cells', async () => {
    const r = parseXlsx(await writeWorkbook([grouped], opts));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = r.sheets[0]!.rows!;
    expect(rows[0]![0]).toMatchObject({ kind: 'text', value: grouped.title });
    expect(rows[3]![1]).toMatchObject({ kind: 'number', value: 4.5 });
    expect(rows[4]![3]).toMatchObject({ kind: 'text', value: '含教学点\n（2个）' });
  });

  it('gives the same bytes for the same tables (rebuilds publish identical downloads)', async () => {
    const a = await writeWorkbook([grouped, flat], opts);
    const b = await writeWorkbook([grouped, flat], opts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('names columns and sheets as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    const taken = new Set<string>();
    expect(safeSheetName('a/b:c?', taken)).toBe('abc');
    expect(safeSheetName('a/b:c?', taken)).toBe('abc-2');
    expect(safeSheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});
