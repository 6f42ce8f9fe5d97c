/**
 * The region half of `npm run check:data`: a folder with region.csv and one subfolder per
 * county (data format v1.1). Every county's data (issues name its folder), then each valid
 * county's notices and plan (its own `notices/`, `plan.md`, `attachments/`), then the report
 * years — all problems of all counties printed together, in Chinese.
 */
import { formatIssueReport } from '../src/lib/dataset/format-report';
import { formatNoticeReport } from '../src/lib/notices/format-notice-report';
import { resolveRegionReportYears } from '../src/lib/region/resolve-region-report-years';
import type { NoticeIssue } from '../src/lib/notices/types';
import { countySiteFolders, type SiteFolders } from '../src/boundary/site-folders';
import { validateSiteNotices } from '../src/boundary/site-notices';
import { readRegion } from '../src/boundary/site-region';
import { parseNoticeFrontmatter } from './parse-notice-frontmatter';

/** Checks the region folder of `folders`; prints the report and returns the exit code (0 or 1). */
export async function checkRegionData(root: string, folders: SiteFolders, json: boolean): Promise<number> {
  const { region, issues } = await readRegion(folders.dataDir);
  const errors = issues.filter((i) => i.severity === 'error').length;

  // Notices are checked against their county's dataset, so only once the data has no error.
  const notices: { folder: string; noticesDir: string; issues: NoticeIssue[]; count: number }[] = [];
  for (const county of region?.counties ?? []) {
    const cf = countySiteFolders(root, county.dir);
    const { parsed, unreadable } = parseNoticeFrontmatter(root, cf.noticesDir);
    const checked = validateSiteNotices(root, cf, county.dataset, parsed, unreadable);
    notices.push({ folder: county.folder, noticesDir: cf.noticesDir, issues: checked.issues, count: checked.notices.length });
  }
  const noticeIssues = notices.flatMap((n) => n.issues);
  const noticeErrors = noticeIssues.filter((i) => i.severity === 'error').length;
  const report = region ? resolveRegionReportYears(region.counties, process.env.REPORT_YEAR) : null;
  const ok = errors + noticeErrors === 0 && report?.ok !== false;

  if (json) {
    console.log(JSON.stringify({ dir: folders.dataDir, region: true, ok, issues, notices: noticeIssues }, null, 2));
    return ok ? 0 : 1;
  }
  if (issues.length > 0) console.log(formatIssueReport(issues, folders.dataLabel));
  for (const n of notices.filter((x) => x.issues.length > 0)) console.log(`\n${formatNoticeReport(n.issues, n.noticesDir)}`);
  if (report && !report.ok) console.log(`数据检查未通过：${report.message}`);
  if (!region) console.log('\n数据检查未通过：请按上面每一条“→”后面的改法修改数据文件后重新检查（公告要在数据没有错误后才能检查）。');
  else if (noticeErrors > 0) console.log('\n公告检查未通过：请按上面每一条“→”后面的改法修改公告文件后重新检查。');
  else if (report?.ok !== false) {
    const schools = region.counties.reduce((s, c) => s + c.dataset.schools.length, 0);
    const sections = region.counties.reduce((s, c) => s + c.dataset.sections.length, 0);
    const count = notices.reduce((s, n) => s + n.count, 0);
    console.log(
      `数据和公告检查通过：${region.info.region_name}，${region.counties.length} 个县，${schools} 所学校，${sections} 行学段数据，${count} 篇公告，${issues.length + noticeIssues.length} 个警告。`,
    );
  }
  return ok ? 0 : 1;
}
