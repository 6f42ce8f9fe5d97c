/**
 * Makes a zip (an .xlsx written by exceljs) byte-for-byte reproducible: exceljs's zip library
 * stamps every entry with the current time, so the same workbook gave different bytes on each
 * run. This re-packs the same entries, in the same order, with one fixed time.
 */
import { unzipSync, zipSync } from 'fflate';

// Zip entry times are local DOS times: a Date built from local fields gives the same bytes in
// every time zone.
const FIXED_ENTRY_TIME = new Date(2026, 0, 1);

/** The same zip entries, each dated FIXED_ENTRY_TIME. */
export function stableZip(bytes: Uint8Array): Uint8Array {
  return zipSync(unzipSync(bytes), { level: 6, mtime: FIXED_ENTRY_TIME });
}
