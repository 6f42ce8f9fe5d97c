/**
 * 索引号 (government-information index number): `<county code>-<year>-<serial>`, e.g.
 * `141033-2022-24931`. The serial is five digits: the day of the year of the 发布日期 (001–366)
 * followed by two digits derived from the notice's slug (FNV-1a hash mod 100). It depends only
 * on the file name and the date — never on build time or file order — so it never changes
 * when other notices are added. Two notices published on the same day can collide (1 in 100);
 * validation reports that, and the fix is to write `index_no` into one of the files.
 */
export const INDEX_NO_PATTERN = /^\d{6}-\d{4}-\d{5}$/;

/** 32-bit FNV-1a hash of the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Day of the year (1–366) of an ISO date. */
export function dayOfYear(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

/**
 * The generated index number of a notice.
 * @example generateIndexNumber('141033', '2022-09-06', '2022-09-06-shishi-fangan') // '141033-2022-249xx'
 */
export function generateIndexNumber(countyCode: string, isoDate: string, slug: string): string {
  const year = isoDate.slice(0, 4);
  const serial = String(dayOfYear(isoDate)).padStart(3, '0') + String(fnv1a(slug) % 100).padStart(2, '0');
  return `${countyCode}-${year}-${serial}`;
}
