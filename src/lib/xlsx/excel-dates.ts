/**
 * Excel date cells: a number (days since the epoch) whose number format is a date format.
 */

/**
 * Built-in number formats that show a date or time: 14–22 and 45–47 everywhere, 27–36 and
 * 50–58 in East Asian locales (e.g. 31 = `yyyy"年"m"月"d"日"` in a Chinese Excel).
 */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a custom format code shows a date or time: after removing quoted text, escaped
 * characters, `[...]` sections (colours, locales) and `General`, it has a y, m, d, h or s.
 * @example isDateFormatCode('yyyy"年"m"月"d"日"') // true
 * @example isDateFormatCode('#,##0.00"元"') // false
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '');
  return /[ymdhs]/i.test(bare);
}

/** Whether a number format (built-in id, or custom code when given) is a date format. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
}

const DAY = 86_400_000;

/**
 * An Excel serial date as `YYYY-MM-DD` (time of day dropped). In the 1900 date system, day 60
 * is Excel's fictitious 1900-02-29 (kept, so the date check reports it); the 1904 system
 * counts from 1904-01-01. Null for a negative or non-finite serial.
 * @example excelSerialToIsoDate(45351, false) // '2024-02-29'
 */
export function excelSerialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const days = Math.floor(serial);
  let base: number;
  if (date1904) base = Date.UTC(1904, 0, 1);
  else if (days >= 61) base = Date.UTC(1899, 11, 30);
  else if (days === 60) return '1900-02-29';
  else base = Date.UTC(1899, 11, 31);
  const d = new Date(base + days * DAY);
  const y = d.getUTCFullYear();
  if (y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
