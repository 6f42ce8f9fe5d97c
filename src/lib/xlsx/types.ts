/**
 * What the .xlsx reader hands on: every cell that holds something, typed as Excel stores it.
 * No rule of the data format is applied here (that is `src/lib/dataset`'s job).
 */

/** One non-empty cell. A formula cell is its cached value (or `error` / `uncached`). */
export type XlsxCell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** A number cell with a date format, as an ISO date `YYYY-MM-DD` (time of day dropped). */
  | { kind: 'date'; value: string }
  /** An Excel error value such as `#DIV/0!` or `#N/A` (a formula that failed). */
  | { kind: 'error'; value: string }
  /** A formula whose result was never saved (files written by programs, not by Excel). */
  | { kind: 'uncached' };

export interface XlsxSheet {
  /** Sheet name as shown on its tab. */
  name: string;
  /**
   * Rows by Excel row number − 1, each a sparse array by column number − 1 (holes are empty
   * cells); trailing empty rows are not included. Null when the sheet was not asked for.
   */
  rows: (XlsxCell | undefined)[][] | null;
}

export type XlsxResult =
  | { ok: true; sheets: XlsxSheet[] }
  /**
   * `cfb`: an OLE compound file — an old .xls workbook, or an .xlsx protected by a password;
   * `not-zip`: not a workbook at all (e.g. a CSV or web page renamed .xlsx);
   * `damaged`: a zip that does not hold a readable workbook.
   */
  | { ok: false; reason: 'cfb' | 'not-zip' | 'damaged'; detail: string };
