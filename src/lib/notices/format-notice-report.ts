import { NOTICE_FIELDS } from './notice-fields';
import type { NoticeIssue } from './types';

/** `字段 date（发布日期）` for a known field, `字段 xyz` otherwise. */
function fieldLabel(field: string): string {
  const label = (NOTICE_FIELDS as Record<string, string | undefined>)[field];
  return label ? `字段 ${field}（${label}）` : `字段 ${field}`;
}

/**
 * One problem as one line, in the same shape as the data report (`src/lib/dataset/format-report.ts`):
 * where (line, field, value), what is wrong, → how to fix it, (permanent rule name).
 * @example formatNoticeIssue(issue) // '  [错误] 第 3 行 字段 date（发布日期） 值 "2024-13-01"：发布日期（date）不是有效日期。→ 请写成 …（notice-invalid-date）'
 */
export function formatNoticeIssue(issue: NoticeIssue): string {
  const tag = issue.severity === 'error' ? '错误' : '警告';
  const where = [issue.line !== null ? `第 ${issue.line} 行` : '', issue.column ? fieldLabel(issue.column) : '', issue.value !== null ? `值 "${issue.value}"` : ''].filter(
    (s) => s !== '',
  );
  return `  [${tag}] ${where.length > 0 ? `${where.join(' ')}：` : ''}${issue.message}→ ${issue.hint}（${issue.rule}）`;
}

/**
 * The whole report, grouped by file (■ file, then one line per problem), ending with the
 * count; empty string when there are no issues.
 */
export function formatNoticeReport(issues: readonly NoticeIssue[], folder = 'content/notices'): string {
  if (issues.length === 0) return '';
  const byFile = new Map<string, NoticeIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const lines = [`公告文件夹：${folder.replace(/\/+$/, '')}/`];
  for (const [file, list] of byFile) lines.push('', `■ ${file}`, ...list.map(formatNoticeIssue));
  const errors = issues.filter((i) => i.severity === 'error').length;
  lines.push('', `共 ${errors} 个错误，${issues.length - errors} 个警告。${errors > 0 ? '有错误时网站不会生成，请改正后重试。' : ''}`);
  return lines.join('\n');
}
