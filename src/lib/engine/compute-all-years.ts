/**
 * Results for every year that has sections.csv rows, and the report year.
 */
import type { Dataset } from '../dataset/types';
import { computeYear } from './compute-year';
import type { AllYearsResult } from './types';

/** Years with sections.csv rows, ascending. @example listYears(dataset) // [2023, 2024] */
export function listYears(dataset: Dataset): number[] {
  return [...new Set(dataset.sections.map((r) => r.year))].sort((a, b) => a - b);
}

/**
 * The report year: the latest year with sections.csv rows, unless `raw` (REPORT_YEAR) names
 * another year that has rows. A Chinese message explains why it cannot be used otherwise.
 * @example resolveReportYear(dataset, "2023") // { ok: true, year: 2023 } when 2023 has sections rows
 */
export function resolveReportYear(dataset: Dataset, raw?: number | string | null): { ok: true; year: number } | { ok: false; message: string } {
  const years = listYears(dataset);
  if (years.length === 0) return { ok: false, message: '学段数据（sections.csv）中没有任何年份的数据，无法计算指标。' };
  if (raw === undefined || raw === null || String(raw).trim() === '') return { ok: true, year: years[years.length - 1]! };
  // "2024", "２０２４" or "2024年" all name the year 2024.
  const text = String(raw).normalize('NFKC').trim();
  const y = Number(text.replace(/年$/, ''));
  if (!/^\d{4}年?$/.test(text) || !Number.isInteger(y)) {
    return { ok: false, message: `报告年份 REPORT_YEAR=${text} 不是年份。请写四位数字的年份，如 ${years[years.length - 1]}；已有数据的年份：${years.join('、')}。` };
  }
  if (!years.includes(y)) {
    return {
      ok: false,
      message: `报告年份 REPORT_YEAR=${text} 在学段数据（sections.csv）中没有数据。已有数据的年份：${years.join('、')}。请修改 REPORT_YEAR 或补充该年份的数据。`,
    };
  }
  return { ok: true, year: y };
}

/**
 * Computes every year; the report year is the latest unless `reportYear` is given, which
 * must have sections.csv rows (else a Chinese error is thrown).
 * @example computeAllYears(dataset, { reportYear: 2023 }).reportYear // 2023
 */
export function computeAllYears(dataset: Dataset, options: { reportYear?: number | string | null } = {}): AllYearsResult {
  const report = resolveReportYear(dataset, options.reportYear);
  if (!report.ok) throw new Error(report.message);
  return { reportYear: report.year, years: listYears(dataset).map((y) => computeYear(dataset, y)) };
}
