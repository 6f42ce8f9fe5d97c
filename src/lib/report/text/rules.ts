import type { DataIssue } from '../../dataset/types';

/**
 * Every permanent rule name a report text (content/report/<year>.md) can be reported under.
 * A union, so a misspelt name in the parser or a test does not compile.
 */
export const REPORT_TEXT_RULES = [
  'report-text-file-name',
  'report-text-placeholder',
  'report-text-frontmatter',
  'report-text-unknown-field',
  'report-text-missing-date',
  'report-text-invalid-date',
  'report-text-invalid-year',
  'report-text-invalid-boolean',
  'report-text-unknown-section',
  'report-text-duplicate-section',
  'report-text-outside-section',
  'report-text-missing-section',
] as const;

export type ReportTextRule = (typeof REPORT_TEXT_RULES)[number];

/** A problem of a report text, in the data issue shape. */
export type ReportTextIssue = DataIssue<ReportTextRule>;
