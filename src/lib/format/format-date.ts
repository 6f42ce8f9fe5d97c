/**
 * An ISO date (YYYY-MM-DD) in Chinese: "2024-06-30" → "2024年6月30日". Anything else is
 * returned unchanged (the cell as written).
 */
export function formatDateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
