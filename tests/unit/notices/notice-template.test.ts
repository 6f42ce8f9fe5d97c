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
  const parse = async (text: string) => {
    // Parse the frontmatter the way Astro does (js-yaml), to be sure the template is valid YAML.
    const yaml = (await import('js-yaml' as string)) as { load(text: string): unknown };
    return yaml.load(text.split('---\n')[1]!) as Record<string, unknown>;
  };

  it('an unedited title is an error, located, that says how to keep a notice as a draft', async () => {
    const text = buildNoticeTemplate({ title: '请填写标题', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' });
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data: await parse(text), source: text }], ctx);
    expect(r.notices).toHaveLength(0);
    expect(r.issues.filter((i) => i.column === 'title')).toMatchObject([{ severity: 'error', line: 3, message: '标题还是模板里的提示文字，不能发布。' }]);
    expect(r.issues[0]!.hint).toContain('draft: true');
  });

  it('is valid YAML, and is not published until the summary and the body are written', async () => {
    const text = buildNoticeTemplate({ title: '关于“测试”的通知', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' });
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data: await parse(text), source: text }], ctx);
    expect(r.issues.map((i) => [i.severity, i.rule, i.column])).toEqual([
      ['error', 'notice-placeholder', 'summary'],
      ['error', 'notice-placeholder', null],
    ]);
    // The body's issue points at the template line left in.
    const bodyLine = text.split('\n').findIndex((l) => l.includes('请在这里写正文')) + 1;
    expect(r.issues[1]).toMatchObject({ line: bodyLine, message: '正文还是模板里的提示文字，不能发布。' });
    expect(r.notices).toEqual([]);
  });

  it('once written, it is a valid, published notice', async () => {
    const text = buildNoticeTemplate({ title: '关于“测试”的通知', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' })
      .replace('请在这里写一两句话的摘要。', '测试摘要。')
      .replace(/请在这里写正文。[\s\S]*$/, '正文第一段。\n');
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data: await parse(text), source: text }], ctx);
    expect(r.issues).toEqual([]);
    expect(r.notices[0]).toMatchObject({ title: '关于“测试”的通知', date: '2024-05-10', index_no: '141033-2024-13107', index_no_generated: false, category: '通知公告' });
  });

  it('a half-written notice marked draft: true is neither published nor an error', async () => {
    const text = buildNoticeTemplate({ title: '请填写标题', date: '2024-05-10', publisher: '蒲县教育科技局', indexNo: '141033-2024-13107' }).replace('draft: false', 'draft: true');
    const r = validateNotices([{ file: 'content/notices/2024-05-10-notice.md', data: await parse(text), source: text }], ctx);
    expect(r.issues).toEqual([]);
    expect(r.drafts).toBe(1);
  });
});
