import { describe, expect, it } from 'vitest';
import { formatFrontmatterError } from '../../../src/lib/notices/format-frontmatter-error';
import { matchNoticeSources } from '../../../src/lib/notices/match-notice-sources';

describe('formatFrontmatterError', () => {
  it('names the file relative to the project and the file line (YAML line + 1), in Chinese', () => {
    const text = formatFrontmatterError({ message: 'bad indentation of a mapping entry', loc: { file: '/p/content/notices/a.md', line: 1, column: 14 } }, '/p');
    expect(text.split('\n').slice(0, 3)).toEqual(['公告有错误，网站未生成。', '', '■ content/notices/a.md']);
    expect(text).toContain('[错误] 第 2 行附近：文件开头的信息（两行 --- 之间的部分）格式有误');
    expect(text).toContain('原始信息：bad indentation of a mapping entry');
  });
  it('still explains when the error has no location', () => {
    expect(formatFrontmatterError(new Error('x'), '/p')).toContain('content/notices/ 中的某个文件');
  });
});

describe('matchNoticeSources', () => {
  it('pairs parsed frontmatter with files, and reports unreadable and non-Markdown files', () => {
    const r = matchNoticeSources(
      [{ file: 'content/notices/a.md', source: 'x' }, { file: 'content/notices/b.md', source: 'y' }, { file: 'content/notices/c.docx', source: '' }],
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
