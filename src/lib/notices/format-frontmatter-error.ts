import { relative, sep } from 'node:path';
import { explainFrontmatterError } from './explain-frontmatter-error';
import { formatNoticeReport } from './format-notice-report';

/**
 * A Chinese report for a notice whose frontmatter is not valid YAML (Astro throws the YAML
 * parser's English message with a `loc` of file and line), in the shape of the notices report:
 * the line and cause from `explainFrontmatterError`, never the parser's English text.
 * `readSource` gives the file's text (null when it cannot be read).
 * @example formatFrontmatterError({ loc: { file: '/p/content/notices/a.md', line: 1 } }, '/p', () => '---\ntitle： x\n---\n')
 */
export function formatFrontmatterError(error: unknown, root: string, readSource: (file: string) => string | null = () => null): string {
  const e = (error ?? {}) as { loc?: { file?: unknown; line?: unknown } };
  const abs = typeof e.loc?.file === 'string' ? e.loc.file : null;
  const file = abs ? relative(root, abs).split(sep).join('/') : '公告文件夹中的某个文件';
  // The YAML parser counts from the first line after the opening `---` (file line 2).
  const line = typeof e.loc?.line === 'number' ? e.loc.line + 1 : null;
  const issue = explainFrontmatterError(file, (abs && readSource(abs)) || '', { line });
  return `公告有错误，网站未生成。\n${formatNoticeReport([issue], file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.')}`;
}
