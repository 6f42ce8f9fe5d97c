import type { XlsxCell } from '../xlsx/types';
import { formatSheetCell } from './format-sheet-cell';

/** A cell whose formula gave no value: an Excel error value, or no saved result (`null`). */
export interface FormulaCell {
  /** Excel row (1-based). */
  row: number;
  /** Excel column (1-based). */
  col: number;
  /** The error value (`#DIV/0!`), or null for a formula without a saved result. */
  value: string | null;
}

export interface SheetCsv {
  /** The sheet as RFC 4180 CSV text, one record per Excel row (so CSV line = Excel row). */
  text: string;
  /** Row 1 as text (trimmed), by column: to find a column's letter from its header. */
  header: string[];
  /** Rows below the header that hold any value. */
  dataRows: number;
  formulaCells: FormulaCell[];
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Turns a sheet's cells into the CSV text the CSV reader takes, so that every rule of the
 * data format applies to a sheet unchanged: each row padded to the sheet's width (a value
 * right of the last header is an unnamed column, as in CSV), empty rows kept as empty lines
 * (the reader skips them, and line numbers stay Excel's row numbers).
 * @example sheetToCsv([[{ kind: 'text', value: '年份' }], [{ kind: 'number', value: 2024 }]]).text // '年份\n2024'
 */
export function sheetToCsv(rows: readonly (readonly (XlsxCell | undefined)[])[]): SheetCsv {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const lines: string[] = [];
  const formulaCells: FormulaCell[] = [];
  let dataRows = 0;
  rows.forEach((row, r) => {
    if (row.length === 0) {
      lines.push('');
      return;
    }
    const cells: string[] = [];
    let any = false;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell && (cell.kind === 'error' || cell.kind === 'uncached')) {
        formulaCells.push({ row: r + 1, col: c + 1, value: cell.kind === 'error' ? cell.value : null });
        any = true;
      }
      const text = formatSheetCell(cell);
      if (text.trim() !== '') any = true;
      cells.push(quote(text));
    }
    if (r > 0 && any) dataRows++;
    lines.push(any ? cells.join(',') : '');
  });
  const header = Array.from({ length: width }, (_, c) => formatSheetCell(rows[0]?.[c]).trim());
  return { text: lines.join('\n'), header, dataRows, formulaCells };
}
