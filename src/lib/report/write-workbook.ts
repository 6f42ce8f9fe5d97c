/**
 * Writes report tables as an Excel workbook (.xlsx), one sheet per table, in the customary
 * 申报表 form: the caption on the first row, the header (two rows when columns are grouped,
 * merged like the printed table), one row per school part, numbers as numbers (达标 = 1),
 * unmet cells shaded, the notes below. Runs at build time only (exceljs never reaches a page
 * bundle: it is imported by the .xlsx endpoints alone). Deterministic: fixed document dates
 * and zip timestamps.
 */
import ExcelJS from 'exceljs';
import type { ReportTable } from './report-table';
import { buildHeaderRows } from './report-table';
import { normalizeZipTimestamps } from './normalize-zip-timestamps';

const UNMET_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** A sheet name Excel accepts: ≤ 31 characters, none of : \ / ? * [ ], unique in the book. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '表';
  let n = base;
  for (let k = 2; taken.has(n); k++) n = `${base.slice(0, 31 - String(k).length - 1)}-${k}`;
  taken.add(n);
  return n;
}

/**
 * The workbook of `tables` as .xlsx bytes. `date` stamps the document (use a date derived from
 * the data, e.g. the report year's end, so rebuilds are identical).
 */
export async function writeWorkbook(tables: readonly ReportTable[], opts: { title: string; date: Date; creator: string }): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator;
  wb.title = opts.title;
  wb.created = opts.date;
  wb.modified = opts.date;
  const taken = new Set<string>();
  for (const t of tables) {
    const ws = wb.addWorksheet(safeSheetName(t.sheet, taken));
    const width = t.columns.length;
    ws.addRow([t.title]);
    ws.mergeCells(1, 1, 1, Math.max(1, width));
    ws.getCell(1, 1).font = { bold: true, size: 12 };
    const header = buildHeaderRows(t.columns);
    const top = 2;
    header.forEach((row, r) => {
      let col = 1;
      for (const h of row) {
        while (ws.getCell(top + r, col).isMerged && r > 0) col++;
        const c = ws.getCell(top + r, col);
        c.value = h.label;
        c.font = { bold: true };
        c.fill = HEAD_FILL;
        c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        if (h.colspan > 1 || h.rowspan > 1) ws.mergeCells(top + r, col, top + r + h.rowspan - 1, col + h.colspan - 1);
        col += h.colspan;
      }
    });
    const first = top + header.length;
    t.rows.forEach((row, r) => {
      row.forEach((cellModel, k) => {
        const c = ws.getCell(first + r, k + 1);
        c.value = cellModel.num !== undefined && cellModel.num !== null ? cellModel.num : cellModel.text;
        c.alignment = { wrapText: true, vertical: 'top' };
        if (cellModel.unmet) c.fill = UNMET_FILL;
      });
    });
    for (let r = top; r < first + t.rows.length; r++) for (let k = 1; k <= width; k++) ws.getCell(r, k).border = THIN;
    let noteRow = first + t.rows.length + 1;
    for (const n of t.notes) ws.getCell(noteRow++, 1).value = `注：${n}`;
    t.columns.forEach((c, k) => {
      const longest = Math.max(c.label.length, ...t.rows.map((row) => row[k]?.text.length ?? 0));
      ws.getColumn(k + 1).width = Math.min(60, Math.max(8, Math.ceil(longest * 1.8)));
    });
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: first - 1 }];
  }
  const buf = await wb.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buf as ArrayBuffer), opts.date);
}
