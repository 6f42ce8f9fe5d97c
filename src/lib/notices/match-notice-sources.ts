import type { NoticeFile } from './read-notice-files';
import type { NoticeIssue, NoticeSource } from './types';

/**
 * Pairs the files on disk with the frontmatter the content loader parsed (keyed by file path).
 * A Markdown file the loader did not return had frontmatter it could not read — Astro only
 * logs that — so it becomes an error here; a file that is not `.md`/`.mdx` is an error too, and
 * so is a file that is not UTF-8 (it would be published as garbage).
 */
export function matchNoticeSources(files: readonly NoticeFile[], parsed: ReadonlyMap<string, Record<string, unknown>>): { sources: NoticeSource[]; issues: NoticeIssue[] } {
  const sources: NoticeSource[] = [];
  const issues: NoticeIssue[] = [];
  for (const f of files) {
    const base = { severity: 'error' as const, file: f.file, line: null, column: null, value: null };
    if (!/\.mdx?$/i.test(f.file)) {
      issues.push({
        ...base,
        rule: 'notice-wrong-file-type',
        message: '公告文件夹里只能放 .md 或 .mdx 公告文件。',
        hint: '附件请放到 public/attachments/ 中，再在公告的 attachments 中写上它的路径；不用的文件请删除。',
      });
      continue;
    }
    const bad = f.source.indexOf('\uFFFD');
    if (bad >= 0) {
      // Read as UTF-8, a GBK ("ANSI") file turns every Chinese character into U+FFFD: the
      // site would publish garbage, so stop and say how to re-save it.
      const line = f.source.slice(0, bad).split('\n').length;
      issues.push({
        ...base,
        line,
        rule: 'notice-not-utf8',
        message: `文件不是 UTF-8 编码（第 ${line} 行起有无法识别的文字），网站上会显示成乱码。`,
        hint: '请用 UTF-8 编码重新保存：记事本选“另存为”，编码选“UTF-8”；WPS/Word 请不要用来编辑公告文件，可用记事本或 VS Code。',
      });
      continue;
    }
    const data = parsed.get(f.file);
    if (!data) {
      issues.push({
        ...base,
        rule: 'notice-unreadable-frontmatter',
        message: '文件开头的信息（两行 --- 之间的部分）无法读取，通常是格式写错了。',
        hint: '请检查：开头和结尾各有一行 ---；每行写成“字段: 值”，冒号用英文冒号且后面有空格；值里有冒号或 # 时用英文引号括起来。',
      });
      continue;
    }
    sources.push({ file: f.file, data, source: f.source });
  }
  return { sources, issues };
}
