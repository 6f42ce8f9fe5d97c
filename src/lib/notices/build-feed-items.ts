import { compareNotices } from './compare-notices';
import { noticePath } from './build-notice-list-pages';
import type { Notice } from './types';

export interface FeedItem {
  title: string;
  /** Relative to the site base (no leading slash): @astrojs/rss resolves it against `site`. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * RSS items for the newest `limit` notices. Dates are midnight China time (UTC+8), so the
 * feed shows the 发布日期 as published, whatever the build machine's time zone.
 */
export function buildFeedItems(notices: readonly Notice[], limit = 50): FeedItem[] {
  return [...notices]
    .sort(compareNotices)
    .slice(0, limit)
    .map((n) => ({
      title: n.demo ? `【示例】${n.title}` : n.title,
      link: noticePath(n.slug),
      pubDate: new Date(`${n.date}T00:00:00+08:00`),
      description: n.summary,
      categories: [n.category],
    }));
}
