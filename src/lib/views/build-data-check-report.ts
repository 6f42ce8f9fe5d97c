/**
 * The 数据自查 page's problem report: exactly the lines `npm run check:data` prints
 * (`formatIssueReport`), grouped by file as it groups them, plus its closing line.
 */
import { formatIssueReport } from '../dataset/format-report';
import type { ReadResult } from '../dataset/types';

export interface DataCheckReport {
  ok: boolean;
  errors: number;
  warnings: number;
  /** `数据文件夹：…`. */
  heading: string;
  /** One group per file (or workbook sheet): `■ schools.csv` and its lines. */
  groups: { title: string; lines: string[] }[];
  /** The closing lines: `共 N 个错误，M 个警告。…` and, when valid, `数据检查通过：…`. */
  summary: string[];
}

/**
 * Splits the check:data report into its groups; `folder` names what was checked.
 * @example buildDataCheckReport({ dataset: null, issues }, '所选文件').groups[0].title // 'schools.csv'
 */
export function buildDataCheckReport(result: ReadResult, folder: string): DataCheckReport {
  const { dataset, issues } = result;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const blocks = formatIssueReport(issues, folder).split('\n\n');
  const heading = blocks[0] ?? '';
  const groups = blocks.slice(1, -1).map((block) => {
    const [title = '', ...lines] = block.split('\n');
    return { title: title.replace(/^■ /, ''), lines: lines.map((l) => l.trim()) };
  });
  const summary = [blocks.length > 1 ? (blocks.at(-1) ?? '') : ''].filter((l) => l !== '');
  if (dataset) {
    summary.push(
      `数据检查通过：${dataset.schools.length} 所学校，${dataset.sections.length} 行学段数据，${issues.length} 个警告。${dataset.demo ? '（文件夹里有 DEMO.txt，网站每页会标注为演示数据）' : ''}`,
    );
  }
  return { ok: errors === 0 && dataset !== null, errors, warnings: issues.length - errors, heading, groups, summary };
}
