/**
 * A file size for people: B, KB (1 decimal under 10), MB (1 decimal).
 * @example formatFileSize(1536) // '1.5 KB'
 * @example formatFileSize(2_400_000) // '2.3 MB'
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '大小未知';
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
