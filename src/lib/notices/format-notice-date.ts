/**
 * An ISO date in the customary Chinese form.
 * @example formatNoticeDate('2022-09-06') // '2022年9月6日'
 */
export function formatNoticeDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
