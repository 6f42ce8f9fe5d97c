/**
 * `npm run check:data`: validates the data folder (DATA_DIR, absolute or relative to the
 * working directory; default `data`) and prints every problem in Chinese.
 * Exit code 1 when any error exists, 0 otherwise. `--json` prints the issues as JSON.
 */
import { resolve } from 'node:path';
import { formatIssueReport } from '../src/lib/dataset/format-report';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { resolveReportYear } from '../src/lib/engine/compute-all-years';

const dir = resolve(process.cwd(), process.env.DATA_DIR || 'data');
const { dataset, issues } = await readDataset(dir);
const errors = issues.filter((i) => i.severity === 'error').length;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ dir, ok: errors === 0, issues }, null, 2));
} else if (issues.length > 0) {
  console.log(formatIssueReport(issues, dir));
}
// REPORT_YEAR must name a year with sections.csv rows: say so here, before any page is built.
const report = dataset ? resolveReportYear(dataset, process.env.REPORT_YEAR) : null;
if (report && !report.ok) {
  console.log(`数据检查未通过：${report.message}`);
  process.exitCode = 1;
} else if (!process.argv.includes('--json') && dataset) {
  const counts = `${dataset.schools.length} 所学校，${dataset.sections.length} 行学段数据，${issues.length} 个警告`;
  console.log(`数据检查通过：${counts}。${dataset.demo ? '（示例数据）' : ''}`);
}
if (errors > 0) process.exitCode = 1;
