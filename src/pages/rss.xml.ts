/** RSS feed of the newest notices; links are absolute: `site` + base + notices/<slug>/. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNotices } from '../boundary/notice-collection';
import { getDataset } from '../boundary/site-data';
import { buildFeedItems } from '../lib/notices/build-feed-items';
import { withBase } from '../lib/format/with-base';
import { BASE_URL } from '../boundary/base-url';

export async function GET(context: APIContext): Promise<Response> {
  const dataset = await getDataset();
  const notices = await getNotices();
  const site = new URL(withBase(BASE_URL, '/'), context.site ?? 'http://localhost:4321');
  const name = dataset.county.site_name ?? `${dataset.county.county_name}义务教育优质均衡发展`;
  return rss({
    title: `${name} · 通知公告`,
    description: `${dataset.county.county_name}义务教育优质均衡发展通知公告、工作动态、政策文件、公示公告与督导报告。`,
    site: site.href,
    items: buildFeedItems(notices),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
