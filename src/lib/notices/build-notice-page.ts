import { compareNotices } from './compare-notices';
import { formatFileSize } from './format-file-size';
import { formatDateZh } from '../format/format-date';
import { noticeListPath, noticePath } from './build-notice-list-pages';
import type { Notice } from './types';

export interface NoticePageModel {
  notice: Notice;
  /** 政府信息公开 metadata block, in the customary order; never empty strings or nulls. */
  meta: { label: string; value: string }[];
  attachments: { title: string; href: string; ext: string; size: string }[];
  /** 上一篇: the next newer notice. */
  newer: { title: string; path: string } | null;
  /** 下一篇: the next older notice. */
  older: { title: string; path: string } | null;
  categoryPath: string;
}

/** The view model of one notice page (metadata, attachments with sizes, previous/next). */
export function buildNoticePage(notices: readonly Notice[], notice: Notice): NoticePageModel {
  const sorted = [...notices].sort(compareNotices);
  const i = sorted.findIndex((n) => n.slug === notice.slug);
  const link = (n: Notice | undefined) => (n ? { title: n.title, path: noticePath(n.slug) } : null);
  return {
    notice,
    meta: [
      { label: '索引号', value: notice.index_no },
      { label: '发布机构', value: notice.publisher },
      { label: '发文字号', value: notice.doc_number ?? '无' },
      { label: '成文日期', value: notice.written_date ? formatDateZh(notice.written_date) : '—' },
      { label: '发布日期', value: formatDateZh(notice.date) },
      { label: '分类', value: notice.category },
    ],
    attachments: notice.attachments.map((a) => ({ title: a.title, href: a.href, ext: a.ext, size: formatFileSize(a.size) })),
    newer: i > 0 ? link(sorted[i - 1]) : null,
    older: i >= 0 ? link(sorted[i + 1]) : null,
    categoryPath: noticeListPath(notice.category, 1),
  };
}
