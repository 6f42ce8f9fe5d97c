/**
 * Minimal CSV writer for the demo generator: RFC 4180 quoting, LF line ends (so git diffs
 * read well; the reader accepts CRLF too), optional UTF-8 BOM.
 */
import { writeFileSync } from 'node:fs';

export type Cell = string | number | null;

function formatCell(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes `rows` under `header` to `path`; `bom` prefixes U+FEFF as Excel does for "CSV UTF-8". */
export function writeCsv(path: string, header: readonly string[], rows: readonly Cell[][], bom = false): void {
  const lines = [header, ...rows].map((row) => row.map(formatCell).join(','));
  writeFileSync(path, (bom ? '\uFEFF' : '') + lines.join('\n') + '\n', 'utf8');
}
