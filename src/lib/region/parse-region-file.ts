/**
 * Reads the bytes of `region.csv` or `region.xlsx` (pure: the boundary reads the file):
 * decoding and cells as every data file, then exactly one row. A workbook's first sheet is the
 * table (data format v1.1, "Workbooks": `<file>.xlsx` in place of `<file>.csv`), read by the
 * same rules through its CSV text; its problems name the workbook, the sheet, the Excel row and
 * the column letter.
 */
import { decodeText } from '../dataset/decode-text';
import { columnLetterOf } from '../dataset/locate-sheet-issues';
import { parseTable } from '../dataset/parse-table';
import { sheetToCsv } from '../dataset/sheet-to-csv';
import { formulaErrorIssue, invalidWorkbookIssue } from '../dataset/workbook-issues';
import { parseXlsx } from '../xlsx/parse-xlsx';
import { REGION_SCHEMA } from './region-schema';
import type { RegionRule } from './rules';
import { REGION_FILE, REGION_WORKBOOK, type RegionInfo, type RegionIssue, type RegionLevel } from './types';

function issue(rule: RegionRule, file: string, line: number | null, message: string, hint: string): RegionIssue {
  return { rule, severity: 'error', file, line, column: null, value: null, message, hint };
}

/** The region file's text as CSV, or the issue that stops it being read; for a workbook, the sheet's name and header row. */
function regionText(bytes: Uint8Array, file: string): { text: string; sheet?: { name: string; header: string[] }; issues: RegionIssue[] } | { issue: RegionIssue } {
  if (file !== REGION_WORKBOOK) {
    const decoded = decodeText(bytes);
    return decoded.ok ? { text: decoded.text, issues: [] } : { issue: issue('invalid-encoding', file, decoded.line, decoded.message, decoded.hint) };
  }
  const book = parseXlsx(bytes, { wantSheet: (_name, i) => i === 0 });
  if (!book.ok) return { issue: invalidWorkbookIssue(file, book) };
  const first = book.sheets[0];
  const csv = sheetToCsv(first?.rows ?? []);
  const name = first?.name ?? '';
  const issues = csv.formulaCells.map((f) => ({ ...formulaErrorIssue(file, f.row, csv.header[f.col - 1] || null, f.value), sheet: name }));
  return { text: csv.text, sheet: { name, header: csv.header }, issues };
}

/** A text cell's value, or null when blank (or in error). */
function textOf(values: Record<string, unknown>, key: string): string | null {
  const v = values[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Validates region.csv (or region.xlsx, `file`): the region's code (6 digits), name and level
 * (市 · 省), and the optional site fields; exactly one data row. `info` is null when any error
 * was found.
 * @example parseRegionFile(utf8('region_code,region_name,level\n149000,青岚省,省\n')).info?.level // '省'
 */
export function parseRegionFile(bytes: Uint8Array, file: string = REGION_FILE): { info: RegionInfo | null; issues: RegionIssue[] } {
  const read = regionText(bytes, file);
  if ('issue' in read) return { info: null, issues: [read.issue] };
  const table = parseTable(REGION_SCHEMA, read.text);
  const sheet = read.sheet;
  const where = sheet ? `${file} 工作表「${sheet.name}」` : file;
  // In a workbook, an issue names the sheet and the column letter (a formula error replaces what its blank cell caused).
  const covered = new Set(read.issues.map((i) => `${i.line}|${i.column ?? ''}`));
  const located = (i: RegionIssue): RegionIssue => {
    if (!sheet) return { ...i, file };
    const letter = columnLetterOf(sheet.header, i.column);
    return { ...i, file, sheet: sheet.name, ...(letter ? { columnLetter: letter } : {}) };
  };
  const issues: RegionIssue[] = [...read.issues.map(located), ...table.issues.filter((i) => !covered.has(`${i.line}|${i.column ?? ''}`)).map(located)];
  if (!table.broken && table.rows.length !== 1) {
    issues.push(
      located(
        issue(
          'region-row-count',
          file,
          table.rows.length === 0 ? null : (table.rows[1]?.line ?? null),
          table.rows.length === 0 ? `${where} 没有数据行。` : `${where} 有 ${table.rows.length} 行数据，只能有一行。`,
          `${where} 在表头下面恰好填写一行（本市或本省的信息）。`,
        ),
      ),
    );
  }
  const row = table.rows[0];
  if (issues.some((i) => i.severity === 'error') || !row) return { info: null, issues };
  const v = row.values;
  return {
    info: {
      region_code: String(v.region_code),
      region_name: String(v.region_name),
      level: v.level as RegionLevel,
      site_name: textOf(v, 'site_name'),
      publisher: textOf(v, 'publisher'),
      site_id_code: textOf(v, 'site_id_code'),
      icp: textOf(v, 'icp'),
      police_record: textOf(v, 'police_record'),
      contact: textOf(v, 'contact'),
    },
    issues,
  };
}
