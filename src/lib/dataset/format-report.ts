import type { DataIssue } from './types';

/** Where an issue is: the file, and for a workbook its sheet (`数据填报.xlsx 工作表「学校名录」`). */
export function formatIssuePlace(issue: DataIssue<string>): string {
  return issue.sheet === undefined ? issue.file : `${issue.file} 工作表「${issue.sheet}」`;
}

/**
 * One issue as a line: `sections.csv 第 12 行「在校生数」列：值 "12a" 不是整数。→ 请只填写数字…`;
 * in a workbook `数据填报.xlsx 工作表「学校名录」第 3 行 C 列「学校类型」：…`.
 */
export function formatIssue(issue: DataIssue<string>): string {
  const tag = issue.severity === 'error' ? '错误' : '警告';
  // A missing column has no column to point at: its message names it; say it is the header row.
  const column = issue.rule === 'missing-column' ? '（表头）' : issue.column ? (issue.columnLetter ? ` ${issue.columnLetter} 列「${issue.column}」` : `「${issue.column}」列`) : '';
  const where = [issue.line !== null ? `第 ${issue.line} 行` : '', column].join('').trim();
  const place = formatIssuePlace(issue);
  return `  [${tag}] ${place}${where ? `${issue.sheet === undefined ? ' ' : ''}${where}` : ''}：${issue.message}→ ${issue.hint}（${issue.rule}）`;
}

/** Issues of one kind (rule and column) in a file printed in full before the rest is condensed. */
export const SHOWN_PER_KIND = 10;
const HEADER_RULES = new Set(['duplicate-column', 'unknown-column', 'missing-column']);

/**
 * A Chinese report of all issues, grouped by file (in the given order), ending with a
 * summary line "N 个错误，M 个警告". Every issue is reported, but a kind that repeats (same
 * rule, same column) shows its first SHOWN_PER_KIND issues in full and then one line with the
 * other line numbers, so one mistake in a header does not bury the report in hundreds of rows.
 * (`npm run check:data -- --json` lists every issue in full.)
 */
export function formatIssueReport(issues: readonly DataIssue<string>[], dir: string): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const lines: string[] = [`数据文件夹：${dir}`];
  const byFile = new Map<string, DataIssue<string>[]>();
  for (const issue of issues) {
    const place = formatIssuePlace(issue);
    const list = byFile.get(place);
    if (list) list.push(issue);
    else byFile.set(place, [issue]);
  }
  for (const [file, list] of byFile) {
    lines.push('', `■ ${file}`);
    if (list.some((i) => HEADER_RULES.has(i.rule)) && list.filter((i) => !HEADER_RULES.has(i.rule)).length > SHOWN_PER_KIND) {
      lines.push('  （这个文件的表头有问题，下面很多行的错误可能是列没对齐造成的：请先改正表头，再重新检查。）');
    }
    const seen = new Map<string, { issue: DataIssue<string>; lines: (number | null)[] }>();
    for (const issue of list) {
      const key = `${issue.rule}|${issue.column ?? ''}`;
      const kind = seen.get(key) ?? { issue, lines: [] };
      kind.lines.push(issue.line);
      seen.set(key, kind);
      if (kind.lines.length <= SHOWN_PER_KIND) lines.push(formatIssue(issue));
    }
    for (const { issue, lines: at } of seen.values()) {
      if (at.length <= SHOWN_PER_KIND) continue;
      const rest = at.slice(SHOWN_PER_KIND).filter((l): l is number => l !== null);
      const listed = rest.slice(0, 40).join('、');
      const where = issue.column ? `「${issue.column}」列` : '';
      lines.push(`  …… ${where}同类问题（${issue.rule}）还有 ${at.length - SHOWN_PER_KIND} 处${rest.length ? `：第 ${listed}${rest.length > 40 ? ' 等' : ''} 行` : ''}。`);
    }
  }
  lines.push('', `共 ${errors} 个错误，${warnings} 个警告。${errors > 0 ? '有错误时网站不会生成，请改正后重试。' : ''}`);
  return lines.join('\n');
}
