import { CATEGORY_SLUGS, NOTICE_CATEGORIES, type NoticeCategory } from './categories';
import { compareNotices } from './compare-notices';
import type { Notice } from './types';

export const NOTICE_PAGE_SIZE = 20;

/**
 * Path (below the site base, no leading slash) of a list page.
 * @example noticeListPath(null, 1) // 'notices/'
 * @example noticeListPath('工作动态', 2) // 'notices/category/gzdt/page/2/'
 */
export function noticeListPath(category: NoticeCategory | null, page: number): string {
  const root = category ? `notices/category/${CATEGORY_SLUGS[category]}/` : 'notices/';
  return page <= 1 ? root : `${root}page/${page}/`;
}

/** Path of a notice page, below the site base. */
export function noticePath(slug: string): string {
  return `notices/${slug}/`;
}

export interface NoticeListPage {
  category: NoticeCategory | null;
  page: number;
  totalPages: number;
  totalItems: number;
  path: string;
  items: Notice[];
  prevPath: string | null;
  nextPath: string | null;
  pageLinks: { page: number; path: string; current: boolean }[];
}

/**
 * Splits the notices of one category (or all, when `category` is null) into pages, newest
 * first. Always returns at least one page, so every list URL exists even when empty.
 */
export function buildNoticeListPages(notices: readonly Notice[], category: NoticeCategory | null, pageSize = NOTICE_PAGE_SIZE): NoticeListPage[] {
  const items = notices.filter((n) => category === null || n.category === category).sort(compareNotices);
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const links = Array.from({ length: totalPages }, (_, i) => ({ page: i + 1, path: noticeListPath(category, i + 1) }));
  return links.map(({ page, path }) => ({
    category,
    page,
    totalPages,
    totalItems: items.length,
    path,
    items: items.slice((page - 1) * pageSize, page * pageSize),
    prevPath: page > 1 ? noticeListPath(category, page - 1) : null,
    nextPath: page < totalPages ? noticeListPath(category, page + 1) : null,
    pageLinks: links.map((l) => ({ ...l, current: l.page === page })),
  }));
}

export interface CategoryFilterItem {
  label: string;
  path: string;
  count: number;
  current: boolean;
}

/** The category filter: 全部 plus the five categories, each with its count (plain links, no JS). */
export function buildCategoryFilter(notices: readonly Notice[], current: NoticeCategory | null): CategoryFilterItem[] {
  return [
    { label: '全部', path: noticeListPath(null, 1), count: notices.length, current: current === null },
    ...NOTICE_CATEGORIES.map((c) => ({
      label: c,
      path: noticeListPath(c, 1),
      count: notices.filter((n) => n.category === c).length,
      current: current === c,
    })),
  ];
}
