/**
 * Test helper: a data folder's CSV tables as Excel sheets, the way a county would have them
 * after typing the same data into Excel — numbers as number cells, 是/否 as TRUE/FALSE,
 * dates as date cells, ids and text as text. Built with exceljs (a devDependency).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { decodeText } from '../../src/lib/dataset/decode-text';
import { columnNames } from '../../src/lib/dataset/match-headers';
import { normalizeHeader, trimCell } from '../../src/lib/dataset/normalize-text';
import { parseCell } from '../../src/lib/dataset/parse-cell';
import type { ColumnDef, FileSchema } from '../../src/lib/dataset/schema';

/** A CSV file's records (header = records[0]), decoded as the reader decodes it. */
export function readCsvRecords(dir: string, file: string): string[][] {
  const decoded = decodeText(new Uint8Array(readFileSync(join(dir, file))));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  return parse(decoded.text, { bom: true, relax_column_count: true, relax_quotes: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
}

/** The schema column a header names, if any. */
export function columnOfHeader(schema: FileSchema, header: string): ColumnDef | undefined {
  const norm = normalizeHeader(header);
  return schema.columns.find((c) => columnNames(c).includes(norm));
}

const NUMERIC = new Set(['count', 'area', 'money', 'number', 'rate', 'percent', 'year', 'grade']);

/** The Excel value a county would have typed for one CSV cell of a column. */
export function typedCell(column: ColumnDef | undefined, raw: string): ExcelJS.CellValue {
  const cell = trimCell(raw);
  if (cell === '' || !column) return cell === '' ? null : raw;
  const parsed = parseCell(column.type, cell);
  if (!parsed.ok) return raw;
  if (NUMERIC.has(column.type.kind) && typeof parsed.value === 'number') return parsed.value;
  if (column.type.kind === 'boolean' && typeof parsed.value === 'boolean') return parsed.value;
  if (column.type.kind === 'date' && typeof parsed.value === 'string') {
    const [y, m, d] = parsed.value.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return raw;
}

/**
 * Writes CSV records into a worksheet at the same rows (CSV line n → Excel row n), typed
 * per column; `columns` maps each CSV column index to its sheet column (1-based), or
 * undefined to keep the CSV's own order.
 */
export function writeRecords(ws: ExcelJS.Worksheet, schema: FileSchema, records: readonly string[][], columns?: ReadonlyMap<number, number>): void {
  const header = records[0] ?? [];
  const defs = header.map((h) => columnOfHeader(schema, h));
  records.forEach((record, r) => {
    record.forEach((raw, c) => {
      const target = columns ? columns.get(c) : c + 1;
      if (target === undefined) return;
      const value = r === 0 ? (columns ? undefined : raw) : typedCell(defs[c], raw);
      if (value === undefined || value === null || value === '') return;
      const cell = ws.getCell(r + 1, target);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
}
