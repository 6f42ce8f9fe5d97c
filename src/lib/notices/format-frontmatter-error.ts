import { relative, sep } from 'node:path';

/**
 * A Chinese report for a notice whose frontmatter is not valid YAML (Astro throws the YAML
 * parser's English message with a `loc` of file, line and column), in the shape of the data
 * report.
 * @example formatFrontmatterError({ message: 'bad indentation', loc: { file: '/p/content/notices/a.md', line: 1 } }, '/p')
 */
export function formatFrontmatterError(error: unknown, root: string): string {
  const e = (error ?? {}) as { message?: unknown; loc?: { file?: unknown; line?: unknown } };
  const file = typeof e.loc?.file === 'string' ? relative(root, e.loc.file).split(sep).join('/') : 'content/notices/ 中的某个文件';
  // The YAML parser counts from the first line after the opening `---` (file line 2).
  const line = typeof e.loc?.line === 'number' ? `第 ${e.loc.line + 1} 行附近：` : '';
  const detail = typeof e.message === 'string' ? e.message : String(error);
  return [
    '公告有错误，网站未生成。',
    '',
    `■ ${file}`,
    `  [错误] ${line}文件开头的信息（两行 --- 之间的部分）格式有误，无法读取（原始信息：${detail}）。` +
      '→ 请检查：开头和结尾各有一行 ---；每行写成“字段: 值”，冒号用英文冒号且后面有一个空格；值里有英文冒号、# 或以 [ 开头时，用英文引号把整个值括起来；列表写成 [a, b] 时括号要成对。（notice-unreadable-frontmatter）',
  ].join('\n');
}
