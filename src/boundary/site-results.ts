/**
 * The Astro boundary for engine results: computes every year once per build (memoised) from
 * the validated dataset. Pages import `getResults()`; REPORT_YEAR comes from the environment.
 */
import { getDataset } from './site-data';
import { currentCounty } from './county-context';
import { getCountyResults } from './region-counties';
import { computeAllYears } from '../lib/engine/compute-all-years';
import type { AllYearsResult, YearResult } from '../lib/engine/types';
import { computeCountyPlan, type CountyPlan } from '../lib/gap/compute-county-plan';

const cached = new Map<string, Promise<AllYearsResult>>();

/**
 * Every year's results and the report year (computed once per build). In region mode, the
 * current county's: the region computed it as alone, with its own report year.
 */
export function getResults(): Promise<AllYearsResult> {
  const county = currentCounty();
  const key = county?.code ?? '';
  let p = cached.get(key);
  if (!p) {
    p = county ? getCountyResults(county.code) : getDataset().then((dataset) => computeAllYears(dataset, { reportYear: process.env.REPORT_YEAR }));
    cached.set(key, p);
  }
  return p;
}

/** The results of the report year. */
export async function getReportYearResult(): Promise<YearResult> {
  const all = await getResults();
  const r = all.years.find((y) => y.year === all.reportYear);
  if (!r) throw new Error(`报告年份 ${all.reportYear} 没有计算结果。`);
  return r;
}

/** One static path per computed year, for the pages and files named by year. */
export async function getYearPaths(): Promise<{ params: { year: string } }[]> {
  const all = await getResults();
  return all.years.map((y) => ({ params: { year: String(y.year) } }));
}

/** The results of the year in a route's `year` param (from getYearPaths). */
export async function getYearResult(year: string | undefined): Promise<YearResult> {
  const all = await getResults();
  const r = all.years.find((y) => String(y.year) === year);
  if (!r) throw new Error(`没有 ${year} 年的计算结果。`);
  return r;
}

const plans = new WeakMap<YearResult, Promise<CountyPlan>>();

/**
 * The county plan (一校一策 what-if) of one year's results, computed once per build: the
 * 一校一策 page and the report of the same year share it (each run recomputes the engine
 * twice on a copy of the dataset).
 */
export function getCountyPlan(result: YearResult): Promise<CountyPlan> {
  let p = plans.get(result);
  if (!p) {
    p = getDataset().then((dataset) => computeCountyPlan(dataset, result));
    plans.set(result, p);
  }
  return p;
}
