import type { ReportTextIssue } from './rules';
import { parseReportText, type ReportText } from './parse-report-text';
import type { ReportTextFile } from './read-report-text-files';

/**
 * Validates every report text; texts marked 示例 (demo) are kept only with the demo data
 * (another county's site never publishes the demo county's words as its own).
 * Returns the texts by year; `issues` lists every problem of every file.
 */
export function validateReportTexts(files: readonly ReportTextFile[], opts: { demoData: boolean }): { texts: Map<number, ReportText>; issues: ReportTextIssue[] } {
  const texts = new Map<number, ReportText>();
  const issues: ReportTextIssue[] = [];
  for (const f of files) {
    const r = parseReportText(f.file, f.source);
    issues.push(...r.issues);
    if (!r.text) continue;
    if (r.text.demo && !opts.demoData) continue;
    texts.set(r.text.year, r.text);
  }
  return { texts, issues };
}
