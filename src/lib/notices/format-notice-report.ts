import { NOTICE_FIELDS, type NoticeField } from './notice-fields';
import type { NoticeIssue } from './types';

/** `字段 date（发布日期）` for a known field, `字段 xyz` otherwise. */
function fieldLabel(field: string): string {
  const label = (NOTICE_FIELDS as Record<string, string>)[field];
  return label ? `字段 ${field}（${label as (typeof NOTICE_FIELDS)[NoticeField]}）` : `字段 ${field}`;
}

/**
 * One located line per problem, in Chinese: where (file, line, field), the value, what is
 * wrong, and how to fix it.
 * @example formatNoticeIssue(issue) // 'content/notices/a.md 第 3 行 · 字段 date（发布日期） · 值「2024-13-01」\n   问题：…\n   改法：…'
 */
export function formatNoticeIssue(issue: NoticeIssue): string {
  const where = [issue.line !== null ? `${issue.file} 第 ${issue.line} 行` : issue.file];
  if (issue.column) where.push(fieldLabel(issue.column));
  if (issue.value !== null) where.push(`值「${issue.value}」`);
  return `${where.join(' · ')}\n   问题：${issue.message}\n   改法：${issue.hint}`;
}

/** The whole report, numbered, with a count; empty string when there are no issues. */
export function formatNoticeReport(issues: readonly NoticeIssue[]): string {
  if (issues.length === 0) return '';
  const body = issues.map((i, n) => `${n + 1}. ${formatNoticeIssue(i)}`).join('\n\n');
  return `公告（content/notices/）中发现 ${issues.length} 处问题：\n\n${body}\n`;
}
