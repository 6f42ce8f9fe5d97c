/**
 * The static paths of the county's parameterised pages, one helper per route, so each page's
 * `getStaticPaths` returns one call (and region mode can wrap that call). Pure: the pages pass
 * in what the boundary read.
 */
import type { Dataset } from '../dataset/types';
import { INDICATOR_IDS, type AllYearsResult, type IndicatorId } from '../engine/types';
import { buildNoticeListPages, type NoticeListPage } from '../notices/build-notice-list-pages';
import { CATEGORY_SLUGS, NOTICE_CATEGORIES } from '../notices/categories';
import type { Notice } from '../notices/types';

/** Props of a notice list page (all notices: the list page builds its category filter from them). */
export interface NoticeListProps {
  page: NoticeListPage;
  all: Notice[];
}

/** /indicators/<id>/: one page per indicator. */
export function indicatorPaths(): { params: { id: IndicatorId } }[] {
  return INDICATOR_IDS.map((id) => ({ params: { id } }));
}

/** /schools/<id>/ and /cards/<id>/: one page per school of the dataset. */
export function schoolPaths(ds: Pick<Dataset, 'schools'>): { params: { id: string } }[] {
  return ds.schools.map((s) => ({ params: { id: s.school_id } }));
}

/** /plans/<year>/: every computed year except the report year (whose plans are at /plans/). */
export function planYearPaths(all: AllYearsResult): { params: { year: string } }[] {
  return all.years.filter((y) => y.year !== all.reportYear).map((y) => ({ params: { year: String(y.year) } }));
}

/** /notices/<slug>/: one page per notice. */
export function noticePaths(all: Notice[]): { params: { slug: string }; props: { notice: Notice; all: Notice[] } }[] {
  return all.map((notice) => ({ params: { slug: notice.slug }, props: { notice, all } }));
}

/** /notices/page/<n>/: the list of all notices from its second page on (page 1 is /notices/). */
export function noticeListPagePaths(all: Notice[]): { params: { page: string }; props: NoticeListProps }[] {
  return laterPages(all, null).map((page) => ({ params: { page: String(page.page) }, props: { page, all } }));
}

/** /notices/category/<slug>/: the first list page of each category (even when empty). */
export function noticeCategoryPaths(all: Notice[]): { params: { category: string }; props: NoticeListProps }[] {
  return NOTICE_CATEGORIES.map((c) => ({ params: { category: CATEGORY_SLUGS[c] }, props: { page: buildNoticeListPages(all, c)[0]!, all } }));
}

/** /notices/category/<slug>/page/<n>/: each category's list from its second page on. */
export function noticeCategoryPagePaths(all: Notice[]): { params: { category: string; page: string }; props: NoticeListProps }[] {
  return NOTICE_CATEGORIES.flatMap((c) => laterPages(all, c).map((page) => ({ params: { category: CATEGORY_SLUGS[c], page: String(page.page) }, props: { page, all } })));
}

function laterPages(all: Notice[], category: (typeof NOTICE_CATEGORIES)[number] | null): NoticeListPage[] {
  return buildNoticeListPages(all, category).filter((p) => p.page > 1);
}
