/**
 * The Astro boundary for engine results: computes every year once per build (memoised) from
 * the validated dataset. Pages import `getResults()`; REPORT_YEAR comes from the environment.
 */
import { getDataset } from './site-data';
import { computeAllYears } from './lib/engine/compute-all-years';
import type { AllYearsResult, YearResult } from './lib/engine/types';

let cached: Promise<AllYearsResult> | null = null;

/** Every year's results and the report year (computed once per build). */
export function getResults(): Promise<AllYearsResult> {
  cached ??= getDataset().then((dataset) => computeAllYears(dataset, { reportYear: process.env.REPORT_YEAR }));
  return cached;
}

/** The results of the report year. */
export async function getReportYearResult(): Promise<YearResult> {
  const all = await getResults();
  const r = all.years.find((y) => y.year === all.reportYear);
  if (!r) throw new Error(`报告年份 ${all.reportYear} 没有计算结果。`);
  return r;
}
