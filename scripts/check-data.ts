/**
 * `npm run check:data [-- 数据文件夹] [--json]`: validates the data folder and the notices of
 * this build (the folder comes from the argument, DATA_DIR, data/ when it holds data, or the
 * demo — see src/boundary/site-folders.ts) and prints every problem in Chinese. Exit code 1 when any
 * error exists, 0 otherwise. `--json` prints the issues as JSON.
 *
 * The build runs this first; CI runs it as its own step and puts the report in the job summary.
 * A region folder (region.csv and one subfolder per county) is checked by
 * scripts/check-region-data.ts: every county, its notices and plan, all reported together.
 */
import { formatIssueReport } from '../src/lib/dataset/format-report';
import { formatNoticeReport } from '../src/lib/notices/format-notice-report';
import { resolveReportYear } from '../src/lib/engine/compute-all-years';
import { resolveSiteFolders, takeDataDirArgument } from '../src/boundary/site-folders';
import { readSiteDataset } from '../src/boundary/site-data';
import { validateSiteNotices } from '../src/boundary/site-notices';
import { checkRegionData } from './check-region-data';
import { parseNoticeFrontmatter } from './parse-notice-frontmatter';

const root = process.cwd();
const args = takeDataDirArgument(process.argv.slice(2));
const json = args.includes('--json');
const folders = resolveSiteFolders(root, process.env);

/** Checks one county's folder; sets the exit code. */
async function checkCounty(): Promise<void> {
  const { dataset, issues } = await readSiteDataset(folders.dataDir);
  const errors = issues.filter((i) => i.severity === 'error').length;

  const notices = dataset
    ? (() => {
        const { parsed, unreadable } = parseNoticeFrontmatter(root, folders.noticesDir);
        return validateSiteNotices(root, folders, dataset, parsed, unreadable);
      })()
    : null;
  const noticeErrors = notices?.issues.filter((i) => i.severity === 'error').length ?? 0;
  // REPORT_YEAR must name a year with sections.csv rows: say so here, before any page is built.
  const report = dataset ? resolveReportYear(dataset, process.env.REPORT_YEAR) : null;

  if (json) {
    console.log(JSON.stringify({ dir: folders.dataDir, ok: errors + noticeErrors === 0 && report?.ok !== false, issues, notices: notices?.issues ?? [] }, null, 2));
  } else {
    if (folders.builtInDemo) console.log(`当前使用仓库自带的示例数据（${folders.dataLabel}）。换成本县数据：npm run init:county -- --name 县名 --code 行政区划代码\n`);
    if (issues.length > 0) console.log(formatIssueReport(issues, folders.dataLabel));
    if (notices && notices.issues.length > 0) console.log(`${issues.length > 0 ? '\n' : ''}${formatNoticeReport(notices.issues, folders.noticesDir)}`);
    if (report && !report.ok) console.log(`数据检查未通过：${report.message}`);
    if (!dataset) console.log('\n数据检查未通过：请按上面每一条“→”后面的改法修改数据文件后重新检查（公告要在数据没有错误后才能检查）。');
    else if (noticeErrors > 0) console.log('\n公告检查未通过：请按上面每一条“→”后面的改法修改公告文件后重新检查。');
    else if (report?.ok !== false) {
      const counts = `${dataset.schools.length} 所学校，${dataset.sections.length} 行学段数据，${notices?.notices.length ?? 0} 篇公告，${issues.length + (notices?.issues.length ?? 0)} 个警告`;
      console.log(`数据和公告检查通过：${counts}。${dataset.demo ? '（示例数据）' : ''}`);
    }
  }
  if (errors + noticeErrors > 0 || report?.ok === false) process.exitCode = 1;
}

if (folders.region) process.exitCode = await checkRegionData(root, folders, json);
else await checkCounty();
