/**
 * What the county writes itself in `content/report/<year>.md`: the fields at the top and the
 * sections, with their Chinese names (shared by the parser, the template and the report).
 */

/** Marks every spot of the template the county must fill in; left in a file, it stops the build. */
export const REPORT_TEXT_PLACEHOLDER = '【请填写';

export const REPORT_TEXT_FIELDS = [
  { key: 'written_date', label: '成文日期' },
  { key: 'basic_balance_year', label: '基本均衡认定年份' },
  { key: 'demo', label: '示例' },
] as const;

export type ReportTextSectionKey = 'profile' | 'work' | 'rectification' | 'conclusion';

export const REPORT_TEXT_SECTIONS: readonly {
  key: ReportTextSectionKey;
  title: string;
  aliases: readonly string[];
  required: boolean;
  /** Where in the template the section is explained. */
  hint: string;
}[] = [
  { key: 'profile', title: '县情', aliases: ['基本县情', '县情概况'], required: true, hint: '中“## 县情”一节' },
  { key: 'work', title: '主要做法与成效', aliases: ['主要做法和成效', '主要工作与成效'], required: true, hint: '中“## 主要做法与成效”一节' },
  { key: 'rectification', title: '存在问题与整改措施', aliases: ['整改措施', '存在问题及整改措施'], required: false, hint: '中“## 存在问题与整改措施”一节' },
  { key: 'conclusion', title: '自评结论', aliases: [], required: false, hint: '中“## 自评结论”一节' },
];

/** Where the county writes the text of `year` (for the report's own hint when it is missing). */
export function reportTextPath(dir: string, year: number): string {
  return `${dir.replace(/\/+$/, '')}/${year}.md`;
}
