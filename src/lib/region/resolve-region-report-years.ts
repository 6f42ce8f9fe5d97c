/**
 * The report year of each county of a region (method.md "Several counties in one build"):
 * the latest year of its own sections.csv, or REPORT_YEAR when that county has rows for it.
 */
import { listYears, resolveReportYear } from '../engine/compute-all-years';
import type { Dataset } from '../dataset/types';

export type RegionReportYears = { ok: true; years: Map<string, number> } | { ok: false; message: string };

/**
 * Report year per county_code. A REPORT_YEAR that is not a year, or that no county has
 * sections.csv rows for, is an error (a typo would otherwise silently give every county its
 * latest year); a county without any sections.csv row is an error naming its folder.
 * @example resolveRegionReportYears([{ folder: 'a', dataset }], '2023') // { ok: true, years: Map { '141001' => 2023 } } when a has 2023
 */
export function resolveRegionReportYears(counties: readonly { folder: string; dataset: Dataset }[], raw?: string | null): RegionReportYears {
  const years = new Map<string, number>();
  const given = raw !== undefined && raw !== null && String(raw).trim() !== '';
  const problems: string[] = [];
  let anyHasGiven = false;
  for (const c of counties) {
    const own = listYears(c.dataset);
    if (own.length === 0) {
      problems.push(`${c.folder}：学段数据（sections.csv）中没有任何年份的数据，无法计算指标。`);
      continue;
    }
    const asked = given ? resolveReportYear(c.dataset, raw) : null;
    if (asked?.ok) anyHasGiven = true;
    years.set(c.dataset.county.county_code, asked?.ok ? asked.year : own[own.length - 1]!);
  }
  if (given) {
    const text = String(raw).normalize('NFKC').trim();
    const all = [...new Set(counties.flatMap((c) => listYears(c.dataset)))].sort((a, b) => a - b);
    if (!/^\d{4}年?$/.test(text)) problems.push(`报告年份 REPORT_YEAR=${text} 不是年份。请写四位数字的年份；各县已有数据的年份：${all.join('、')}。`);
    else if (!anyHasGiven && counties.length > 0) {
      problems.push(`报告年份 REPORT_YEAR=${text} 在所有县的学段数据（sections.csv）中都没有数据。各县已有数据的年份：${all.join('、')}。请修改 REPORT_YEAR 或补充该年份的数据。`);
    }
  }
  return problems.length > 0 ? { ok: false, message: problems.join('\n') } : { ok: true, years };
}
