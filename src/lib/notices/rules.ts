/**
 * Every permanent rule name a notice (or the plan file, checked with the notices) can be
 * reported under (`NoticeIssue.rule`). A union, so a misspelt name in a checker or a test does
 * not compile.
 */
export const NOTICE_RULES = [
  'notice-file-name',
  'notice-wrong-file-type',
  'notice-not-utf8',
  'notice-unreadable-frontmatter',
  'notice-unknown-field',
  'notice-missing-field',
  'notice-invalid-text',
  'notice-invalid-date',
  'notice-written-after-date',
  'notice-invalid-category',
  'notice-invalid-index-no',
  'notice-index-no-county',
  'notice-invalid-list',
  'notice-unknown-school',
  'notice-unknown-indicator',
  'notice-invalid-attachment',
  'notice-missing-attachment',
  'notice-invalid-boolean',
  'notice-placeholder',
  'notice-demo-trace',
  'notice-duplicate-slug',
  'notice-duplicate-index-no',
  // the plan (方案原文) of a real county naming the demo county
  'plan-demo-trace',
] as const;

export type NoticeRule = (typeof NOTICE_RULES)[number];
