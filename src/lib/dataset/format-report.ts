import type { DataIssue } from './types';

/** One issue as a line: `sections.csv 第 12 行「在校生数」列：值 "12a" 不是整数。→ 请只填写数字…`. */
export function formatIssue(issue: DataIssue): string {
  const tag = issue.severity === 'error' ? '错误' : '警告';
  // A missing column has no column to point at: its message names it; say it is the header row.
  const column = issue.rule === 'missing-column' ? '（表头）' : issue.column ? `「${issue.column}」列` : '';
  const where = [issue.line !== null ? `第 ${issue.line} 行` : '', column].join('');
  return `  [${tag}] ${issue.file}${where ? ` ${where}` : ''}：${issue.message}→ ${issue.hint}（${issue.rule}）`;
}

/**
 * A Chinese report of all issues, grouped by file (in the given order), ending with a
 * summary line "N 个错误，M 个警告".
 */
export function formatIssueReport(issues: readonly DataIssue[], dir: string): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const lines: string[] = [`数据文件夹：${dir}`];
  const byFile = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  for (const [file, list] of byFile) {
    lines.push('', `■ ${file}`);
    for (const issue of list) lines.push(formatIssue(issue));
  }
  lines.push('', `共 ${errors} 个错误，${warnings} 个警告。${errors > 0 ? '有错误时网站不会生成，请改正后重试。' : ''}`);
  return lines.join('\n');
}
