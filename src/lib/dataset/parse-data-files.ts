import { parseXlsx } from '../xlsx/parse-xlsx';
import { locateSheetIssues, type SheetTable } from './locate-sheet-issues';
import { parseDataset } from './parse-dataset';
import { SCHEMAS } from './schema';
import { sheetToCsv } from './sheet-to-csv';
import { sortIssues } from './sort-issues';
import { DATA_FILES, DEMO_MARKER_FILE, type DataFileName, type DataIssue, type ReadResult } from './types';
import { isWorkbookName, tableOfSheetName, tableOfWorkbookName } from './workbook-table-names';
import { duplicateTableIssue, formulaErrorIssue, invalidWorkbookIssue, unsupportedWorkbookIssue, workbookOpenIssue, workbookWithoutTablesIssue } from './workbook-issues';

/** Spreadsheet formats the reader does not take (reported by name). */
const UNSUPPORTED = /\.(xls|xlsm|xlsb|ods|numbers|et)$/i;

/**
 * Whether the reader needs a file's bytes (the data CSVs and the workbooks); for every other
 * file the name is enough. Callers (the folder reader, the 数据自查 page) read only these.
 */
export function isReadFile(name: string): boolean {
  return (DATA_FILES as readonly string[]).includes(name) || isWorkbookName(name);
}

/** One way a table was given: a CSV file, or a sheet of a workbook. */
type Candidate = { kind: 'csv' } | { kind: 'sheet'; table: SheetTable; dataRows: number };

/** Where a candidate is, in words: `schools.csv` or `数据填报.xlsx 工作表「学校名录」`. */
function placeOf(table: DataFileName, c: Candidate): string {
  return c.kind === 'csv' ? table : c.table.place;
}

/**
 * Validates a data folder given as its files (name → bytes; bytes may be null for files
 * `isReadFile` says are not needed): the CSV files of data format v1.1, and tables given as
 * .xlsx workbooks — `<table>.xlsx` (its first sheet) or any other workbook whose sheets are
 * named by table key or title. A sheet is turned into CSV text and read by the very same
 * rules (`parseDataset`), so a table gives identical results either way; problems in a sheet
 * then name the workbook, the sheet, the Excel row and the column letter. Pure: the folder
 * reader (`read-dataset.ts`) and the browser page share it.
 */
export function parseDataFiles(files: ReadonlyMap<string, Uint8Array | null>, opts: { dir: string }): ReadResult {
  const names = [...files.keys()].sort();
  const early: DataIssue[] = [];
  const candidates = new Map<DataFileName, Candidate[]>(DATA_FILES.map((f) => [f, []]));
  // A 0-byte CSV does not give its table (data format v1.1: it counts as absent).
  for (const name of DATA_FILES) if ((files.get(name)?.length ?? 0) > 0) candidates.get(name)?.push({ kind: 'csv' });

  for (const name of names) {
    if (name.startsWith('~$')) {
      if (/\.xls[xm]?$/i.test(name)) early.push(workbookOpenIssue(name));
      continue;
    }
    if (UNSUPPORTED.test(name)) {
      const base = name.slice(0, name.lastIndexOf('.'));
      early.push(unsupportedWorkbookIssue(name, tableOfSheetName(base)));
      continue;
    }
    const bytes = files.get(name);
    if (!isWorkbookName(name) || !bytes) continue;
    const single = tableOfWorkbookName(name);
    const book = parseXlsx(bytes, { wantSheet: (sheet, i) => (single ? i === 0 : tableOfSheetName(sheet) !== null) });
    if (!book.ok) {
      early.push(invalidWorkbookIssue(name, book));
      continue;
    }
    const found = book.sheets.flatMap((s, i) => {
      const table = single ? (i === 0 ? single : null) : tableOfSheetName(s.name);
      return table && s.rows ? [{ table, sheet: s.name, rows: s.rows }] : [];
    });
    if (!single && found.length === 0)
      early.push(
        workbookWithoutTablesIssue(
          name,
          book.sheets.map((s) => s.name),
        ),
      );
    for (const f of found) {
      const csv = sheetToCsv(f.rows);
      const place = `${name} 工作表「${f.sheet}」`;
      candidates.get(f.table)?.push({ kind: 'sheet', dataRows: csv.dataRows, table: { table: f.table, workbook: name, sheet: f.sheet, place, csv } });
    }
  }

  // Choose each table's source. A sheet with no data rows (the template's optional sheets
  // left blank) does not count as giving the table, unless nothing else gives a required one.
  const csvFiles = new Map<DataFileName, Uint8Array>();
  const sheets = new Map<DataFileName, SheetTable>();
  const late: DataIssue[] = [];
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  for (const table of DATA_FILES) {
    const all = candidates.get(table) ?? [];
    const given = all.filter((c) => c.kind === 'csv' || c.dataRows > 0);
    if (given.length > 1)
      late.push(
        duplicateTableIssue(
          table,
          given.map((c) => placeOf(table, c)),
        ),
      );
    const chosen = given[0] ?? (SCHEMAS[table].required ? all[0] : undefined);
    const empty = files.get(table);
    if (!chosen || (empty && empty.length === 0 && chosen.kind === 'sheet' && chosen.dataRows === 0)) {
      // Nothing gives the table: a 0-byte CSV goes to the CSV rules (absent or empty file).
      if (empty) csvFiles.set(table, empty);
      continue;
    }
    if (chosen.kind === 'csv') {
      const bytes = files.get(table);
      if (bytes) csvFiles.set(table, bytes);
      continue;
    }
    sheets.set(table, chosen.table);
    const text = new TextEncoder().encode(chosen.table.csv.text);
    const withBom = new Uint8Array(bom.length + text.length);
    withBom.set(bom);
    withBom.set(text, bom.length);
    csvFiles.set(table, withBom);
    for (const f of chosen.table.csv.formulaCells) {
      const header = chosen.table.csv.header[f.col - 1] ?? '';
      if (isIgnoredHeader(table, header)) continue;
      late.push(formulaErrorIssue(table, f.row, header === '' ? null : header, f.value));
    }
  }

  const otherFiles = names.filter((n) => n.toLowerCase().endsWith('.csv') && !(DATA_FILES as readonly string[]).includes(n));
  const base = parseDataset(csvFiles, { dir: opts.dir, demo: names.includes(DEMO_MARKER_FILE), otherFiles });
  // A formula error replaces whatever the blank it left behind caused in that cell.
  const covered = new Set(late.filter((i) => i.rule === 'formula-error').map((i) => `${i.file}|${i.line}|${i.column ?? ''}`));
  const kept = base.issues.filter((i) => !covered.has(`${i.file}|${i.line}|${i.column ?? ''}`));
  const issues = locateSheetIssues(sortIssues([...early, ...kept, ...late]), sheets);
  const hasError = issues.some((i) => i.severity === 'error');
  const dataset = hasError ? null : base.dataset;
  if (dataset) {
    for (const [table, s] of sheets) dataset.files[table] = { ...dataset.files[table], encoding: null, sheet: { workbook: s.workbook, sheet: s.sheet } };
  }
  return { dataset, issues };
}

/** Columns the format ignores (备注/note where it is not a real column, `#…`). */
function isIgnoredHeader(table: DataFileName, header: string): boolean {
  const h = header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return h.startsWith('#') || (SCHEMAS[table].ignoreNote && (h === '备注' || h === 'note'));
}
