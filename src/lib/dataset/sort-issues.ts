import { DATA_FILES, type DataIssue } from './types';

function fileRank(file: string): number {
  const i = (DATA_FILES as readonly string[]).indexOf(file);
  return i < 0 ? -1 : i;
}

/**
 * Sorts issues by file (format order; folder-level issues first), then line (whole-file
 * issues first), then errors before warnings. Stable otherwise.
 * @example sortIssues(issues)[0].file // 'county.csv' before 'schools.csv'
 */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => fileRank(a.file) - fileRank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
