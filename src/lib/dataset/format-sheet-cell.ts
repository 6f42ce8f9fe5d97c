import type { XlsxCell } from '../xlsx/types';

/**
 * A number as the CSV text Excel would show for it: rounded to 15 significant digits (Excel's
 * precision, so `=0.1+0.2` reads 0.3, not 0.30000000000000004), then the shortest plain
 * decimal, never an exponent. An integer of 16 or more digits has already lost its last digits
 * in Excel: it is written in Excel's scientific notation (`1.41033E+17`), which the id rules
 * report ("format the column as text") and the number rules reject.
 * @example formatExcelNumber(0.30000000000000004) // '0.3'
 * @example formatExcelNumber(1.5e-7) // '0.00000015'
 * @example formatExcelNumber(3143070001) // '3143070001'
 */
export function formatExcelNumber(x: number): string {
  if (x === 0) return '0';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  if (Number.isInteger(x)) return x.toExponential().toUpperCase();
  const [mantissa = '0', exp = '0'] = x.toExponential(14).split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '') || '0';
  const e = Number(exp);
  if (e >= 0) {
    if (digits.length <= e + 1) return sign + digits + '0'.repeat(e + 1 - digits.length);
    return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  }
  return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
}

/**
 * The text of a workbook cell as the CSV reader would see it: numbers as above, booleans
 * `TRUE`/`FALSE` (as Excel writes them to CSV), dates `YYYY-MM-DD`, text as it is. Error values
 * and formulas without a saved result are blank here (they are reported on their own).
 * @example formatSheetCell({ kind: 'date', value: '2024-02-29' }) // '2024-02-29'
 */
export function formatSheetCell(cell: XlsxCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'number':
      return formatExcelNumber(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'text':
    case 'date':
      return cell.value;
    case 'error':
    case 'uncached':
      return '';
  }
}
