/** Public surface of the notices library (pure: no astro, no node:fs except read-notice-sources). */
export { NOTICE_CATEGORIES, CATEGORY_SLUGS, categoryFromSlug, isNoticeCategory, type NoticeCategory } from './categories';
export { validateNotices } from './validate-notices';
export { formatNoticeReport } from './format-notice-report';
export { latestNotices, relatedNotices } from './related-notices';
export { buildNoticeListPages, buildCategoryFilter, noticeListPath, noticePath, NOTICE_PAGE_SIZE } from './build-notice-list-pages';
export { buildNoticePage } from './build-notice-page';
export { buildFeedItems } from './build-feed-items';
export { generateIndexNumber } from './index-number';
export type { Notice, NoticeAttachment, NoticeIssue, NoticeSource } from './types';
