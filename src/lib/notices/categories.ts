/**
 * The five notice categories (分类) and their URL slugs. Slugs are the customary pinyin
 * initials used by Chinese government sites (通知公告 → tzgg), so category pages live at
 * `/notices/category/<slug>/`.
 */
export const NOTICE_CATEGORIES = ['通知公告', '工作动态', '政策文件', '公示公告', '督导报告'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const CATEGORY_SLUGS: Record<NoticeCategory, string> = {
  通知公告: 'tzgg',
  工作动态: 'gzdt',
  政策文件: 'zcwj',
  公示公告: 'gsgg',
  督导报告: 'ddbg',
};

/** True when `value` is one of the five categories, written exactly. */
export function isNoticeCategory(value: string): value is NoticeCategory {
  return (NOTICE_CATEGORIES as readonly string[]).includes(value);
}

/** The category whose slug is `slug`, or null. */
export function categoryFromSlug(slug: string): NoticeCategory | null {
  return NOTICE_CATEGORIES.find((c) => CATEGORY_SLUGS[c] === slug) ?? null;
}
