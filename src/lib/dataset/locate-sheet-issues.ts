import { columnLetter } from '../xlsx/parse-worksheet';
import type { SheetCsv } from './sheet-to-csv';
import type { DataFileName, DataIssue } from './types';

/** A table read from a workbook sheet. */
export interface SheetTable {
  table: DataFileName;
  workbook: string;
  sheet: string;
  /** `数据填报.xlsx 工作表「学校名录」`: how messages name it. */
  place: string;
  csv: SheetCsv;
}

/**
 * Column letter of an issue's column in a sheet: found by its header as written (first match),
 * or from "第 N 列" (an unnamed column); undefined when the column is not in the sheet.
 * @example columnLetterOf(['学校标识码', '学校名称', '学校类型'], '学校类型') // 'C'
 */
export function columnLetterOf(header: readonly string[], column: string | null): string | undefined {
  if (column === null) return undefined;
  const n = /^第 (\d+) 列$/.exec(column);
  if (n) return columnLetter(Number(n[1]));
  const i = header.indexOf(column.trim());
  return i < 0 ? undefined : columnLetter(i + 1);
}

/**
 * Points issues of tables read from sheets at the workbook: `file` becomes the workbook,
 * with the sheet and the column letter; messages that name such a table's CSV file name
 * the sheet instead. Order and everything else are kept.
 */
export function locateSheetIssues(issues: readonly DataIssue[], sheets: ReadonlyMap<DataFileName, SheetTable>): DataIssue[] {
  if (sheets.size === 0) return [...issues];
  const rename = (text: string) => {
    let out = text;
    for (const [table, s] of sheets) if (out.includes(table)) out = out.split(table).join(s.place);
    return out;
  };
  return issues.map((issue) => {
    const message = issue.rule === 'duplicate-table' ? issue.message : rename(issue.message);
    const hint = rename(issue.hint);
    const s = sheets.get(issue.file as DataFileName);
    if (!s) return message === issue.message && hint === issue.hint ? issue : { ...issue, message, hint };
    const letter = columnLetterOf(s.csv.header, issue.column);
    return { ...issue, file: s.workbook, sheet: s.sheet, ...(letter ? { columnLetter: letter } : {}), message, hint };
  });
}
