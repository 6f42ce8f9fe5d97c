import { normalizeHeader } from './normalize-text';
import { SCHEMAS } from './schema';
import { DATA_FILES, type DataFileName } from './types';

/** A table's key: its file name without `.csv` (`schools`, `county-stats`). */
export function tableKey(file: DataFileName): string {
  return file.slice(0, -'.csv'.length);
}

/**
 * The table a sheet is named after: its key (`schools`, any letter case) or its title
 * (`学校名录`, ignoring spaces and the width of parentheses); null for any other sheet.
 * @example tableOfSheetName(' 学段数据 ') // 'sections.csv'
 */
export function tableOfSheetName(name: string): DataFileName | null {
  const norm = normalizeHeader(name).replace(/\.csv$/, '');
  return DATA_FILES.find((f) => tableKey(f) === norm || normalizeHeader(SCHEMAS[f].title) === norm) ?? null;
}

/**
 * The table a workbook stands in for when it is named like the CSV file (`schools.xlsx`);
 * null for a workbook of several tables (any other name).
 * @example tableOfWorkbookName('schools.xlsx') // 'schools.csv'
 */
export function tableOfWorkbookName(name: string): DataFileName | null {
  const m = /^(.*)\.xlsx$/i.exec(name);
  return (m && DATA_FILES.find((f) => tableKey(f) === m[1])) ?? null;
}

/** Whether a file name is an .xlsx workbook the reader reads (Excel's `~$` lock files are not). */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}
