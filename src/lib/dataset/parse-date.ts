import { fail, ok, type CellResult } from './cell-result';

const PATTERNS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

/** True when y-m-d is a real calendar date (Gregorian, leap years included). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/**
 * Whether a cell is written in one of the three date forms (whether or not the date exists).
 * @example isDateForm('2024-02-30') // true
 * @example isDateForm('2025年6月底') // false
 */
export function isDateForm(cell: string): boolean {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  return PATTERNS.some((re) => re.test(s));
}

/**
 * Parses `YYYY-MM-DD`, `YYYY/M/D` or `YYYY年M月D日` (full-width digits allowed) into an ISO
 * date string, checking the date exists. Never uses `new Date(string)` (local-time pitfalls).
 * @example parseDate('2024年2月29日') // { ok: true, value: '2024-02-29' }
 */
export function parseDate(cell: string): CellResult<string> {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDate(y, mo, d)) {
      return fail('invalid-date', `日期 "${cell}" 不存在。`, '请核对年、月、日，例如 2024-02-29 只在闰年存在。');
    }
    return ok(`${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return fail('invalid-date', `值 "${cell}" 不是日期。`, '日期请写成 2024-09-01、2024/9/1 或 2024年9月1日。');
}
