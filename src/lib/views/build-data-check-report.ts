/**
 * The 数据自查 page's problem report: exactly the lines `npm run check:data` prints
 * (`formatIssueReport`), grouped by file as it groups them, plus its closing line.
 */
import { formatIssueReport } from '../dataset/format-report';
import type { DataIssue, ReadResult } from '../dataset/types';
import { resolveRegionReportYears } from '../region/resolve-region-report-years';
import type { RegionReadResult } from '../region/types';

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

/** The check:data report of `issues` split into its heading, groups and closing line. */
function splitReport(issues: readonly DataIssue<string>[], folder: string): Pick<DataCheckReport, 'errors' | 'warnings' | 'heading' | 'groups' | 'summary'> {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const blocks = formatIssueReport(issues, folder).split('\n\n');
  const heading = blocks[0] ?? '';
  const groups = blocks.slice(1, -1).map((block) => {
    const [title = '', ...lines] = block.split('\n');
    return { title: title.replace(/^■ /, ''), lines: lines.map((l) => l.trim()) };
  });
  const summary = [blocks.length > 1 ? (blocks.at(-1) ?? '') : ''].filter((l) => l !== '');
  return { errors, warnings: issues.length - errors, heading, groups, summary };
}

/**
 * Splits the check:data report into its groups; `folder` names what was checked.
 * @example buildDataCheckReport({ dataset: null, issues }, '所选文件').groups[0].title // 'schools.csv'
 */
export function buildDataCheckReport(result: ReadResult, folder: string): DataCheckReport {
  const { dataset, issues } = result;
  const report = splitReport(issues, folder);
  if (dataset) {
    report.summary.push(
      `数据检查通过：${dataset.schools.length} 所学校，${dataset.sections.length} 行学段数据，${issues.length} 个警告。${dataset.demo ? '（文件夹里有 DEMO.txt，网站每页会标注为演示数据）' : ''}`,
    );
  }
  return { ...report, ok: report.errors === 0 && dataset !== null };
}

/**
 * The same report for a whole region folder (region.csv and a subfolder per county): the
 * region's problems and every county's, each named by its folder, and when all is valid the
 * closing line of `npm run check:data` for a region, without the notices (not checked here).
 * Each county's report year is resolved as the build resolves it (its latest year).
 * @example buildRegionCheckReport(checkRegionFiles(files), '文件夹 临汾市').summary.at(-1) // '数据检查通过：临汾市，3 个县，…'
 */
export function buildRegionCheckReport(result: RegionReadResult, folder: string): DataCheckReport {
  const { region, issues } = result;
  const report = splitReport(issues, folder);
  const years = region ? resolveRegionReportYears(region.counties) : null;
  if (years && !years.ok) report.summary.push(`数据检查未通过：${years.message}`);
  else if (region) {
    const schools = region.counties.reduce((s, c) => s + c.dataset.schools.length, 0);
    const sections = region.counties.reduce((s, c) => s + c.dataset.sections.length, 0);
    report.summary.push(`数据检查通过：${region.info.region_name}，${region.counties.length} 个县，${schools} 所学校，${sections} 行学段数据，${issues.length} 个警告。`);
  }
  return { ...report, ok: report.errors === 0 && region !== null && years?.ok === true };
}
