import { describe, expect, it } from 'vitest';
import { buildCategoryFilter, buildNoticeListPages, noticeListPath } from '../../../src/lib/notices/build-notice-list-pages';
import { buildFeedItems } from '../../../src/lib/notices/build-feed-items';
import { buildNoticePage } from '../../../src/lib/notices/build-notice-page';
import { latestNotices, relatedNotices } from '../../../src/lib/notices/related-notices';
import { formatFileSize } from '../../../src/lib/notices/format-file-size';
import type { Notice } from '../../../src/lib/notices/types';

function notice(i: number, over: Partial<Notice> = {}): Notice {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    slug: `n${i}`,
    file: `content/notices/n${i}.md`,
    title: `公告${i}`,
    date: `2024-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${day}`,
    publisher: '蒲县教育科技局',
    doc_number: null,
    written_date: null,
    index_no: `141033-2024-${String(i).padStart(5, '0')}`,
    index_no_generated: false,
    category: '工作动态',
    summary: `摘要${i}`,
    schools: [],
    indicators: [],
    attachments: [],
    demo: false,
    ...over,
  };
}

describe('noticeListPath', () => {
  it.each([
    [null, 1, 'notices/'],
    [null, 3, 'notices/page/3/'],
    ['公示公告', 1, 'notices/category/gsgg/'],
    ['工作动态', 2, 'notices/category/gzdt/page/2/'],
  ] as const)('%s page %i → %s', (c, p, path) => expect(noticeListPath(c, p)).toBe(path));
});

describe('buildNoticeListPages', () => {
  const all = Array.from({ length: 45 }, (_, i) => notice(i, { category: i % 3 === 0 ? '公示公告' : '工作动态' }));

  it('splits 45 notices into pages of 20, 20, 5, newest first, with prev/next', () => {
    const pages = buildNoticeListPages(all, null);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[0]!.items[0]!.slug).toBe('n44');
    expect(pages.map((p) => [p.path, p.prevPath, p.nextPath])).toEqual([
      ['notices/', null, 'notices/page/2/'],
      ['notices/page/2/', 'notices/', 'notices/page/3/'],
      ['notices/page/3/', 'notices/page/2/', null],
    ]);
    expect(pages[1]!.pageLinks.map((l) => l.current)).toEqual([false, true, false]);
  });

  it('filters by category and gives category paths', () => {
    const pages = buildNoticeListPages(all, '公示公告');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.totalItems).toBe(15);
    expect(pages[0]!.items.every((n) => n.category === '公示公告')).toBe(true);
    expect(pages[0]!.path).toBe('notices/category/gsgg/');
  });

  it('gives one empty page when there is nothing (the URL still exists)', () => {
    const pages = buildNoticeListPages([], '督导报告');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ page: 1, totalPages: 1, totalItems: 0, items: [], prevPath: null, nextPath: null });
  });

  it('builds the filter with counts and the current category', () => {
    const f = buildCategoryFilter(all, '工作动态');
    expect(f.map((x) => [x.label, x.count, x.current])).toEqual([
      ['全部', 45, false],
      ['通知公告', 0, false],
      ['工作动态', 30, true],
      ['政策文件', 0, false],
      ['公示公告', 15, false],
      ['督导报告', 0, false],
    ]);
  });
});

describe('buildFeedItems', () => {
  it('gives newest first, relative links, China-midnight dates and a demo label', () => {
    const items = buildFeedItems([notice(1), notice(2, { demo: true })]);
    expect(items[0]).toEqual({ title: '【示例】公告2', link: 'notices/n2/', pubDate: new Date('2024-01-02T16:00:00Z'), description: '摘要2', categories: ['工作动态'] });
    expect(items[0]!.pubDate.toISOString()).toBe('2024-01-02T16:00:00.000Z');
    expect(items[1]!.link).toBe('notices/n1/');
  });
  it('keeps only the newest `limit`', () => {
    expect(
      buildFeedItems(
        Array.from({ length: 10 }, (_, i) => notice(i)),
        3,
      ).map((i) => i.link),
    ).toEqual(['notices/n9/', 'notices/n8/', 'notices/n7/']);
  });
});

describe('buildNoticePage', () => {
  const list = [
    notice(1),
    notice(2, { doc_number: '蒲政发〔2022〕11号', written_date: '2024-01-01', attachments: [{ path: 'a.pdf', href: 'attachments/a.pdf', title: '方案', ext: 'PDF', size: 1536 }] }),
    notice(3),
  ];

  it('fills the metadata block in order, without nulls', () => {
    const m = buildNoticePage(list, list[1]!);
    expect(m.meta).toEqual([
      { label: '索引号', value: '141033-2024-00002' },
      { label: '发布机构', value: '蒲县教育科技局' },
      { label: '发文字号', value: '蒲政发〔2022〕11号' },
      { label: '成文日期', value: '2024年1月1日' },
      { label: '发布日期', value: '2024年1月3日' },
      { label: '分类', value: '工作动态' },
    ]);
    expect(m.attachments).toEqual([{ title: '方案', href: 'attachments/a.pdf', ext: 'PDF', size: '1.5 KB' }]);
    expect(m.newer).toEqual({ title: '公告3', path: 'notices/n3/' });
    expect(m.older).toEqual({ title: '公告1', path: 'notices/n1/' });
  });

  it('has no newer at the newest, no older at the oldest, and placeholders for empty fields', () => {
    expect(buildNoticePage(list, list[2]!).newer).toBeNull();
    const oldest = buildNoticePage(list, list[0]!);
    expect(oldest.older).toBeNull();
    expect(oldest.meta.find((r) => r.label === '发文字号')!.value).toBe('无');
    expect(oldest.meta.find((r) => r.label === '成文日期')!.value).toBe('—');
  });
});

describe('relatedNotices / latestNotices', () => {
  const list = [notice(1, { schools: ['PX001'] }), notice(2, { indicators: ['R1'] }), notice(3, { schools: ['PX001', 'PX002'], indicators: ['R1'] })];
  it('finds notices naming a school, newest first', () => {
    expect(relatedNotices(list, { schoolId: 'PX001' }).map((n) => n.slug)).toEqual(['n3', 'n1']);
    expect(relatedNotices(list, { schoolId: 'PX009' })).toEqual([]);
  });
  it('finds notices naming an indicator (any case), with a limit', () => {
    expect(relatedNotices(list, { indicatorId: 'r1' }, 1).map((n) => n.slug)).toEqual(['n3']);
  });
  it('lists the latest', () => {
    expect(latestNotices(list, 2).map((n) => n.slug)).toEqual(['n3', 'n2']);
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [20480, '20 KB'],
    [2_400_000, '2.3 MB'],
    [Number.NaN, '大小未知'],
  ])('%d → %s', (b, s) => expect(formatFileSize(b)).toBe(s));
});
