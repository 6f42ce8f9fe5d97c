import { describe, expect, it } from 'vitest';
import { formatFrontmatterError } from '../../../src/lib/notices/format-frontmatter-error';
import { explainFrontmatterError } from '../../../src/lib/notices/explain-frontmatter-error';
import { matchNoticeSources } from '../../../src/lib/notices/match-notice-sources';

describe('explainFrontmatterError', () => {
  const explain = (source: string, line: number | null = null) => explainFrontmatterError('content/notices/a.md', source, { line });
  it.each([
    ['a full-width colon', '---\ntitle: 标题\ndate： 2024-05-10\n---\n正文', 3, '这一行的冒号是中文全角冒号“：”，文件开头的信息无法读取。'],
    ['a Chinese field name with a full-width colon', '---\n标题：关于开学的通知\n---\n', 2, '这一行的冒号是中文全角冒号“：”，文件开头的信息无法读取。'],
    ['no space after the colon', '---\ntitle:标题\n---\n', 2, '这一行的冒号后面缺少空格，文件开头的信息无法读取。'],
    ['a tab', '---\ntitle: 标题\n\tdate: 2024-05-10\n---\n', 3, '这一行用 Tab 键缩进，文件开头的信息无法读取。'],
    ['an unquoted colon inside a value', '---\ntitle: 通知: 关于开学\n---\n', 2, '这一行的值里有英文冒号加空格，会被当成新的字段，文件开头的信息无法读取。'],
  ])('%s: points at its line and names the cause', (_, source, line, message) => {
    expect(explain(source, 9)).toMatchObject({ rule: 'notice-unreadable-frontmatter', severity: 'error', line, message });
  });
  it("an unknown cause: the parser's line and the general rules, never English", () => {
    const r = explain('---\ntitle: [a, b\n---\n', 2);
    expect(r.line).toBe(2);
    expect(r.hint).toContain('冒号用英文冒号且后面有一个空格');
    expect(`${r.message}${r.hint}`).not.toMatch(/[A-Za-z]{6,}/);
  });
  it('a missing closing ---', () => {
    expect(explain('---\ntitle: 标题\n正文').message).toBe('文件开头的信息缺少结尾的一行 ---，无法读取。');
  });
});

describe('formatFrontmatterError', () => {
  it("names the file relative to the project and the line of the cause, in Chinese, without the parser's English", () => {
    const text = formatFrontmatterError(
      { message: 'end of the stream or a document separator is expected', loc: { file: '/p/content/notices/a.md', line: 2 } },
      '/p',
      () => '---\ntitle： 标题\ndate: 2024-05-10\n---\n',
    );
    expect(text.split('\n').slice(0, 4)).toEqual(['公告有错误，网站未生成。', '公告文件夹：content/notices/', '', '■ content/notices/a.md']);
    expect(text).toContain('[错误] 第 2 行 值 "title： 标题"：这一行的冒号是中文全角冒号“：”');
    expect(text).not.toContain('end of the stream');
  });
  it('still explains when the error has no location', () => {
    expect(formatFrontmatterError(new Error('x'), '/p')).toContain('公告文件夹中的某个文件');
  });
});

describe('matchNoticeSources', () => {
  it('pairs parsed frontmatter with files, and reports unreadable and non-Markdown files', () => {
    const r = matchNoticeSources(
      [
        { file: 'content/notices/a.md', source: 'x' },
        { file: 'content/notices/b.md', source: 'y' },
        { file: 'content/notices/c.docx', source: '' },
      ],
      new Map([['content/notices/a.md', { title: 't' }]]),
    );
    expect(r.sources).toEqual([{ file: 'content/notices/a.md', data: { title: 't' }, source: 'x' }]);
    expect(r.issues.map((i) => [i.file, i.rule])).toEqual([
      ['content/notices/b.md', 'notice-unreadable-frontmatter'],
      ['content/notices/c.docx', 'notice-wrong-file-type'],
    ]);
  });
  it('reports a file that is not UTF-8 (a GBK "ANSI" save) with the first bad line, even if its YAML parsed', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('---\ntitle: '), 0xb2, 0xe2, 0xca, 0xd4, 0x0a]); // 测试 in GBK
    const source = new TextDecoder('utf-8').decode(gbk);
    const r = matchNoticeSources([{ file: 'content/notices/g.md', source }], new Map([['content/notices/g.md', { title: source }]]));
    expect(r.sources).toEqual([]);
    expect(r.issues.map((i) => [i.rule, i.line])).toEqual([['notice-not-utf8', 2]]);
    expect(r.issues[0]!.message).toContain('UTF-8');
  });
});
