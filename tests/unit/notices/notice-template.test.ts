import { describe, expect, it } from 'vitest';
import { buildNoticeTemplate, nextFreeIndexNumber, slugifyTitle } from '../../../src/lib/notices/build-notice-template';
import { validateNotices } from '../../../src/lib/notices/validate-notices';
import { ctx } from './fixtures';

describe('slugifyTitle', () => {
  it.each([
    ['2024 Progress Report', '2024-progress-report'],
    ['自评结果公示', 'notice'],
    ['关于开展2024年自查的通知', 'notice'],
    ['ＡＢＣ  Report 2025!', 'abc-report-2025'],
  ])('%s → %s', (t, s) => expect(slugifyTitle(t)).toBe(s));
});

describe('nextFreeIndexNumber', () => {
  it('keeps a free candidate, counts up past taken ones, and wraps within the day', () => {
    expect(nextFreeIndexNumber('141033-2024-13151', new Set())).toBe('141033-2024-13151');
    expect(nextFreeIndexNumber('141033-2024-13151', new Set(['141033-2024-13151', '141033-2024-13152']))).toBe('141033-2024-13153');
    expect(nextFreeIndexNumber('141033-2024-13199', new Set(['141033-2024-13199']))).toBe('141033-2024-13100');
  });
});

describe('buildNoticeTemplate', () => {
  it('warns about a placeholder title too, without blocking', async () => {
    const text = buildNoticeTemplate({ title: '请填写标题', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' });
    const yaml = (await import('js-yaml' as string)) as { load(text: string): unknown };
    const data = yaml.load(text.split('---\n')[1]!) as Record<string, unknown>;
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data, source: text }], ctx);
    expect(r.notices).toHaveLength(1);
    expect(r.issues.filter((i) => i.column === 'title')).toMatchObject([{ severity: 'warning', line: 3, message: '标题还是模板里的提示文字，公告已照常发布。' }]);
  });

  it('is a valid, published notice as soon as it is created', async () => {
    const text = buildNoticeTemplate({ title: '关于“测试”的通知', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' });
    // Parse the frontmatter the way Astro does (js-yaml), to be sure the template is valid YAML.
    const yaml = (await import('js-yaml' as string)) as { load(text: string): unknown };
    const fm = text.split('---\n')[1]!;
    const data = yaml.load(fm) as Record<string, unknown>;
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data, source: text }], ctx);
    // Published at once; only warnings for the placeholder summary and body still to be replaced.
    expect(r.issues.map((i) => [i.severity, i.rule, i.column])).toEqual([
      ['warning', 'notice-placeholder', 'summary'],
      ['warning', 'notice-placeholder', null],
    ]);
    expect(r.notices[0]).toMatchObject({ title: '关于“测试”的通知', date: '2024-05-10', index_no: '141033-2024-13107', index_no_generated: false, category: '通知公告' });
  });
});
