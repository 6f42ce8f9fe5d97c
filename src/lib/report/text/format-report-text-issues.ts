import type { ReportTextIssue } from './rules';

/**
 * The Chinese report of report-text problems, grouped by file (■ file, then one line per
 * problem: where, what, → how to fix, (rule)), in the shape of the data and notice reports.
 * @example formatReportTextIssues([issue], 'content/report') // '自评报告文字文件夹：content/report/\n\n■ content/report/2024.md\n  [错误] 第 9 行 …'
 */
export function formatReportTextIssues(issues: readonly ReportTextIssue[], folder: string): string {
  if (issues.length === 0) return '';
  const byFile = new Map<string, ReportTextIssue[]>();
  for (const i of issues) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  const lines = [`自评报告文字文件夹：${folder.replace(/\/+$/, '')}/`];
  for (const [file, list] of byFile) {
    lines.push('', `■ ${file}`);
    for (const i of list) {
      const where = [i.line !== null ? `第 ${i.line} 行` : '', i.column ? `字段 ${i.column}` : '', i.value !== null ? `值 "${i.value}"` : ''].filter(Boolean);
      lines.push(`  [${i.severity === 'error' ? '错误' : '警告'}] ${where.length ? `${where.join(' ')}：` : ''}${i.message}→ ${i.hint}（${i.rule}）`);
    }
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  lines.push('', `共 ${errors} 个错误，${issues.length - errors} 个警告。${errors > 0 ? '有错误时网站不会生成，请改正后重试。' : ''}`);
  return lines.join('\n');
}
