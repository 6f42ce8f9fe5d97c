import type { Notice } from './types';

/** Newest first: by 发布日期, then 索引号, then slug (a total, stable order). */
export function compareNotices(a: Notice, b: Notice): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.index_no !== b.index_no) return a.index_no < b.index_no ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
